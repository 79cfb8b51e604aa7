# os.path, shutil and tempfile: the everyday operations on a scratch directory
import os
import os.path
import shutil
import tempfile

print(os.path.join("a", "b", "c.txt"), os.path.join("/usr", "/etc", "x"), os.path.join("a/", "b"), os.path.join("a", ""))
print(os.path.split("/usr/lib/python3.11/os.py"), os.path.split("file"), os.path.split("/"), os.path.split("a/b/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"), os.path.splitext("x."))
print(os.path.basename("/a/b/c.py"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c.py"), os.path.dirname("c.py"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../x/../../y"), os.path.normpath("//a"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d"]), os.path.commonprefix(["interval", "internet"]))
print(os.path.normcase("AbC"), os.path.splitdrive("/x/y"), os.path.expanduser("~") == os.environ.get("HOME"),
      os.path.abspath("x").endswith("/x"), os.path.sep, os.path.extsep, os.path.curdir, os.path.pardir)
try:
    os.path.commonpath([])
except ValueError as e:
    print("ValueError:", e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)

tmp = tempfile.gettempdir()
print(os.path.isdir(tmp), os.path.isabs(tmp), tempfile.gettempprefix())
with tempfile.TemporaryDirectory(prefix="gilpy_", suffix="_test") as work:
    base = os.path.basename(work)
    print(os.path.isdir(work), base.startswith("gilpy_"), base.endswith("_test"), len(base))
    src = os.path.join(work, "src")
    os.makedirs(os.path.join(src, "sub", "deeper"))
    for rel, text in [("a.txt", "alpha\n"), ("b.log", "beta\r\nline2"), ("sub/c.txt", "gamma ÿ"),
                      ("sub/deeper/d.py", "print('d')\n")]:
        with open(os.path.join(src, rel), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    print(os.path.exists(os.path.join(src, "a.txt")), os.path.isfile(os.path.join(src, "sub")),
          os.path.isdir(os.path.join(src, "sub")), os.path.getsize(os.path.join(src, "b.log")),
          os.path.getsize(os.path.join(src, "sub", "c.txt")), os.path.exists(os.path.join(src, "nope")))
    print(shutil.copy(os.path.join(src, "a.txt"), work) == os.path.join(work, "a.txt"))
    shutil.copyfile(os.path.join(src, "b.log"), os.path.join(work, "copy.log"))
    with open(os.path.join(work, "copy.log"), encoding="utf-8", newline="") as f:
        print(repr(f.read()))
    try:
        shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(src, "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError:", str(e).replace(work, "WORK"))
    try:
        shutil.copyfile(os.path.join(src, "missing.txt"), os.path.join(work, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, e.filename.replace(work, "WORK"))
    dst = shutil.copytree(src, os.path.join(work, "dst"), ignore=shutil.ignore_patterns("*.log", "deeper"))
    listing = []
    for dirpath, dirnames, filenames in os.walk(dst):
        dirnames.sort()
        listing.append((os.path.relpath(dirpath, work), sorted(dirnames), sorted(filenames)))
    print(sorted(listing))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror)
    shutil.copytree(src, dst, dirs_exist_ok=True)
    print(sorted(os.listdir(dst)))
    moved = shutil.move(os.path.join(work, "a.txt"), os.path.join(work, "renamed.txt"))
    print(os.path.basename(moved), os.path.exists(os.path.join(work, "a.txt")))
    into = shutil.move(os.path.join(work, "renamed.txt"), dst)
    print(os.path.relpath(into, work))
    shutil.rmtree(dst)
    print(os.path.exists(dst), sorted(os.listdir(work)))
    try:
        shutil.rmtree(os.path.join(work, "gone"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    shutil.rmtree(os.path.join(work, "gone"), ignore_errors=True)
    errors = []
    shutil.rmtree(os.path.join(work, "gone"), onerror=lambda fn, p, exc: errors.append(exc[0].__name__))
    print(errors)
    named = tempfile.NamedTemporaryFile("w", suffix=".txt", dir=work, delete=False)
    named.write("temporary text")
    named.close()
    with open(named.name) as f:
        print(f.read(), named.name.endswith(".txt"), os.path.dirname(named.name) == work)
    with tempfile.NamedTemporaryFile(mode="w", dir=work) as auto:
        auto.write("gone soon")
        auto_name = auto.name
        print(os.path.exists(auto_name))
    print(os.path.exists(auto_name))
    d2 = tempfile.mkdtemp(dir=work)
    print(os.path.isdir(d2), os.path.basename(d2).startswith("tmp"))
    saved = work
print(os.path.exists(saved))
td = tempfile.TemporaryDirectory()
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
print(shutil.which("sh") in ("/bin/sh", "/usr/bin/sh"), shutil.which("no-such-program-xyz"),
      shutil.get_terminal_size((100, 40)) is not None)

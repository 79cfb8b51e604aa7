# shlex, uuid, stat, errno, secrets: CPython-recorded behaviour.
import shlex
for s in ['a "b c" d\\ e \'f g\' # x', 'echo "a\\"b" \'c\\d\' e\\\\f', '  lead  trail  ', 'x="1 2" y', 'a"b"c', '', 'cmd --opt="va lue" -x']:
    print(shlex.split(s), shlex.split(s, comments=True))
print(shlex.split('a "b c"', posix=False))
print(shlex.quote("it's"), shlex.quote(""), shlex.quote("abc"), shlex.quote("a b"), shlex.quote("$HOME"), shlex.join(["a b", "c", "d'e"]))
for bad in ['a "b', "a 'b", "a \\"]:
    try: shlex.split(bad)
    except ValueError as e: print("ValueError", e)
lx = shlex.shlex("a = b + 'c d'; e")
print(list(lx))
lx = shlex.shlex("a = b + 'c d'; e", posix=True)
print(list(lx))
lx = shlex.shlex("ls -l /tmp # list", posix=True); lx.whitespace_split = True
print(list(lx), shlex.__all__)
import uuid
u=uuid.uuid4(); print(u.version, u.variant, u.is_safe, repr(u.is_safe), len(str(u)), uuid.uuid4() != u)
for f in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"a"), lambda: uuid.UUID("{12345678-1234-5678-1234-567812345678}").hex, lambda: uuid.UUID("urn:uuid:12345678123456781234567812345678"), lambda: uuid.UUID(fields=(1,2,3,4,5,6)), lambda: uuid.UUID(int=5) < uuid.UUID(int=6), lambda: uuid.UUID(int=5).time_low, lambda: uuid.UUID(bytes_le=bytes(range(16))), lambda: uuid.UUID(int=1).bytes_le, lambda: str(uuid.UUID(int=1,version=4)), lambda: setattr(uuid.UUID(int=1),"x",1), lambda: uuid.UUID("a"*32) == "a", lambda: hash(uuid.UUID(int=3)), lambda: sorted([uuid.UUID(int=9), uuid.UUID(int=2)])]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_X500, repr(uuid.NAMESPACE_OID), uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
u=uuid.uuid1(); print(u.version, u.variant, u.node == uuid.getnode())
u=uuid.UUID("6fa459ea-ee8a-3ca4-894e-db77e160355e"); print(u.time_low,u.time_mid,u.time_hi_version,u.clock_seq_hi_variant,u.clock_seq_low,u.node,u.time,u.clock_seq, int(u), u.urn, u.fields, u.bytes)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"x")
except TypeError as e:
    print("TypeError", e)
print({uuid.UUID(int=7): 1}[uuid.UUID(int=7)], uuid.UUID(int=7) == uuid.UUID(bytes=bytes(15) + b"\x07"))
import stat, errno, secrets, os
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777), stat.filemode(0o104755), stat.filemode(0o1777 | 0o40000), stat.filemode(0o102644), stat.filemode(0o10600))
print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.S_ISLNK(0o120777), stat.S_IMODE(0o104755), stat.S_IFMT(0o100644) == stat.S_IFREG, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRUSR | stat.S_IWUSR)
st = os.stat(os.getcwd())
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.filemode(st.st_mode)[0])
print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], errno.EPIPE, len(errno.errorcode), sorted(errno.errorcode)[:5])
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), len(secrets.token_hex(8)), all(c in "0123456789abcdef" for c in secrets.token_hex()))
t = secrets.token_urlsafe(16)
print(len(t), "=" not in t, 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", 0 <= secrets.randbits(5) < 32)
print(secrets.compare_digest("a", "a"), secrets.compare_digest(b"a", b"b"), 1 <= secrets.SystemRandom().randint(1, 6) <= 6, secrets.__all__)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError", e)
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError", e)

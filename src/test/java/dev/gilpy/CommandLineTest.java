package dev.gilpy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as CPython's getopt reads it, and what the options change (in-process runs). */
class CommandLineTest {
    private static Options parse(String... args) throws Options.UsageError {
        return Options.parse(args);
    }

    @Test
    void shortOptionsCombineAndTakeGluedValues() throws Exception {
        Options o = parse("-uc", "print(1)", "a", "-b");
        assertTrue(o.unbuffered);
        assertEquals("print(1)", o.command);
        assertEquals(List.of("a", "-b"), o.scriptArgs);   // -c ends the option list
        o = parse("-iq");
        assertTrue(o.inspect && o.interactive && o.quiet);
        assertEquals("=print(3)", parse("-c=print(3)").command);
        assertEquals("x", parse("-cx").command);
        o = parse("-OOBEsSqbdvv", "-Werror", "-W", "ignore", "-Xfoo", "-X", "a=b", "-m", "dis", "f.py");
        assertEquals(2, o.optimize);
        assertEquals(2, o.verbose);
        assertTrue(o.dontWriteBytecode && o.ignoreEnvironment && o.noUserSite && o.noSite && o.quiet);
        assertEquals(List.of("error", "ignore"), o.warnOptions);
        assertEquals(java.util.Map.of("foo", true, "a", "b"), o.xOptionMap());
        assertEquals("dis", o.module);
        assertEquals(List.of("f.py"), o.scriptArgs);
        o = parse("-I");
        assertTrue(o.isolated && o.ignoreEnvironment && o.safePath && o.noUserSite);
    }

    @Test
    void scriptEndsTheOptionsAndLongOptionsTakeValuesBothWays() throws Exception {
        Options o = parse("--gil", "off", "--sched=42", "--switch-points", "any", "s.py", "--gil", "on");
        assertEquals("off", o.gil);
        assertEquals(42L, o.sched);
        assertEquals("any", o.switchPoints);
        assertEquals("s.py", o.script);
        assertEquals(List.of("--gil", "on"), o.scriptArgs);
        o = parse("-", "x");
        assertEquals("-", o.script);
        o = parse("--", "-c");
        assertEquals("-c", o.script);
        assertNull(parse().script);
    }

    @Test
    void badOptionsSayWhatCPythonSays() {
        assertEquals("Unknown option: -Z", assertThrows(Options.UsageError.class, () -> parse("-uZ")).getMessage());
        assertEquals("Argument expected for the -c option", assertThrows(Options.UsageError.class, () -> parse("-c")).getMessage());
        assertEquals("Argument expected for the -W option", assertThrows(Options.UsageError.class, () -> parse("-qW")).getMessage());
        assertEquals("unknown option --foo", assertThrows(Options.UsageError.class, () -> parse("--foo")).getMessage());
        assertEquals("--sched expects an integer, not 'x'",
                assertThrows(Options.UsageError.class, () -> parse("--sched", "x")).getMessage());
        Main.Captured r = Main.runCaptured("-Q");
        assertEquals(2, r.code());
        assertEquals("Unknown option: -Q\n" + Options.USAGE + "\nTry `gilpy -h' for more information.\n", r.err());
    }

    @Test
    void helpListsEveryOptionSubcommandAndVariable() {
        String help = Options.help("all");
        assertTrue(help.startsWith(Options.USAGE + "\n"), help);
        for (Options.Opt o : Options.OPTIONS) {
            if (o.help() != null) assertTrue(help.contains("\n" + o.label()), o.label());
        }
        for (String s : new String[]{"-OO", "--gil on|off", "--sched SEED", "--switch-points breaker|any|user|user-any", "gilpy explore", "--gil-stats",
                "--gil-trace FILE.json", "--gil-timeline FILE.svg", "gilpy timeline", "PYTHON_GIL", "PYTHONUNBUFFERED",
                "GILPY_JAVA_OPTS", "GILPY_CODE_CACHE", "Arguments:", "arg ...: arguments passed to program in sys.argv[1:]"}) {
            assertTrue(help.contains(s), s);
        }
        for (String line : help.split("\n")) assertTrue(line.length() <= 120, line);
    }

    @Test
    void sysFlagsAndXoptionsAreWhatTheCommandLineSaid() {
        Main.Captured r = Main.runCaptured("-OqvE", "-X", "dev", "-X", "k=v", "-W", "ignore", "-c",
                "import sys; f = sys.flags; print(f.optimize, f.quiet, f.verbose, f.ignore_environment, f.dev_mode, "
                        + "f.inspect, f.safe_path, f.int_max_str_digits, len(f), type(f).__name__); "
                        + "print(sys._xoptions, sys.warnoptions, sys.dont_write_bytecode)");
        assertEquals("1 1 1 1 True 0 False -1 18 flags\n{'dev': True, 'k': 'v'} ['ignore'] True\n", r.out(), r.err());
        r = Main.runCaptured("-X", "int_max_str_digits=5000", "-c", "import sys; print(sys.flags.int_max_str_digits)");
        assertEquals("5000\n", r.out(), r.err());
        dev.gilpy.runtime.PyInt.processMaxStrDigits = dev.gilpy.runtime.PyInt.DEFAULT_MAX_STR_DIGITS;
        r = Main.runCaptured("-E", "-c", "import sys; print(sys.flags)");
        assertTrue(r.out().startsWith("sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=0, ignore_environment=1,"), r.out());
    }

    @Test
    void optimizeDropsAssertsAndDocstrings() {
        String prog = "def f():\n    'doc'\nassert False, 'kept'\nprint(__debug__, f.__doc__)\n";
        Main.Captured r = Main.runCaptured("-c", prog);
        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("AssertionError: kept\n"), r.err());
        assertEquals("False doc\n", Main.runCaptured("-O", "-c", prog).out());
        assertEquals("False None\n", Main.runCaptured("-OO", "-c", prog).out());
        assertEquals("True\n", Main.runCaptured("-c", "print(__debug__)").out());   // the level is per run
    }

    @Test
    void warnOptionsSetTheAction() {
        String prog = "import warnings; warnings.warn('w'); print('after')";
        assertEquals("", Main.runCaptured("-W", "ignore", "-c", prog).err());
        Main.Captured r = Main.runCaptured("-We", "-c", prog);
        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("UserWarning: w\n"), r.err());
        r = Main.runCaptured("-W", "bogus", "-c", "print(1)");
        assertEquals("Invalid -W option ignored: invalid action: 'bogus'\n", r.err());
    }

    @Test
    void pythonPathDirectoriesComeAfterTheScriptsAndBeforeTheLibrary(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(lib.resolve("extra_mod.py"), "WHERE = 'extra'\n");
        Path script = dir.resolve("main.py");
        Files.writeString(script, "import sys, extra_mod\nprint(extra_mod.WHERE, sys.path[1:3])\n");
        var r = dev.gilpy.reliability.Launch.gilpy(script.toString())
                .env("PYTHONPATH", "extra" + java.io.File.pathSeparator).in(dir).run();
        assertEquals("extra ['" + lib.toRealPath() + "', '" + dir.toRealPath() + "']\n", r.out(), r.err());
    }

    @Test
    void moduleRunsLibraryAndBuiltinMains(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.py");
        Files.writeString(f, "x = 1\n");
        Main.Captured r = Main.runCaptured("-m", "dis", f.toString());
        assertTrue(r.out().contains("STORE_NAME               0 (x)"), r.out() + r.err());
        r = Main.runCaptured("-m", "timeit", "-n", "20", "-r", "2", "-s", "a = [1, 2]", "len(a)");
        assertTrue(r.out().matches("20 loops, best of 2: \\d[\\d.]* (nsec|usec|msec|sec) per loop\n"), r.out() + r.err());
        r = Main.runCaptured("-m", "threading");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out() + r.err());
        r = Main.runCaptured("-m", "sys");
        assertEquals(1, r.code());
        assertEquals("gilpy: No code object available for sys\n", r.err());
        r = Main.runCaptured("-m", "concurrent");
        assertEquals("gilpy: No module named concurrent.__main__; 'concurrent' is a package and cannot be directly executed\n", r.err());
        r = Main.runCaptured("-m", "no_such.sub");
        assertEquals("gilpy: Error while finding module specification for 'no_such.sub' "
                + "(ModuleNotFoundError: No module named 'no_such')\n", r.err());
    }

    @Test
    void oneVersionEverywhere() {
        String line = dev.gilpy.modules.SysModule.versionLine();
        assertEquals(line + "\n", Main.runCaptured("-c", "import sys; print('gilpy ' + sys.version.split()[2].rstrip(',') "
                + "+ ' (Python ' + sys.version.split()[0] + ' subset, Java ' + sys.version.split()[4].rstrip(')') + ')')").out());
        assertEquals(line, Options.versionText(1));
    }

    @Test
    void childrenGetTheFlagsCPythonPassesOn() {
        // Expected lists: CPython 3.11's subprocess._args_from_interpreter_flags() under the same options.
        var f = new dev.gilpy.vm.Flags(1, 0, 0, 2, 1, 1, 0, 1, 0, 1, 0, 0, 1, false, 1, 0, true, -1,
                new java.util.LinkedHashMap<>(java.util.Map.of("utf8", true, "foo", true, "importtime", "2")),
                List.of("error", "ignore::DeprecationWarning"));
        assertEquals(List.of("-OO", "-d", "-B", "-b", "-I", "-Werror", "-Wignore::DeprecationWarning",
                "-X", "importtime=2", "-X", "utf8"), f.interpreterArgs());
        var g = new dev.gilpy.vm.Flags(0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, false, 1, 0, true, -1,
                java.util.Map.of(), List.of());
        assertEquals(List.of("-S", "-q", "-E", "-s", "-P"), g.interpreterArgs());
        // What the child reads back is what the parent had (but the -X options CPython does not pass on).
        var back = dev.gilpy.vm.Flags.fromInterpreterArgs(f.interpreterArgs());
        assertEquals(java.util.Map.of("utf8", true, "importtime", "2"), back.xOptions());
        assertEquals(new dev.gilpy.vm.Flags(1, 0, 0, 2, 1, 1, 0, 1, 0, 1, 0, 0, 1, false, 1, 0, true, -1,
                back.xOptions(), f.warnOptions()), back);
        assertEquals(g, dev.gilpy.vm.Flags.fromInterpreterArgs(g.interpreterArgs()));
        assertEquals(dev.gilpy.vm.Flags.DEFAULT, dev.gilpy.vm.Flags.fromInterpreterArgs(List.of()));
    }

    @Test
    void multiprocessingChildrenRunWithTheParentsFlags() {
        // Through the real launcher: a spawned child reports its flags (CPython 3.11 prints the same).
        var r = dev.gilpy.reliability.Launch.script("""
                import multiprocessing as mp, sys
                def show(q):
                    q.put((sys.flags.optimize, sys.flags.ignore_environment, sys._xoptions, sys.warnoptions, __debug__))
                if __name__ == '__main__':
                    ctx = mp.get_context('spawn')
                    q = ctx.Queue()
                    p = ctx.Process(target=show, args=(q,))
                    p.start()
                    print(q.get())
                    p.join()
                """, "-O", "-E", "-X", "utf8", "-X", "foo", "-W", "ignore");
        assertEquals("(1, 1, {'utf8': True}, ['ignore'], False)\n", r.out(), r.toString());
    }

    @Test
    void jsonToolRunsAsAModule(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.json");
        Files.writeString(in, "{\"b\": [1, 2.5], \"a\": null}");
        Main.Captured r = Main.runCaptured("-m", "json.tool", "--sort-keys", in.toString());
        assertEquals("{\n    \"a\": null,\n    \"b\": [\n        1,\n        2.5\n    ]\n}\n", r.out(), r.err());
        r = Main.runCaptured("-m", "json.tool", "--compact", in.toString());
        assertEquals("{\"b\":[1,2.5],\"a\":null}\n", r.out(), r.err());
        r = Main.runCaptured("-m", "json.tool", "--tab", "--indent", "2", in.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("usage: gilpy -m json.tool [-h] [--sort-keys]"), r.err());
        assertTrue(r.err().endsWith("gilpy -m json.tool: error: argument --indent: not allowed with argument --tab\n"), r.err());
        Files.writeString(in, "{\"a\": 1,");
        r = Main.runCaptured("-m", "json.tool", in.toString());
        assertEquals(1, r.code());
        assertEquals("Expecting property name enclosed in double quotes: line 1 column 9 (char 8)\n", r.err());
    }

    @Test
    void theJarsEntryPointLoadsOnAnOldJava() throws Exception {
        // java -jar with java < 21 must say so in one line (Launcher), not fail with UnsupportedClassVersionError:
        // the manifest names Launcher and Launcher is Java 8 class file (version 52). (A merge lost this once.)
        Path classes = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/classes");
        byte[] launcher = Files.readAllBytes(classes.resolve("dev/gilpy/Launcher.class"));
        assertEquals(52, ((launcher[6] & 0xff) << 8) | (launcher[7] & 0xff));
        Path jar = classes.getParent().resolve("gilpy.jar");
        if (Files.exists(jar)) {
            try (var j = new java.util.jar.JarFile(jar.toFile())) {
                assertEquals("dev.gilpy.Launcher", j.getManifest().getMainAttributes().getValue("Main-Class"));
            }
        }
    }
}

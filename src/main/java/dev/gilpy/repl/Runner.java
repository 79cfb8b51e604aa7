package dev.gilpy.repl;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyList;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.vm.Interpreter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Helpers shared by the command line ({@code -m}, {@code -i}) and the REPL ({@code :run}). */
public final class Runner {
    private Runner() {}

    /** True when file descriptor {@code fd} (0, 1, 2) is a terminal. */
    public static boolean isTerminal(int fd) {
        try {
            String real = Path.of("/proc/self/fd/" + fd).toRealPath().toString();
            return real.startsWith("/dev/pts/") || real.startsWith("/dev/tty") || real.equals("/dev/console");
        } catch (IOException | RuntimeException e) {
            return System.console() != null;
        }
    }

    /**
     * What {@code gilpy -m name} runs for a module built into gilpy (written in Java) that has a command-line
     * behaviour in CPython: its Python source, run as {@code __main__}; null for the others.
     */
    public static String builtinMain(String name) {
        return switch (name) {
            case "dis" -> dev.gilpy.modules.DisModule.MAIN;
            default -> null;
        };
    }

    /** A fresh {@code __main__} module, registered in sys.modules. */
    public static PyModule newMain(Interpreter interp, String file) {
        PyModule main = new PyModule("__main__");
        main.set("__builtins__", interp.builtins);
        if (file != null) main.set("__file__", new PyStr(file));
        interp.modules.put(new PyStr("__main__"), main);
        return main;
    }

    /** Replaces sys.argv's contents. */
    public static void setArgv(Interpreter interp, List<String> argv) {
        PyObject a = interp.sysAttr("argv");
        if (a instanceof PyList l) {
            PyObject[] items = argv.stream().map(PyStr::new).toArray(PyObject[]::new);
            l.setContents(items, items.length);
        }
    }

    /** Compiles and runs a file's source in {@code main}'s namespace. */
    public static void execFile(Interpreter interp, PyModule main, Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        CodeObject code = interp.compileFile(source, file.toString());
        interp.exec(code, main.dict, main.dict);
    }
}

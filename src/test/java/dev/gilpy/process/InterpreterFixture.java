package dev.gilpy.process;

import dev.gilpy.concurrent.Gils;
import dev.gilpy.modules.Modules;
import dev.gilpy.parse.Parsing;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.InterpreterThread;
import dev.gilpy.vm.ThreadState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.Callable;

/**
 * An interpreter in the test's own JVM, for tests that call the deserializer directly: bodies run on a
 * Python thread that holds the GIL, as the receiving side of a queue or a connection does.
 */
public final class InterpreterFixture {
    private InterpreterFixture() {}

    private static Interpreter interp;
    private static PyModule main;
    public static final ByteArrayOutputStream STDOUT = new ByteArrayOutputStream();

    public static synchronized Interpreter interpreter() {
        if (interp == null || Interpreter.peek() != interp) {
            Interpreter i = new Interpreter();
            i.setGil(Gils.create(true), false);
            i.stdout = new PyTextIO("<stdout>", "w", STDOUT, null, false, false, 1);
            i.stderr = new PyTextIO("<stderr>", "w", new ByteArrayOutputStream(), null, true, false, 2);
            i.stdin = new PyTextIO("<stdin>", "r", null, new ByteArrayInputStream(new byte[0]), false, false, 0);
            i.path.append(new PyStr(Interpreter.LIB_PREFIX));
            Modules.install(i);
            main = new PyModule("__main__");
            main.set("__builtins__", i.builtins);
            i.modules.put(new PyStr("__main__"), main);
            interp = i;
        }
        return interp;
    }

    /** body's result; what it threw (a PyException, or anything else) is thrown here. */
    public static <T> T run(Callable<T> body) throws Exception {
        Interpreter i = interpreter();
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new InterpreterThread(new ThreadState(i), () -> {
            i.gil.acquire();
            try {
                result[0] = body.call();
            } catch (Throwable e) {
                thrown[0] = e;
            } finally {
                i.gil.release();
            }
        }, "test-python");
        t.start();
        t.join();
        if (thrown[0] instanceof Exception e) throw e;
        if (thrown[0] instanceof Error e) throw e;
        @SuppressWarnings("unchecked") T r = (T) result[0];
        return r;
    }

    /** Runs Python source in the fixture's __main__ (definitions stay there for later messages to name). */
    public static void exec(String source) throws Exception {
        run(() -> {
            Interpreter i = interpreter();
            i.exec(i.compile(source, "<test>", Parsing.Mode.FILE), main.dict, main.dict);
            return null;
        });
    }

    /** The Python exception's type name and message, as the last traceback line shows them. */
    public static String describe(PyException e) {
        return e.value.type().qualifiedName() + ": " + Abstract.strString(e.value);
    }
}

package dev.gilpy.modules;

import dev.gilpy.runtime.Args;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBytes;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.PyType;
import dev.gilpy.vm.Interpreter;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _subprocess}, the Java half of the {@code subprocess} module (lib/subprocess.py):
 * {@code run_process(args, cwd, input, capture)} starts a child, waits for it with the GIL released,
 * and returns {@code (returncode, stdout bytes or None, stderr bytes or None)}.
 */
public final class SubprocessModule {
    private SubprocessModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_subprocess");
        m.def("run_process", (a, k) -> {
            Args.range("run_process", a, k, 4, 4);
            List<String> cmd = new ArrayList<>();
            for (PyObject o : Abstract.toArray(a[0])) cmd.add(Abstract.strString(o));
            if (cmd.isEmpty()) throw Exc.raise(Exc.ValueError, "empty argument list");
            ProcessBuilder pb = new ProcessBuilder(cmd);
            if (a[1] != PyNone.NONE) pb.directory(new File(Abstract.strString(a[1])));
            byte[] input = a[2] == PyNone.NONE ? null : ((PyBytes) a[2]).value;
            boolean capture = Abstract.isTrue(a[3]);
            interp.stdout.flush();
            interp.stderr.flush();
            if (!capture) pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
            if (input == null) pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw startError(e, cmd.get(0));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread tOut = capture ? pump(p.getInputStream(), out) : null;
            Thread tErr = capture ? pump(p.getErrorStream(), err) : null;
            int code;
            try {
                // Interruptible by signals; KeyboardInterrupt kills the child, as subprocess.run does.
                code = interp.gil.blockedWhile(dev.gilpy.trace.BlockReason.OTHER, () -> {
                    try {
                        if (input != null) {
                            try (OutputStream os = p.getOutputStream()) {
                                os.write(input);
                            } catch (IOException ignored) {
                                // The child did not read all of its input.
                            }
                        }
                        int c = p.waitFor();
                        if (tOut != null) tOut.join();
                        if (tErr != null) tErr.join();
                        return c;
                    } catch (InterruptedException e) {
                        throw dev.gilpy.concurrent.Blocking.interrupted();
                    }
                });
            } catch (RuntimeException e) {
                p.destroyForcibly();
                throw e;
            }
            Object[] res = {code, out.toByteArray(), err.toByteArray()};
            return PyTuple.of(PyInt.of((Integer) res[0]),
                    capture ? new PyBytes((byte[]) res[1]) : PyNone.NONE,
                    capture ? new PyBytes((byte[]) res[2]) : PyNone.NONE);
        });
        return m;
    }

    /** CPython's OSError for a command that cannot be started. */
    private static RuntimeException startError(IOException e, String command) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        int errno = msg.contains("error=2,") ? 2 : msg.contains("error=13,") ? 13 : 0;
        String text = errno == 2 ? "No such file or directory" : errno == 13 ? "Permission denied" : msg;
        PyType t = errno == 2 ? Exc.FileNotFoundError : errno == 13 ? Exc.PermissionError : Exc.OSError;
        return Exc.raise(t, "[Errno " + errno + "] " + text + ": '" + command + "'");
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException ignored) {
                // The child closed its end.
            }
        }, "subprocess-pipe");
        t.setDaemon(true);
        t.start();
        return t;
    }
}

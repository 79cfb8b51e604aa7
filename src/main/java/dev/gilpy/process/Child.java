package dev.gilpy.process;

import dev.gilpy.Main;
import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.concurrent.Gils;
import dev.gilpy.modules.Modules;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.InterpreterThread;
import dev.gilpy.vm.ThreadState;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hidden child mode ({@code dev.gilpy.Main --mp-child}): warm up, wait for a job on stdin, rebuild
 * the process object (from the fork snapshot, or by re-running the main script as __mp_main__ for spawn)
 * and run its _bootstrap(). A thread keeps reading stdin: EOF means the parent is gone, and we exit.
 */
public final class Child {
    private Child() {}

    /** True while a spawn child re-runs the main script (starting a process then is an error). */
    public static volatile boolean importingMain;
    public static volatile boolean isChild;
    public static volatile long parentPid = -1;

    /** Set once the JVM has begun to exit by itself (a signal: SIGTERM from terminate(), SIGINT...). */
    private static volatile boolean exiting;

    public static int main(String[] args) {
        isChild = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> exiting = true, "mp-child-exit"));
        ProcessHandle.current().parent().ifPresent(p -> parentPid = p.pid());
        Interpreter interp = new Interpreter();
        interp.setGil(Gils.create(true), false);
        // The parent's own descriptors 1 and 2 (inherited); their buffering comes with the job.
        interp.stdout = new PyTextIO("<stdout>", "w", new FileOutputStream(FileDescriptor.out), null, false, PyTextIO.isTerminal(1), 1);
        interp.stderr = new PyTextIO("<stderr>", "w", new FileOutputStream(FileDescriptor.err), null, true, PyTextIO.isTerminal(2), 2);
        interp.stdin = new PyTextIO("<stdin>", "r", null, new ByteArrayInputStream(new byte[0]), false, false, 0);
        interp.path.append(new PyStr(Interpreter.LIB_PREFIX));
        Modules.install(interp);
        final int[] rc = {1};
        ThreadState ts = new ThreadState(interp);
        Thread main = new InterpreterThread(ts, () -> {
            try {
                rc[0] = run(interp);
            } catch (Throwable t) {
                dev.gilpy.vm.FatalError.print(t, ts, interp);
                rc[0] = 1;
            }
        }, "MainThread");
        dev.gilpy.concurrent.SignalTrap.setMainThread(main);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Endpoint.started()) {
            Endpoint.get().flushAll();
            ChildProc.noteExit(Endpoint.get().runDir, rc[0]);
        }
        // A signal is ending this process (its job may have failed because of that): leave the exit
        // status to the signal's exit, so that the parent reads -signal as CPython's does.
        while (exiting) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException ignored) {
            }
        }
        return rc[0];
    }

    private static int run(Interpreter interp) {
        // Warm up while no job is known yet: the multiprocessing package and what it imports, and time
        // (most programs use it; its time-zone names take tens of milliseconds to load).
        interp.gil.acquire();
        try {
            interp.importModule("multiprocessing");
            interp.importModule("time");
        } catch (PyException ignored) {
        } finally {
            interp.gil.release();
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        byte[] job;
        try {
            job = new byte[in.readInt()];
            in.readFully(job);
        } catch (IOException e) {
            return 0;   // the parent went away before giving us work
        }
        Thread watch = new Thread(() -> {
            try {
                while (in.read() >= 0) { }
            } catch (IOException ignored) {
            }
            Runtime.getRuntime().halt(1);
        }, "mp-parent-watch");
        watch.setDaemon(true);
        watch.start();
        try {
            DataInputStream j = new DataInputStream(new ByteArrayInputStream(job));
            String runDir = j.readUTF();
            byte[] key = new byte[32];
            j.readFully(key);
            String method = j.readUTF();
            boolean gilOn = j.readBoolean();
            String mainPath = j.readUTF();
            int np = j.readInt();
            PyObject[] path = new PyObject[np];
            for (int i = 0; i < np; i++) path[i] = new PyStr(j.readUTF());
            parentPid = j.readLong();
            String trace = j.readUTF();
            int streams = j.readByte();
            interp.stdout.lineBuffered = (streams & 1) != 0;
            interp.stderr.lineBuffered = (streams & 2) != 0;
            // -u / PYTHONUNBUFFERED in the parent: every write goes out at once here too.
            interp.stdout.writeThrough = interp.stderr.writeThrough = (streams & 4) != 0;
            byte[] payload = new byte[j.readInt()];
            j.readFully(payload);
            byte[] mainSource = new byte[j.readInt()];
            j.readFully(mainSource);
            byte[] mainCode = new byte[j.readInt()];
            j.readFully(mainCode);
            Endpoint.join(Path.of(runDir), key);
            interp.setGil(Gils.create(gilOn), false);
            // The parent traces: record this process too, into the file the parent merges at exit.
            dev.gilpy.trace.GilRecorder recorder = trace.isEmpty() ? null : new dev.gilpy.trace.GilRecorder();
            if (recorder != null) interp.gil.setTracer(recorder);
            interp.gil.acquire();
            try {
                return runJob(interp, method, mainPath, path, payload, new String(mainSource, StandardCharsets.UTF_8), mainCode);
            } finally {
                interp.gil.release();
                if (recorder != null) {
                    try {
                        dev.gilpy.trace.TraceWriter.write(recorder, gilOn, "gilpy child " + ProcessHandle.current().pid(),
                                Path.of(trace));
                    } catch (IOException | RuntimeException e) {
                        System.err.println("gilpy: cannot write the child's GIL trace: " + e);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("gilpy: bad job for the child process: " + e);
            return 1;
        }
    }

    private static int runJob(Interpreter interp, String method, String mainPath, PyObject[] path, byte[] payload,
                              String mainSource, byte[] mainCode) {
        int rc;
        try {
            interp.path.setContents(path, path.length);
            PyList argv = new PyList();
            argv.append(new PyStr(mainPath));
            interp.importModule("sys").set("argv", argv);
            PyObject proc;
            if (method.equals("fork")) {
                PyTuple t = (PyTuple) Pickler.loadJob(payload);
                proc = t.get(0);
                for (PyObject m : Abstract.toArray(t.get(1))) {
                    PyModule mod = (PyModule) m;
                    interp.modules.put(new PyStr(mod.name), mod);
                }
            } else {
                if (!mainPath.isEmpty()) runMainAsMpMain(interp, mainPath, mainSource, mainCode);
                proc = Pickler.loadJob(payload);
            }
            PyObject r = Abstract.call(Abstract.getAttr(proc, "_bootstrap"));
            rc = r instanceof PyInt i ? i.intValue() : 0;
        } catch (PyException e) {
            rc = Main.handleUncaught(interp, e.value);
        }
        return Main.shutdown(interp, rc);
    }

    /** Runs the main script as __mp_main__: the parent's compiled code when the file still holds that source. */
    private static void runMainAsMpMain(Interpreter interp, String mainPath, String parentSource, byte[] parentCode) {
        PyModule main = new PyModule("__mp_main__");
        main.set("__builtins__", interp.builtins);
        main.set("__file__", new PyStr(mainPath));
        interp.modules.put(new PyStr("__mp_main__"), main);
        interp.modules.put(new PyStr("__main__"), main);
        String source;
        try {
            source = Files.readString(Path.of(mainPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Exc.raise(Exc.FileNotFoundError, "[Errno 2] No such file or directory: '" + mainPath + "'");
        }
        importingMain = true;
        try {
            CodeObject code = parentCode.length > 0 && source.equals(parentSource) ? CodeMarshal.loads(parentCode) : null;
            if (code != null) interp.remember(mainPath, source);
            else code = interp.compileFile(source, mainPath);
            interp.exec(code, main.dict, main.dict);
        } finally {
            importingMain = false;
        }
    }
}

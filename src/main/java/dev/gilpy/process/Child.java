package dev.gilpy.process;

import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.concurrent.Gils;
import dev.gilpy.modules.Modules;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Flags;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.Lifecycle;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        StartupTimes.mark("main");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> exiting = true, "mp-child-exit"));
        ProcessHandle.current().parent().ifPresent(p -> parentPid = p.pid());
        // The parent's own descriptors 1 and 2 (inherited); their buffering comes with the job. Its stdin
        // is the job pipe: the program reads nothing there, as from CPython's devnull.
        // The parent's interpreter flags follow --mp-child on the command line (Launcher.command).
        Flags flags = Flags.fromInterpreterArgs(List.of(args).subList(1, args.length));
        dev.gilpy.compile.codegen.CodeGenerator.optimize = flags.optimize();
        Flags.ofProcess = flags;
        Interpreter interp = Lifecycle.boot(Gils.create(true), new Lifecycle.Streams(null, null, false, false),
                List.of(Interpreter.LIB_PREFIX), i -> {
                    i.flags = flags;
                    Modules.install(i);
                });
        dev.gilpy.modules.WarningsModule.applyWarnOptions(interp);
        StartupTimes.mark("modules");
        int rc = Lifecycle.runAsMain(interp, () -> run(interp));
        if (Endpoint.started()) {
            Endpoint.get().flushAll();
            ChildProc.noteExit(Endpoint.get().runDir, rc);
        }
        StartupTimes.report();
        // A signal is ending this process (its job may have failed because of that): leave the exit
        // status to the signal's exit, so that the parent reads -signal as CPython's does.
        while (exiting) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException ignored) {
            }
        }
        return rc;
    }

    private static int run(Interpreter interp) {
        // Warm up while no job is known yet, with what every job needs: multiprocessing.process (its
        // _bootstrap runs the target). Anything else is imported by the job that uses it.
        interp.gil.acquire();
        try {
            interp.importModule("multiprocessing");
        } catch (PyException ignored) {
            // the job will meet the same error and report it
        } finally {
            interp.gil.release();
        }
        StartupTimes.mark("import-multiprocessing");
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        Job job;
        try {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            StartupTimes.mark("job-received");
            job = Job.decode(bytes);
        } catch (EOFException e) {
            return 0;   // the parent went away before giving us work (or a spare was not needed)
        } catch (IOException e) {
            System.err.println("gilpy: bad job for the child process: " + e);
            return 1;
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
        StartupTimes.since("start()", job.sentNanos());
        parentPid = job.parentPid();
        interp.stdout.lineBuffered = job.streams().stdoutLines();
        interp.stderr.lineBuffered = job.streams().stderrLines();
        // -u / PYTHONUNBUFFERED in the parent: every write goes out at once here too.
        interp.stdout.writeThrough = interp.stderr.writeThrough = job.streams().writeThrough();
        Endpoint.join(job.runDir(), job.authkey());
        StartupTimes.mark("endpoint");
        interp.setGil(Gils.create(job.gilOn()), false);
        // The parent traces: record this process too, into the file the parent merges at exit.
        dev.gilpy.trace.GilRecorder recorder = job.tracePath().isEmpty() ? null : new dev.gilpy.trace.GilRecorder();
        if (recorder != null) interp.gil.setTracer(recorder);
        interp.gil.acquire();
        try {
            return runJob(interp, job);
        } finally {
            interp.gil.release();
            if (recorder != null) {
                try {
                    dev.gilpy.trace.TraceWriter.write(recorder, job.gilOn(), "gilpy child " + ProcessHandle.current().pid(),
                            Path.of(job.tracePath()));
                } catch (IOException | RuntimeException e) {
                    System.err.println("gilpy: cannot write the child's GIL trace: " + e);
                }
            }
        }
    }

    private static int runJob(Interpreter interp, Job job) {
        int rc;
        try {
            PyObject[] path = job.path().stream().map(PyStr::new).toArray(PyObject[]::new);
            interp.path.setContents(path, path.length);
            PyList argv = new PyList();
            argv.append(new PyStr(job.mainPath()));
            interp.importModule("sys").set("argv", argv);
            PyObject proc;
            if (job.method().copiesParent()) {
                PyTuple t = (PyTuple) Pickler.loadJob(job.payload());
                proc = t.get(0);
                for (PyObject m : Abstract.toArray(t.get(1))) {
                    PyModule mod = (PyModule) m;
                    interp.modules.put(new PyStr(mod.name), mod);
                }
            } else {
                if (!job.mainPath().isEmpty()) runMainAsMpMain(interp, job.mainPath(), job.mainSource(), job.mainCode());
                StartupTimes.mark("main-rerun");
                proc = Pickler.loadJob(job.payload());
            }
            StartupTimes.mark("target-loaded");
            PyObject r = Abstract.call(Abstract.getAttr(proc, "_bootstrap"));
            rc = r instanceof PyInt i ? i.intValue() : 0;
            StartupTimes.mark("target-done");
        } catch (PyException e) {
            rc = Lifecycle.handleUncaught(interp, e.value);
        }
        interp.runsAtexit = false;
        rc = Lifecycle.shutdown(interp, rc);
        StartupTimes.mark("shutdown");
        return rc;
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

package dev.gilpy.modules;

import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.process.*;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The _mp module: the Java side of multiprocessing (child processes, hosted objects, shared memory). */
public final class MultiprocessingModule {
    private MultiprocessingModule() {}

    private static final Map<String, MappedByteBuffer> maps = new ConcurrentHashMap<>();

    /**
     * Who holds this process's copies of pipe ends (see {@link PipeEnd}): an id its parent chose before
     * starting it, so that the parent can count the child's copies before the child runs.
     */
    private static volatile long holder = ProcessHandle.current().pid() << 20;
    private static final java.util.concurrent.atomic.AtomicLong children = new java.util.concurrent.atomic.AtomicLong();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_mp");
        m.set("PicklingError", Pickler.PicklingError);
        m.set("UnpicklingError", Pickler.UnpicklingError);
        m.def("is_child", (a, k) -> PyBool.of(Child.isChild));
        m.def("parent_pid", (a, k) -> Child.parentPid < 0 ? PyNone.NONE : PyInt.of(Child.parentPid));
        m.def("authkey", (a, k) -> new PyBytes(Endpoint.get().authkey.clone()));
        m.def("cpu_count", (a, k) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        m.def("prestart", (a, k) -> {
            Launcher.prestart();
            // The run's endpoint (directory, key, server) and the pickler's classes, made ready off the main
            // thread: the program's first start() then only builds its job.
            Thread.ofPlatform().daemon().name("mp-endpoint").start(() -> {
                try {
                    Endpoint.get();
                    Pickler.dumps(PyTuple.of(PyNone.NONE), Pickler.REF);
                } catch (RuntimeException e) {
                    // the first start() meets the same problem and reports it
                }
            });
            return PyNone.NONE;
        });
        m.def("who", (a, k) -> new PyStr(ProcessHandle.current().pid() + ":" + Thread.currentThread().threadId()));
        m.def("flush_streams", (a, k) -> {
            if (Endpoint.started()) Endpoint.get().flushAll();
            return PyNone.NONE;
        });
        m.def("shutdown", (a, k) -> {
            Launcher.shutdown();
            return PyNone.NONE;
        });
        // start(process_obj, method, gil) -> popen
        m.def("start", (a, k) -> start(interp, a[0], Abstract.strString(a[1])));
        m.set("START_METHODS", new PyTuple(java.util.Arrays.stream(StartMethod.values()).map(sm -> new PyStr(sm.pythonName)).toArray(PyObject[]::new)));
        m.set("DEFAULT_START_METHOD", new PyStr(StartMethod.DEFAULT.pythonName));
        m.def("popen_pid", (a, k) -> PyInt.of(((ChildProc) a[0]).process().pid()));
        m.def("popen_poll", (a, k) -> orNone(((ChildProc) a[0]).poll()));
        m.def("popen_wait", (a, k) -> {
            ChildProc p = (ChildProc) a[0];
            double t = a.length > 1 && a[1] != PyNone.NONE ? num(a[1]) : -1;
            return orNone(interp.gil.releasedWhile(() -> {
                Integer code = p.waitFor(t);
                // Ended: what it sent us is filed before join() returns (see Endpoint.awaitDrained).
                if (code != null && Endpoint.started()) Endpoint.get().awaitDrained(p.process().pid());
                // ... and its pipe ends are released: this process may exit as soon as join() returns.
                if (code != null && p.released != null) p.released.join();
                return code;
            }));
        });
        m.def("popen_signal", (a, k) -> {
            ((ChildProc) a[0]).signal(a[1].isTrue());
            return PyNone.NONE;
        });
        m.def("dumps", (a, k) -> new PyBytes(Pickler.dumps(a[0], Pickler.REF)));
        m.def("loads", (a, k) -> Pickler.loads(((PyBytes) a[0]).value));
        // Hosted objects.
        m.def("queue", (a, k) -> Endpoint.get().host("queue", new MpQueue(a.length > 0 ? (int) ((PyInt) a[0]).value : 0)));
        // pipe(duplex) -> (queue a, queue b or None, end 0, end 1): end 0 reads a, end 1 writes a; duplex,
        // end 0 also writes b and end 1 reads b. This process holds one copy of each end.
        m.def("pipe", (a, k) -> {
            Endpoint n = Endpoint.get();
            MpQueue qa = new MpQueue(0), qb = a[0].isTrue() ? new MpQueue(0) : null;
            PipeEnd e0 = new PipeEnd(qa, qb, holder), e1 = new PipeEnd(qb, qa, holder);
            HostedRef h0 = n.host("pipe_end", e0), h1 = n.host("pipe_end", e1);
            PipeEnd.held(h0);
            PipeEnd.held(h1);
            return PyTuple.of(n.host("queue", qa), qb == null ? PyNone.NONE : n.host("queue", qb), h0, h1);
        });
        m.def("pipe_close", (a, k) -> {
            HostedRef h = (HostedRef) a[0];
            if (!PipeEnd.unhold(h)) return PyNone.NONE;   // not a copy counted as ours
            if (h.local()) ((PipeEnd) Endpoint.get().local(h)).close(holder);
            else Endpoint.get().streamPut(h, java.nio.ByteBuffer.allocate(8).putLong(holder).array());
            return PyNone.NONE;
        });
        m.def("holder", (a, k) -> PyInt.of(holder));
        m.def("set_holder", (a, k) -> {
            holder = ((PyInt) a[0]).longValue();
            return PyNone.NONE;
        });
        m.def("host", (a, k) -> Endpoint.get().host("py", new PyHost(a[0])));
        m.def("sync", (a, k) -> Endpoint.get().host(Abstract.strString(a[0]), new MpSync(Abstract.strString(a[0]), ((PyInt) a[1]).value)));
        m.def("qput", (a, k) -> {
            HostedRef h = (HostedRef) a[0];
            byte[] item = Pickler.dumps(a[1], Pickler.REF);
            boolean bounded = a.length > 4 && a[4].isTrue();
            if (!bounded) {
                if (h.local()) ((MpQueue) Endpoint.get().local(h)).putLocal(item);
                else Endpoint.get().streamPut(h, item);
                return PyNone.NONE;
            }
            PyObject block = a[2];
            PyFloat timeout = new PyFloat(a[3] == PyNone.NONE ? -1 : num(a[3]));
            try {
                interp.gil.releasedWhile(() -> Endpoint.get().call(h, "put", new PyBytes(item), block, timeout));
            } catch (RuntimeException e) {
                throw translate(e);
            }
            return PyNone.NONE;
        });
        m.def("qget", (a, k) -> {
            HostedRef h = (HostedRef) a[0];
            PyObject block = a.length > 1 ? a[1] : PyBool.TRUE;
            double timeout = a.length < 3 || a[2] == PyNone.NONE ? -1 : num(a[2]);
            byte[] item;
            try {
                if (h.local() && Endpoint.get().local(h) instanceof MpQueue q) {
                    // The owner's own get: an item already there is taken without giving up the GIL.
                    item = q.poll();
                    if (item == null) item = interp.gil.releasedWhile(() -> q.get(block.isTrue(), timeout));
                } else {
                    PyFloat t = new PyFloat(timeout);
                    item = ((PyBytes) interp.gil.releasedWhile(() -> Endpoint.get().call(h, "get", block, t))).value;
                }
            } catch (RuntimeException e) {
                throw translate(e);
            }
            return Pickler.loads(item);
        });
        // call(handle, op, *args): any operation on a hosted object, with the GIL released.
        m.def("call", (a, k) -> {
            HostedRef h = (HostedRef) a[0];
            String op = Abstract.strString(a[1]);
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 2, a.length);
            try {
                return interp.gil.releasedWhile(() -> Endpoint.get().call(h, op, rest));
            } catch (RuntimeException e) {
                throw translate(e);
            }
        });
        // Shared memory: a file in the run directory, mapped by every process that uses it.
        m.def("shm", (a, k) -> {
            long size = Math.max(1, ((PyInt) a[0]).value);
            try {
                Path p = Files.createTempFile(Endpoint.get().runDir, "shm-", ".bin");
                try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    f.setLength(size);
                }
                return new HostedRef("shm", p.toString(), size);
            } catch (IOException e) {
                throw Exc.raise(Exc.OSError, e.getMessage());
            }
        });
        m.def("shm_get", (a, k) -> {
            MappedByteBuffer b = map((HostedRef) a[0]);
            String tc = Abstract.strString(a[1]);
            int off = (int) ((PyInt) a[2]).value;
            return switch (tc) {
                case "i" -> PyInt.of(b.getInt(off));
                case "I" -> PyInt.of(b.getInt(off) & 0xffffffffL);
                case "l", "q", "L", "Q" -> PyInt.of(b.getLong(off));
                case "h" -> PyInt.of(b.getShort(off));
                case "b" -> PyInt.of(b.get(off));
                case "B" -> PyInt.of(b.get(off) & 0xff);
                case "c" -> new PyBytes(new byte[]{b.get(off)});
                case "f" -> new PyFloat(b.getFloat(off));
                case "d" -> new PyFloat(b.getDouble(off));
                default -> throw Exc.typeError("bad typecode " + tc);
            };
        });
        m.def("shm_set", (a, k) -> {
            MappedByteBuffer b = map((HostedRef) a[0]);
            String tc = Abstract.strString(a[1]);
            int off = (int) ((PyInt) a[2]).value;
            PyObject v = a[3];
            switch (tc) {
                case "i", "I" -> b.putInt(off, (int) ((PyInt) v).longValue());
                case "l", "q", "L", "Q" -> b.putLong(off, ((PyInt) v).longValue());
                case "h" -> b.putShort(off, (short) ((PyInt) v).longValue());
                case "b", "B" -> b.put(off, (byte) ((PyInt) v).longValue());
                case "c" -> b.put(off, ((PyBytes) v).value[0]);
                case "f" -> b.putFloat(off, (float) num(v));
                case "d" -> b.putDouble(off, num(v));
                default -> throw Exc.typeError("bad typecode " + tc);
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static MappedByteBuffer map(HostedRef h) {
        return maps.computeIfAbsent(h.owner, p -> {
            try (FileChannel ch = FileChannel.open(Path.of(p), java.nio.file.StandardOpenOption.READ,
                    java.nio.file.StandardOpenOption.WRITE)) {
                MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_WRITE, 0, h.id);
                b.order(ByteOrder.nativeOrder());
                return b;
            } catch (IOException e) {
                throw Exc.raise(Exc.OSError, e.getMessage());
            }
        });
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof MpQueue.EmptyFull ef) {
            PyObject q = Interpreter.get().importModule("queue");
            PyObject t = Abstract.getAttr(q, ef.full ? "Full" : "Empty");
            return new PyException((PyBaseException) Abstract.call(t));
        }
        return e;
    }

    private static PyObject orNone(Integer i) { return i == null ? PyNone.NONE : PyInt.of(i); }

    private static double num(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.doubleValue();
        throw Exc.typeError("a number is required");
    }

    /** start(): serialize the job (fork snapshot or by-reference process object) and launch a child. */
    private static PyObject start(Interpreter interp, PyObject proc, String methodName) {
        StartMethod method = StartMethod.of(methodName);
        if (method == null) throw Exc.raise(Exc.ValueError, "cannot find context for '" + methodName + "'");
        if (!method.copiesParent() && Child.importingMain) throw Exc.raise(Exc.RuntimeError, BOOTSTRAP_MSG);
        long sentNanos = System.nanoTime();
        // The child gets a copy of pipe ends, counted now, released when it closes them or exits: with
        // fork, of each end open here (a forked CPython child inherits the descriptors); with spawn, of
        // the ends in the process object (the ones CPython duplicates for the child).
        long child = (ProcessHandle.current().pid() << 20) + children.incrementAndGet();
        Abstract.setAttr(proc, "_holder", PyInt.of(child));
        java.util.List<HostedRef> sent = new java.util.ArrayList<>();
        byte[] job = job(interp, proc, method, sent, sentNanos).encode();
        PyObject[] ends = method.copiesParent() ? PipeEnd.heldNow()
                : sent.stream().filter(h -> h.kind.equals("pipe_end")).distinct().toArray(PyObject[]::new);
        for (PyObject e : ends) pipeEndOp((HostedRef) e, "acquire", PyInt.of(child));
        long jobBuilt = System.nanoTime();
        // The JVM's fork and exec (tens of milliseconds on a busy machine) happen on a thread of their own.
        java.util.concurrent.CompletableFuture<Process> launching = new java.util.concurrent.CompletableFuture<>();
        Thread.ofPlatform().daemon().name("mp-launch").start(() -> {
            try {
                Process p = Launcher.launch(job);
                StartupTimes.started(p.pid(), sentNanos, jobBuilt, System.nanoTime());
                launching.complete(p);
            } catch (Throwable t) {
                launching.completeExceptionally(t);
            }
        });
        ChildProc cp = new ChildProc(launching, Endpoint.get().runDir);
        launching.exceptionally(failed -> {
            for (PyObject e : ends) {
                try {
                    pipeEndOp((HostedRef) e, "exited", PyInt.of(child));
                } catch (RuntimeException ignored) {
                    // the pipe's owner is gone too
                }
            }
            return null;
        });
        if (ends.length > 0) {
            // On a thread of its own: telling the owner waits until what the child sent has been filed.
            cp.released = launching.thenCompose(Process::onExit).thenAcceptAsync(p -> {
                for (PyObject e : ends) {
                    try {
                        pipeEndOp((HostedRef) e, "exited", PyInt.of(child), PyInt.of(p.pid()));
                    } catch (RuntimeException ignored) {
                        // the pipe's owner is gone too: nobody is left to tell
                    }
                }
            }, task -> {
                Thread t = new Thread(task, "mp-pipe-exit");
                t.setDaemon(true);
                t.start();
            });
        }
        return cp;
    }

    /** CPython's message for a spawn child that starts a process while it re-runs the main script. */
    private static final String BOOTSTRAP_MSG = "\n" + """
            An attempt has been made to start a new process before the
            current process has finished its bootstrapping phase.

            This probably means that you are not using fork to start your
            child processes and you have forgotten to use the proper idiom
            in the main module:

                if __name__ == '__main__':
                    freeze_support()
                    ...

            The "freeze_support()" line can be omitted if the program
            is not going to be frozen to produce an executable.

            To fix this issue, refer to the "Safe importing of main module"
            section in https://docs.python.org/3/library/multiprocessing.html""".lines()
            .map(l -> l.isEmpty() ? l : "        " + l).collect(java.util.stream.Collectors.joining("\n")) + "\n        ";

    private static void pipeEndOp(HostedRef h, String op, PyObject... args) {
        if (h.local()) Endpoint.get().local(h).invoke(op, args);
        else Endpoint.get().call(h, op, args);
    }

    /** The main script compiled once per run (every spawn child gets the same bytes). */
    private static volatile Object[] mainCodeSent;

    private static byte[] mainCode(Interpreter.MainScript ms) {
        Object[] c = mainCodeSent;
        if (c == null || c[0] != ms) mainCodeSent = c = new Object[]{ms, CodeMarshal.dumps(ms.code())};
        return (byte[]) c[1];
    }

    /** The job a child runs: the fork snapshot or the by-reference process object, and its settings. */
    private static Job job(Interpreter interp, PyObject proc, StartMethod method, java.util.List<HostedRef> handles,
                           long sentNanos) {
        byte[] payload;
        if (method.copiesParent()) {
            PyList mods = new PyList();
            for (var e : interp.modules.entrySnapshot()) {
                if (e.getValue() instanceof PyModule mod && Pickler.isUserModule(mod.dict)) mods.append(mod);
            }
            payload = Pickler.dumps(PyTuple.of(proc, mods), Pickler.FORK);
        } else {
            payload = Pickler.dumps(proc, Pickler.REF, handles);
        }
        Endpoint node = Endpoint.get();
        PyObject mainMod = interp.modules.get(new PyStr("__main__"));
        PyObject file = mainMod instanceof PyModule mm ? mm.get("__file__") : null;
        String mainPath = file instanceof PyStr s ? s.value : "";
        java.util.List<String> path = new java.util.ArrayList<>();
        for (PyObject p : interp.path.toArray()) path.add(Abstract.strString(p));
        // spawn re-runs the main script: send it compiled, for the child to use while the file is unchanged.
        Interpreter.MainScript ms = interp.mainScript;
        boolean sendMain = !method.copiesParent() && ms != null && ms.file().equals(mainPath);
        // The child writes to the same descriptors, buffered as here (line-buffered on a terminal or
        // under -u, block-buffered when piped), so that output interleaves as in CPython.
        Job.Buffering streams = new Job.Buffering(interp.stdout.lineBuffered, interp.stderr.lineBuffered,
                interp.stdout.writeThrough);
        return new Job(method, node.runDir, node.authkey, ProcessHandle.current().pid(), interp.gil.enabled(), mainPath,
                path, dev.gilpy.trace.TraceMerge.nextChildTrace(), streams, payload, sendMain ? ms.source() : "",
                sendMain ? mainCode(ms) : new byte[0], sentNanos);
    }
}

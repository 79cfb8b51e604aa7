package dev.gilpy.process;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts child JVMs running gilpy in child mode, and keeps warm spares: children that have loaded the
 * interpreter (and the multiprocessing package) and wait on their stdin pipe for a job.
 */
public final class Launcher {
    private Launcher() {}

    private record Spare(Process process, long started) {}

    private static final List<Spare> spares = new ArrayList<>();
    /** GILPY_MP_SPARES (or -Dgilpy.mp.spares) fixes the number of spares; by default it adapts. */
    private static final Integer FIXED = fixedSpares();
    private static final int BASE = FIXED != null ? FIXED : 2;
    /**
     * A program that keeps taking spares before they are warm gets more of them, up to one per CPU: spares
     * warm up in parallel only on idle CPUs; beyond that they just slow the children that are working.
     */
    private static final int MAX = FIXED != null ? BASE : Math.max(BASE, Runtime.getRuntime().availableProcessors());

    private static Integer fixedSpares() {
        String v = System.getProperty("gilpy.mp.spares", System.getenv("GILPY_MP_SPARES"));
        if (v == null || v.isBlank()) return null;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        System.err.println("gilpy: GILPY_MP_SPARES expects a number of spare processes (0 or more), not '" + v
                + "'; ignored");
        return null;
    }
    /** A spare this young has probably not finished warming up: taking it means they are used up too fast. */
    private static final long YOUNG_NANOS = 500_000_000L;
    /** A spare that waited this long was not needed: the pool shrinks back towards BASE. */
    private static final long IDLE_NANOS = 10_000_000_000L;
    private static int wanted = BASE;
    /** Spares being started by prestart() threads right now. */
    private static int starting;
    private static List<String> command;
    /** How much later than the JVM's defaults a child's JVM compiles (see command()). */
    static final int CHILD_COMPILE_SCALING = 4;

    static synchronized List<String> command() {
        List<String> cmd = new ArrayList<>(jvmCommand());
        // The interpreter flags (-O, -B, -W, ...) a CPython child gets (subprocess._args_from_interpreter_flags);
        // read at each start, as in-process test runs change them.
        cmd.addAll(dev.gilpy.vm.Flags.ofProcess.interpreterArgs());
        return cmd;
    }

    private static List<String> jvmCommand() {
        if (command != null) return command;
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.contains("AOTCacheOutput") || a.contains("ArchiveClassesAtExit") || a.startsWith("-agentlib")
                    || a.startsWith("-javaagent") || a.startsWith("-Djdk.internal")) continue;
            if (a.startsWith("-XX:") || a.startsWith("-Xlog") || a.startsWith("-Xm") || a.startsWith("-Xss")
                    || a.startsWith("-Xshare")) cmd.add(a);
        }
        // See the launcher script: without it every child's exit waits 300 ms for its blocked reader threads.
        if (Runtime.version().feature() >= 25 && cmd.stream().noneMatch(a -> a.contains("UserThreadWaitAttemptsAtExit"))) {
            cmd.add("-XX:UserThreadWaitAttemptsAtExit=0");
        }
        // Most children are short: at the JVM's default thresholds, the start-up code that runs a few hundred
        // times (the interpreter's set-up, imports, unpickling) is compiled by C1 and C2 while the child
        // boots, ~60 ms of CPU per child that is thrown away at its exit. Four times the thresholds leave
        // those methods interpreted; a long job's hot loops still reach compiled code, a few ms later.
        if (cmd.stream().noneMatch(a -> a.contains("CompileThresholdScaling"))) cmd.add("-XX:CompileThresholdScaling=" + CHILD_COMPILE_SCALING);
        // The jar's manifest grants the parent native access (runtime/Libm); a -cp child needs the flag.
        if (Runtime.version().feature() >= 22) cmd.add("--enable-native-access=ALL-UNNAMED");
        String jit = System.getProperty("gilpy.jit");   // -X jit=... holds in every process of the run
        if (jit != null) cmd.add("-Dgilpy.jit=" + jit);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.gilpy.Main");
        cmd.add("--mp-child");
        command = List.copyOf(cmd);
        return cmd;
    }

    private static Process startNew() {
        ProcessBuilder pb = new ProcessBuilder(command());
        pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        if (StartupTimes.ON) pb.environment().put(StartupTimes.LAUNCHED, Long.toString(System.nanoTime()));
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a CPU is idle now: fewer runnable threads on the machine (/proc/loadavg's fourth field,
     * counting the one asking) than CPUs. A spare boots on an idle CPU for free; on a busy machine it
     * would take the CPU from the children that work, so none is started then.
     */
    static boolean cpuIdle() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            int running = Integer.parseInt(f[3].substring(0, f[3].indexOf('/')));
            return running <= Runtime.getRuntime().availableProcessors();
        } catch (IOException | RuntimeException e) {
            return true;   // no /proc: nothing tells us the machine is busy
        }
    }

    /** Starts spares in the background until {@code wanted} are alive (without holding up launch()), while a CPU is idle. */
    public static void prestart() {
        Thread t = new Thread(() -> {
            while (true) {
                synchronized (Launcher.class) {
                    spares.removeIf(s -> !s.process.isAlive());
                    if (spares.size() + starting >= wanted) return;
                    if (!cpuIdle()) return;   // the next start() asks again
                    starting++;
                }
                Process p = null;
                try {
                    p = startNew();
                } finally {
                    synchronized (Launcher.class) {
                        starting--;
                        if (p != null && wanted == 0) close(p);   // shut down meanwhile
                        else if (p != null) spares.add(new Spare(p, System.nanoTime()));
                    }
                }
            }
        }, "mp-spare");
        t.setDaemon(true);
        t.start();
    }

    /** A started child (the oldest spare, the likeliest to be warm) that has been sent its job. */
    public static Process launch(byte[] job) {
        Process p = null;
        synchronized (Launcher.class) {
            long age = -1;
            while (!spares.isEmpty()) {
                Spare s = spares.remove(0);
                if (s.process.isAlive()) {
                    p = s.process;
                    age = System.nanoTime() - s.started;
                    break;
                }
            }
            if (wanted == 0) {
                // shut down (or GILPY_MP_SPARES=0): no spares
            } else if (age < YOUNG_NANOS) {
                wanted = Math.min(MAX, wanted + 1);
            } else if (age > IDLE_NANOS) {
                wanted = Math.max(BASE, wanted - 1);
            }
        }
        if (p == null) p = startNew();
        try {
            DataOutputStream out = new DataOutputStream(p.getOutputStream());
            out.writeInt(job.length);
            out.write(job);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            prestart();
        }
        return p;
    }

    /** Ends the spares (at exit). */
    public static synchronized void shutdown() {
        wanted = 0;
        for (Spare s : spares) close(s.process);
        spares.clear();
    }

    private static void close(Process spare) {
        try {
            spare.getOutputStream().close();   // EOF: the spare exits quietly once it is up
        } catch (IOException ignored) {
        }
    }
}

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

    private static final List<Process> spares = new ArrayList<>();
    private static int wanted = Integer.getInteger("gilpy.mp.spares",
            Integer.parseInt(System.getenv().getOrDefault("GILPY_MP_SPARES", "2")));
    private static List<String> command;

    static synchronized List<String> command() {
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
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.gilpy.Main");
        cmd.add("--mp-child");
        command = cmd;
        return cmd;
    }

    private static Process startNew() {
        ProcessBuilder pb = new ProcessBuilder(command());
        pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts spares in the background until {@code wanted} are alive. */
    public static void prestart() {
        Thread t = new Thread(() -> {
            synchronized (Launcher.class) {
                spares.removeIf(p -> !p.isAlive());
                while (spares.size() < wanted) spares.add(startNew());
            }
        }, "mp-spare");
        t.setDaemon(true);
        t.start();
    }

    /** A started child (a warm spare when one is ready) that has been sent its job. */
    public static Process launch(byte[] job) {
        Process p = null;
        synchronized (Launcher.class) {
            while (!spares.isEmpty()) {
                Process s = spares.remove(0);
                if (s.isAlive()) {
                    p = s;
                    break;
                }
            }
        }
        if (p == null) p = startNew();
        prestart();
        try {
            DataOutputStream out = new DataOutputStream(p.getOutputStream());
            out.writeInt(job.length);
            out.write(job);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Ends the spares (at exit). */
    public static synchronized void shutdown() {
        wanted = 0;
        for (Process p : spares) {
            try {
                p.getOutputStream().close();   // EOF: the spare exits quietly once it is up
            } catch (IOException ignored) {
            }
        }
        spares.clear();
    }
}

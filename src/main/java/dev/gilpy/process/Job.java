package dev.gilpy.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a parent sends a child process to run: {@link #encode} is the only writer of this format and
 * {@link #decode} the only reader (the child reads it from its stdin, after the length).
 *
 * @param method     how the process was started (what {@link #payload} holds)
 * @param runDir     the run's directory (the parent's endpoint, shared memory, exit notes)
 * @param authkey    the run's key
 * @param parentPid  the parent's pid (os.getppid() of a spare is whoever started the JVM)
 * @param gilOn      the parent's --gil
 * @param mainPath   the parent's __main__.__file__ ("" for -c and the REPL)
 * @param path       the parent's sys.path
 * @param tracePath  where the child writes its GIL trace ("" when the parent does not trace)
 * @param streams    how the parent buffers its stdout and stderr (the child writes to the same descriptors)
 * @param payload    fork: the pickled (process, user modules) snapshot; spawn: the process by reference
 * @param mainSource spawn: the main script's source when the parent sends its compiled code, else empty
 * @param mainCode   spawn: that source compiled (CodeMarshal), else empty
 * @param sentNanos  System.nanoTime() when the parent called start() (one clock for every process)
 */
public record Job(StartMethod method, Path runDir, byte[] authkey, long parentPid, boolean gilOn, String mainPath,
                  List<String> path, String tracePath, Buffering streams, byte[] payload, String mainSource,
                  byte[] mainCode, long sentNanos) {

    /** The parent's stdout/stderr buffering: line-buffered on a terminal, write-through under -u. */
    public record Buffering(boolean stdoutLines, boolean stderrLines, boolean writeThrough) {
        int bits() { return (stdoutLines ? 1 : 0) | (stderrLines ? 2 : 0) | (writeThrough ? 4 : 0); }

        static Buffering of(int bits) { return new Buffering((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0); }
    }

    public byte[] encode() {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(payload.length + mainCode.length + 512);
        try (DataOutputStream out = new DataOutputStream(bos)) {
            out.writeUTF(method.pythonName);
            out.writeUTF(runDir.toString());
            writeBytes(out, authkey);
            out.writeLong(parentPid);
            out.writeBoolean(gilOn);
            out.writeUTF(mainPath);
            out.writeInt(path.size());
            for (String p : path) out.writeUTF(p);
            out.writeUTF(tracePath);
            out.writeByte(streams.bits());
            writeBytes(out, payload);
            writeBytes(out, mainSource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            writeBytes(out, mainCode);
            out.writeLong(sentNanos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a byte array does not fail
        }
        return bos.toByteArray();
    }

    public static Job decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        String name = in.readUTF();
        StartMethod method = StartMethod.of(name);
        if (method == null) throw new IOException("unknown start method '" + name + "'");
        Path runDir = Path.of(in.readUTF());
        byte[] authkey = readBytes(in);
        long parentPid = in.readLong();
        boolean gilOn = in.readBoolean();
        String mainPath = in.readUTF();
        int n = in.readInt();
        if (n < 0) throw new IOException("bad path length " + n);
        List<String> path = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) path.add(in.readUTF());
        String trace = in.readUTF();
        Buffering streams = Buffering.of(in.readByte());
        byte[] payload = readBytes(in);
        String mainSource = new String(readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
        byte[] mainCode = readBytes(in);
        long sent = in.readLong();
        if (in.available() > 0) throw new IOException("trailing bytes after the job");
        return new Job(method, runDir, authkey, parentPid, gilOn, mainPath, List.copyOf(path), trace, streams,
                payload, mainSource, mainCode, sent);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}

package dev.gilpy.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The files open() made that may hold unwritten data. CPython writes a file object's buffer when the object is
 * freed, which reference counting does at once ({@code open(p, 'w').write(s)} with no close), and at exit; the
 * JVM frees objects late or never, so gilpy writes them out before any open() and at exit instead.
 */
public final class OpenFiles {
    private OpenFiles() {}

    /** Something with a buffer to write out. */
    public interface Buffered {
        void flushQuietly();
    }

    private static final List<WeakReference<Buffered>> files = new ArrayList<>();

    public static synchronized void register(Buffered f) {
        if (files.size() >= 64) files.removeIf(r -> r.get() == null);
        files.add(new WeakReference<>(f));
    }

    public static void flushAll() {
        List<Buffered> live = new ArrayList<>();
        synchronized (OpenFiles.class) {
            files.removeIf(r -> r.get() == null);
            for (WeakReference<Buffered> r : files) {
                Buffered f = r.get();
                if (f != null) live.add(f);
            }
        }
        for (Buffered f : live) f.flushQuietly();
    }
}

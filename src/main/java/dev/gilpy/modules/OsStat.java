package dev.gilpy.modules;

import dev.gilpy.runtime.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/** os.stat / os.lstat and os.stat_result, read through the JDK's "unix" file attribute view. */
final class OsStat {
    private OsStat() {}

    static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime", "st_mtime", "st_ctime"};
    static final PyType STAT_RESULT = PyType.builtin("stat_result", PyTuple.TYPE, null);

    /** The 10-tuple CPython shows (whole-second times) plus the float and nanosecond times. */
    static final class StatResult extends PyTuple {
        final long[] nanos;   // atime, mtime, ctime
        final long rdev;

        StatResult(PyObject[] values, long[] nanos, long rdev) {
            super(STAT_RESULT, values);
            this.nanos = nanos;
            this.rdev = rdev;
        }

        @Override
        public PyObject repr() {
            StringBuilder sb = new StringBuilder("os.stat_result(");
            for (int i = 0; i < FIELDS.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(FIELDS[i]).append('=').append(Abstract.reprString(get(i)));
            }
            return new PyStr(sb.append(')').toString());
        }
    }

    static {
        STAT_RESULT.module = "os";
        for (int i = 0; i < 7; i++) {
            final int idx = i;
            STAT_RESULT.def(FIELDS[i], new PyGetSet(FIELDS[i], o -> ((PyTuple) o).get(idx), null));
        }
        String[] times = {"st_atime", "st_mtime", "st_ctime"};
        for (int i = 0; i < 3; i++) {
            final int idx = i;
            STAT_RESULT.def(times[i], new PyGetSet(times[i], o -> new PyFloat(((StatResult) o).nanos[idx] / 1e9), null));
            STAT_RESULT.def(times[i] + "_ns", new PyGetSet(times[i] + "_ns",
                    o -> PyInt.of(((StatResult) o).nanos[idx]), null));
        }
        STAT_RESULT.def("st_rdev", new PyGetSet("st_rdev", o -> PyInt.of(((StatResult) o).rdev), null));
        STAT_RESULT.def("n_sequence_fields", PyInt.of(10));
    }

    static long nanos(Object t) {
        FileTime ft = (FileTime) t;
        java.time.Instant i = ft.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static long num(Object o) { return ((Number) o).longValue(); }

    static PyObject stat(String name, boolean follow) {
        Path p = OsModule.resolve(name);
        Map<String, Object> a;
        try {
            a = follow ? Files.readAttributes(p, "unix:*") : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw OsModule.fileError(e, name);
        }
        long[] ns = {nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime"))};
        PyObject[] v = {PyInt.of(num(a.get("mode"))), PyInt.of(num(a.get("ino"))), PyInt.of(num(a.get("dev"))),
                PyInt.of(num(a.get("nlink"))), PyInt.of(num(a.get("uid"))), PyInt.of(num(a.get("gid"))),
                PyInt.of(num(a.get("size"))), PyInt.of(Math.floorDiv(ns[0], 1_000_000_000L)),
                PyInt.of(Math.floorDiv(ns[1], 1_000_000_000L)), PyInt.of(Math.floorDiv(ns[2], 1_000_000_000L))};
        return new StatResult(v, ns, num(a.get("rdev")));
    }

    static void install(PyModule m) {
        m.set("stat_result", STAT_RESULT);
        m.def("stat", (a, k) -> {
            PyObject[] p = Args.parse("stat", a, 0, k, new String[]{"path", "dir_fd", "follow_symlinks"}, 1, 1);
            boolean follow = p[2] == null || Abstract.isTrue(p[2]);
            return stat(OsModule.pathArg(p[0], "stat"), follow);
        });
        m.def("lstat", (a, k) -> {
            PyObject[] p = Args.parse("lstat", a, 0, k, new String[]{"path", "dir_fd"}, 1, 1);
            return stat(OsModule.pathArg(p[0], "lstat"), false);
        });
    }
}

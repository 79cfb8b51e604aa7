package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.lang.management.ManagementFactory;
import java.time.*;
import java.time.format.TextStyle;
import java.util.Locale;

/** The time module. Clocks, sleep (with the GIL released), struct_time, strftime. */
public final class TimeModule {
    private TimeModule() {}

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
    public static final PyType STRUCT_TIME = PyType.builtin("struct_time", PyTuple.TYPE, null);
    private static final long NANO_ORIGIN = System.nanoTime();

    /** time.struct_time: a 9-tuple with named fields (and tm_zone / tm_gmtoff attributes). */
    static final class StructTime extends PyTuple {
        final String zone;
        final long gmtoff;

        StructTime(PyObject[] values, String zone, long gmtoff) {
            super(STRUCT_TIME, values);
            this.zone = zone;
            this.gmtoff = gmtoff;
        }

        @Override
        public PyObject repr() {
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < FIELDS.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(FIELDS[i]).append('=').append(Abstract.reprString(get(i)));
            }
            return new PyStr(sb.append(')').toString());
        }
    }

    static {
        STRUCT_TIME.module = "time";
        for (int i = 0; i < FIELDS.length; i++) {
            final int idx = i;
            STRUCT_TIME.def(FIELDS[i], new PyGetSet(FIELDS[i], o -> ((PyTuple) o).get(idx), null));
        }
        STRUCT_TIME.def("tm_zone", new PyGetSet("tm_zone", o -> o instanceof StructTime s && s.zone != null
                ? new PyStr(s.zone) : PyNone.NONE, null));
        STRUCT_TIME.def("tm_gmtoff", new PyGetSet("tm_gmtoff", o -> o instanceof StructTime s
                ? PyInt.of(s.gmtoff) : PyNone.NONE, null));
        STRUCT_TIME.def("n_fields", PyInt.of(11));
        STRUCT_TIME.def("n_sequence_fields", PyInt.of(9));
        STRUCT_TIME.constructor = (cls, args, kw) -> {
            Args.range("struct_time", args, kw, 1, 1);
            PyObject[] v = Abstract.toArray(args[0]);
            if (v.length != 9) {
                throw Exc.typeError("time.struct_time() takes a 9-sequence (" + v.length + "-sequence given)");
            }
            return new StructTime(v, null, 0);
        };
    }

    static StructTime fromZoned(ZonedDateTime z) {
        PyObject[] v = {
            PyInt.of(z.getYear()), PyInt.of(z.getMonthValue()), PyInt.of(z.getDayOfMonth()),
            PyInt.of(z.getHour()), PyInt.of(z.getMinute()), PyInt.of(z.getSecond()),
            PyInt.of(z.getDayOfWeek().getValue() - 1), PyInt.of(z.getDayOfYear()),
            PyInt.of(z.getZone().equals(ZoneOffset.UTC) ? 0 : z.getZone().getRules().isDaylightSavings(z.toInstant()) ? 1 : 0)
        };
        String zone;
        if (z.getZone().equals(ZoneOffset.UTC)) zone = "GMT";      // glibc's gmtime
        else {
            boolean dst = z.getZone().getRules().isDaylightSavings(z.toInstant());
            zone = z.getZone().equals(ZoneId.systemDefault()) ? LocalZone.name(dst)
                    : java.util.TimeZone.getTimeZone(z.getZone()).getDisplayName(dst, java.util.TimeZone.SHORT, Locale.US);
        }
        return new StructTime(v, zone, z.getOffset().getTotalSeconds());
    }

    /**
     * timezone, altzone, daylight and tzname as CPython computes them on glibc: from the local time at the
     * start of this year and half a year later (so a southern-hemisphere zone's summer is its DST).
     */
    private static void setZoneConstants(PyModule m) {
        final long year = (365 * 24 + 6) * 3600L;
        java.time.zone.ZoneRules rules = ZoneId.systemDefault().getRules();
        Instant jan = Instant.ofEpochSecond(System.currentTimeMillis() / 1000 / year * year);
        Instant july = jan.plusSeconds(year / 2);
        int janZone = -rules.getOffset(jan).getTotalSeconds(), julyZone = -rules.getOffset(july).getTotalSeconds();
        String janName = LocalZone.name(rules.isDaylightSavings(jan));
        String julyName = LocalZone.name(rules.isDaylightSavings(july));
        boolean southern = janZone < julyZone;
        m.set("timezone", PyInt.of(southern ? julyZone : janZone));
        m.set("altzone", PyInt.of(southern ? janZone : julyZone));
        m.set("daylight", PyInt.of(janZone != julyZone ? 1 : 0));
        m.set("tzname", southern ? PyTuple.of(new PyStr(julyName), new PyStr(janName))
                : PyTuple.of(new PyStr(janName), new PyStr(julyName)));
    }

    static double seconds(PyObject o, String fname) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.doubleValue();
        if (o.type().lookup("__float__") != null) return MathModule.toDouble(o);
        throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    static Instant instantArg(PyObject[] a, String fname) {
        if (a.length == 0 || a[0] == PyNone.NONE) return Instant.ofEpochSecond(0, timeNs());
        double s = seconds(a[0], fname);
        if (Double.isNaN(s)) throw Exc.valueError("Invalid value NaN (not a number)");
        long whole = (long) Math.floor(s);
        return Instant.ofEpochSecond(whole);
    }

    /** A struct_time (or 9-sequence) as a LocalDateTime. */
    static LocalDateTime toLocal(PyObject t) {
        PyObject[] v = Abstract.toArray(t);
        if (v.length != 9) throw Exc.typeError("function takes exactly 9 arguments (" + v.length + " given)");
        int[] n = new int[9];
        for (int i = 0; i < 9; i++) n[i] = MathModule.toInt(v[i]).intValue();
        if (n[1] < 1 || n[1] > 12) throw Exc.valueError("month out of range");
        if (n[2] < 1 || n[2] > 31) throw Exc.valueError("day of month out of range");
        if (n[3] < 0 || n[3] > 23) throw Exc.valueError("hour out of range");
        if (n[4] < 0 || n[4] > 59) throw Exc.valueError("minute out of range");
        if (n[5] < 0 || n[5] > 61) throw Exc.valueError("seconds out of range");
        return LocalDateTime.of(n[0], n[1], Math.min(n[2], YearMonth.of(n[0], n[1]).lengthOfMonth()),
                n[3], n[4], Math.min(n[5], 59));
    }

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    static String two(int v) { return v < 10 ? "0" + v : Integer.toString(v); }

    public static String strftime(String fmt, LocalDateTime t, String zone, long gmtoff) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) { sb.append(c); continue; }
            char d = fmt.charAt(++i);
            int dow = t.getDayOfWeek().getValue() - 1; // Monday = 0
            switch (d) {
                case 'a' -> sb.append(DAYS[dow], 0, 3);
                case 'A' -> sb.append(DAYS[dow]);
                case 'b', 'h' -> sb.append(MONTHS[t.getMonthValue() - 1], 0, 3);
                case 'B' -> sb.append(MONTHS[t.getMonthValue() - 1]);
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", t, zone, gmtoff));
                case 'd' -> sb.append(two(t.getDayOfMonth()));
                case 'e' -> sb.append(t.getDayOfMonth() < 10 ? " " + t.getDayOfMonth() : "" + t.getDayOfMonth());
                case 'D' -> sb.append(strftime("%m/%d/%y", t, zone, gmtoff));
                case 'F' -> sb.append(strftime("%Y-%m-%d", t, zone, gmtoff));
                case 'T' -> sb.append(strftime("%H:%M:%S", t, zone, gmtoff));
                case 'R' -> sb.append(strftime("%H:%M", t, zone, gmtoff));
                case 'r' -> sb.append(strftime("%I:%M:%S %p", t, zone, gmtoff));
                case 'H' -> sb.append(two(t.getHour()));
                case 'I' -> sb.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
                case 'm' -> sb.append(two(t.getMonthValue()));
                case 'M' -> sb.append(two(t.getMinute()));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'S' -> sb.append(two(t.getSecond()));
                case 's' -> sb.append(t.atZone(ZoneId.systemDefault()).toEpochSecond());
                case 'u' -> sb.append(dow + 1);
                case 'w' -> sb.append((dow + 1) % 7);
                case 'U' -> sb.append(two((t.getDayOfYear() + 6 - (dow + 1) % 7) / 7));
                case 'W' -> sb.append(two((t.getDayOfYear() + 6 - dow) / 7));
                case 'x' -> sb.append(strftime("%m/%d/%y", t, zone, gmtoff));
                case 'X' -> sb.append(strftime("%H:%M:%S", t, zone, gmtoff));
                case 'y' -> sb.append(two(Math.floorMod(t.getYear(), 100)));
                case 'Y' -> sb.append(t.getYear());
                case 'C' -> sb.append(two(t.getYear() / 100));
                case 'G' -> sb.append(t.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
                case 'V' -> sb.append(two(t.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'Z' -> sb.append(zone == null ? "" : zone);
                case 'z' -> {
                    long off = gmtoff;
                    sb.append(off < 0 ? '-' : '+');
                    off = Math.abs(off);
                    sb.append(two((int) (off / 3600))).append(two((int) (off % 3600 / 60)));
                }
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    static PyObject sleep(PyObject[] a, String[] k) {
        Args.exact("sleep", a, k, 1);
        double s = seconds(a[0], "sleep");
        if (Double.isNaN(s)) throw Exc.valueError("Invalid value NaN (not a number)");
        if (s < 0) throw Exc.valueError("sleep length must be non-negative");
        if (s * 1e9 > Long.MAX_VALUE) throw Exc.overflowError("sleep length is too large");
        dev.gilpy.concurrent.Blocking.sleep(Interpreter.get().gil, s);
        return PyNone.NONE;
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static long threadCpuNanos() { return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }

    static long timeNs() { return dev.gilpy.concurrent.Blocking.wallNanos(Interpreter.get().gil); }

    /** perf_counter/monotonic nanoseconds: virtual under --sched. */
    static long monoNs() { return dev.gilpy.concurrent.Blocking.nanoTime(Interpreter.get().gil, NANO_ORIGIN); }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        m.set("struct_time", STRUCT_TIME);
        m.def("time", (a, k) -> { Args.exact("time", a, k, 0); return new PyFloat(timeNs() / 1e9); });
        m.def("time_ns", (a, k) -> { Args.exact("time_ns", a, k, 0); return PyInt.of(timeNs()); });
        m.def("perf_counter", (a, k) -> new PyFloat(monoNs() / 1e9));
        m.def("perf_counter_ns", (a, k) -> PyInt.of(monoNs()));
        m.def("monotonic", (a, k) -> new PyFloat(monoNs() / 1e9));
        m.def("monotonic_ns", (a, k) -> PyInt.of(monoNs()));
        m.def("process_time", (a, k) -> new PyFloat(processCpuNanos() / 1e9));
        m.def("process_time_ns", (a, k) -> PyInt.of(processCpuNanos()));
        m.def("thread_time", (a, k) -> new PyFloat(threadCpuNanos() / 1e9));
        m.def("thread_time_ns", (a, k) -> PyInt.of(threadCpuNanos()));
        m.def("sleep", TimeModule::sleep);
        m.def("gmtime", (a, k) -> {
            Args.range("gmtime", a, k, 0, 1);
            return fromZoned(instantArg(a, "gmtime").atZone(ZoneOffset.UTC));
        });
        m.def("localtime", (a, k) -> {
            Args.range("localtime", a, k, 0, 1);
            return fromZoned(instantArg(a, "localtime").atZone(ZoneId.systemDefault()));
        });
        m.def("mktime", (a, k) -> {
            Args.exact("mktime", a, k, 1);
            LocalDateTime t = toLocal(a[0]);
            return new PyFloat(t.atZone(ZoneId.systemDefault()).toEpochSecond());
        });
        m.def("strftime", (a, k) -> {
            Args.range("strftime", a, k, 1, 2);
            if (!(a[0] instanceof PyStr fmt)) {
                throw Exc.typeError("strftime() argument 1 must be str, not " + a[0].type().name);
            }
            if (a.length == 1) {
                StructTime st = fromZoned(ZonedDateTime.now());
                return new PyStr(strftime(fmt.value, toLocal(st), st.zone, st.gmtoff));
            }
            String zone = a[1] instanceof StructTime st ? st.zone : null;
            long off = a[1] instanceof StructTime st ? st.gmtoff : 0;
            if (zone == null) {
                ZonedDateTime z = ZonedDateTime.now();
                zone = fromZoned(z).zone;
                off = z.getOffset().getTotalSeconds();
            }
            return new PyStr(strftime(fmt.value, toLocal(a[1]), zone, off));
        });
        m.def("asctime", (a, k) -> {
            Args.range("asctime", a, k, 0, 1);
            LocalDateTime t = a.length == 0 ? LocalDateTime.now() : toLocal(a[0]);
            return new PyStr(strftime("%a %b %e %H:%M:%S %Y", t, null, 0));
        });
        m.def("ctime", (a, k) -> {
            Args.range("ctime", a, k, 0, 1);
            LocalDateTime t = LocalDateTime.ofInstant(instantArg(a, "ctime"), ZoneId.systemDefault());
            return new PyStr(strftime("%a %b %e %H:%M:%S %Y", t, null, 0));
        });
        setZoneConstants(m);
        return m;
    }
}

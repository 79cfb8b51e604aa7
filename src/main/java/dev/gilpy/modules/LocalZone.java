package dev.gilpy.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The local time zone's abbreviations ({@code tm_zone}, {@code time.tzname}) as the C library finds them:
 * the POSIX rule in {@code $TZ}, or the rule at the end of the zone file it names or of {@code /etc/localtime}.
 * Java's own names ({@link TimeZone#getDisplayName}) load locale data, ~50 ms of CPU per process; they are
 * used only when no rule can be read.
 */
final class LocalZone {
    private LocalZone() {}

    /** Standard and daylight-saving abbreviations; the same twice for a zone without DST. */
    static final String STD, DST;

    static {
        String[] names = fromRule(rule());
        if (names == null) {
            TimeZone tz = TimeZone.getDefault();
            names = new String[]{tz.getDisplayName(false, TimeZone.SHORT, Locale.US),
                    tz.getDisplayName(true, TimeZone.SHORT, Locale.US)};
        }
        STD = names[0];
        DST = names[1];
    }

    static String name(boolean dst) { return dst ? DST : STD; }

    /** The POSIX TZ rule in effect, or null. */
    private static String rule() {
        String tz = System.getenv("TZ");
        if (tz == null) return footer(Path.of("/etc/localtime"));
        if (tz.isEmpty()) return "UTC0";                       // glibc: an empty TZ is UTC
        if (tz.startsWith(":")) tz = tz.substring(1);
        Path file = tz.startsWith("/") ? Path.of(tz) : Path.of("/usr/share/zoneinfo", tz);
        if (!tz.contains("..") && Files.isRegularFile(file)) return footer(file);
        return tz;
    }

    /** A TZif file (version 2 and later) ends with its POSIX rule between two newlines. */
    private static String footer(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(1 << 20);
            if (b.length < 6 || b[0] != 'T' || b[1] != 'Z' || b[2] != 'i' || b[3] != 'f' || b[4] < '2') return null;
            if (b[b.length - 1] != '\n') return null;
            int start = b.length - 2;
            while (start >= 0 && b[start] != '\n') start--;
            return start < 0 ? null : new String(b, start + 1, b.length - start - 2, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** "CET-1CEST,M3.5.0,M10.5.0/3" gives CET and CEST; "<+0330>-3:30" gives +0330 twice. */
    static String[] fromRule(String rule) {
        if (rule == null || rule.isEmpty()) return null;
        int[] pos = {0};
        String std = abbreviation(rule, pos);
        if (std == null) return null;
        while (pos[0] < rule.length() && "+-0123456789:".indexOf(rule.charAt(pos[0])) >= 0) pos[0]++;
        String dst = abbreviation(rule, pos);
        return new String[]{std, dst == null ? std : dst};
    }

    private static String abbreviation(String rule, int[] pos) {
        int i = pos[0];
        if (i >= rule.length()) return null;
        if (rule.charAt(i) == '<') {
            int end = rule.indexOf('>', i);
            if (end < 0) return null;
            pos[0] = end + 1;
            return rule.substring(i + 1, end);
        }
        int j = i;
        while (j < rule.length() && Character.isLetter(rule.charAt(j))) j++;
        if (j - i < 3) return null;
        pos[0] = j;
        return rule.substring(i, j);
    }
}

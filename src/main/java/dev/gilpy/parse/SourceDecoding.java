package dev.gilpy.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of Python source given as bytes (a script file, or bytes passed to compile/exec/eval): UTF-8 unless
 * a UTF-8 byte order mark or a coding cookie in the first two lines says otherwise (PEP 263, PEP 3120).
 * CPython: Parser/tokenizer.c check_bom and check_coding_spec.
 */
public final class SourceDecoding {
    private SourceDecoding() {}

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /**
     * Decodes {@code source}; a problem is a SyntaxError {@link ParseError}. {@code undeclared} words the
     * error for bytes that are not UTF-8 and declare nothing (files and strings say it differently in CPython).
     */
    public static String decode(byte[] source, String filename, java.util.function.IntFunction<String> undeclared) {
        int start = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF;
        if (bom) start = 3;
        String declared = cookie(source, start);
        Charset cs = StandardCharsets.UTF_8;
        if (declared != null) {
            String name = normalise(declared);
            if (bom && !name.equals("utf-8")) throw error("encoding problem: " + name + " with BOM", filename, 0);
            cs = charset(name);
            if (cs == null) throw error("unknown encoding: " + declared, filename, 0);
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(source, start, source.length - start)).toString();
        } catch (CharacterCodingException e) {
            int line = 1, bad = start;
            while (bad < source.length && (source[bad] & 0x80) == 0) {
                if (source[bad] == '\n') line++;
                bad++;
            }
            if (declared != null) {
                throw error("(unicode error) '" + normalise(declared) + "' codec can't decode the source", filename, line);
            }
            throw error(undeclared.apply(bad), filename, line);
        }
    }

    /** The coding cookie of line 1, or of line 2 when line 1 is only a comment or blank; null without one. */
    private static String cookie(byte[] b, int start) {
        int end1 = lineEnd(b, start);
        String line1 = new String(b, start, end1 - start, StandardCharsets.ISO_8859_1);
        Matcher m = COOKIE.matcher(line1);
        if (m.find()) return m.group(1);
        String t = line1.strip();
        if (!t.isEmpty() && !t.startsWith("#")) return null;
        if (end1 >= b.length) return null;
        int end2 = lineEnd(b, end1 + 1);
        m = COOKIE.matcher(new String(b, end1 + 1, end2 - end1 - 1, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') i++;
        return i;
    }

    /** CPython's get_normal_name: the spellings of utf-8 and latin-1 it folds together. */
    static String normalise(String name) {
        String n = name.length() > 12 ? name.substring(0, 12) : name;
        n = n.toLowerCase().replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) return "utf-8";
        for (String l : new String[]{"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (n.equals(l) || n.startsWith(l + "-")) return "iso-8859-1";
        }
        return name;
    }

    private static Charset charset(String name) {
        try {
            String n = name.toLowerCase().replace('_', '-');
            if (n.equals("latin1") || n.equals("latin-1")) n = "iso-8859-1";
            if (n.equals("utf8")) n = "utf-8";
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ParseError error(String msg, String filename, int line) {
        return new ParseError("SyntaxError", msg, filename, line, line == 0 ? -1 : 1, null, line, line == 0 ? -1 : 1);
    }
}

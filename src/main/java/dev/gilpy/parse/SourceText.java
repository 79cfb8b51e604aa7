package dev.gilpy.parse;

import java.util.ArrayList;
import java.util.List;

/** The source being parsed, with line lookup for error reports. Lines are 1-based. */
final class SourceText {
    final String source;
    final String filename;
    private final int[] lineStarts;
    /** Where tokenizer warnings go (null: dropped). */
    java.util.List<dev.gilpy.compile.CompileWarning> warnings;

    SourceText(String source, String filename) {
        this.source = source;
        this.filename = filename;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || source.charAt(i + 1) != '\n'))) starts.add(i + 1);
        }
        lineStarts = new int[starts.size()];
        for (int i = 0; i < lineStarts.length; i++) lineStarts[i] = starts.get(i);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The text of line {@code line} including its newline, as CPython's SyntaxError.text shows it. */
    String lineText(int line) {
        if (line < 1 || line > lineStarts.length) return null;
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : source.length();
        return source.substring(start, end);
    }

    /** Line text without the trailing newline (tokenizer errors in CPython show it that way). */
    String lineTextNoNl(int line) {
        String t = lineText(line);
        if (t == null) return null;
        int e = t.length();
        while (e > 0 && (t.charAt(e - 1) == '\n' || t.charAt(e - 1) == '\r')) e--;
        return t.substring(0, e);
    }

    /** Last line that has any content (for "detected at line N"). */
    int lastLine() {
        int n = lineStarts.length;
        if (n > 1 && lineStarts[n - 1] == source.length()) return n - 1;
        return n;
    }

    ParseError error(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new ParseError(kind, msg, filename, line, offset, lineText(line), endLine, endOffset);
    }

    ParseError tokError(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new ParseError(kind, msg, filename, line, offset, lineTextNoNl(line), endLine, endOffset);
    }
}

package dev.gilpy.vm;

import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyExceptionGroup;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyType;
import dev.gilpy.runtime.TracebackEntry;

import java.util.IdentityHashMap;
import java.util.List;

/** Formats an exception the way CPython's traceback module prints it, chained exceptions included. */
public final class Traceback {
    private Traceback() {}

    public static String format(PyBaseException exc, Interpreter interp) {
        Printer p = new Printer(interp);
        p.recursive(exc);
        return p.sb.toString();
    }

    /**
     * CPython 3.11's exception printer (Python/pythonrun.c print_exception_recursive and print_exception_group):
     * chained exceptions first; an exception group's members inside "+-+---- 1 ----" boxes, every line of
     * depth d indented by 2d and, inside a group, behind a "| " margin.
     */
    private static final class Printer {
        static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;
        final Interpreter interp;
        final StringBuilder sb = new StringBuilder();
        final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        int depth;
        /** The closing "+-----" line is still owed by the innermost group being printed. */
        boolean needClose;

        Printer(Interpreter interp) { this.interp = interp; }

        String indent() { return " ".repeat(2 * depth); }

        String margin() { return depth > 0 ? "| " : ""; }

        /** Each line of text (ending in a newline) behind the indent and margin. */
        void lines(String text) {
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                if (nl < 0) nl = text.length();
                sb.append(indent()).append(margin()).append(text, from, nl).append('\n');
                from = nl + 1;
            }
        }

        void recursive(PyBaseException exc) {
            seen.put(exc, Boolean.TRUE);
            if (exc.cause != null && !seen.containsKey(exc.cause)) {
                chained(exc.cause, "The above exception was the direct cause of the following exception:");
            } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
                chained(exc.context, "During handling of the above exception, another exception occurred:");
            }
            if (exc instanceof PyExceptionGroup g) group(g);
            else exception(exc);
        }

        void chained(PyBaseException exc, String message) {
            boolean close = needClose;
            recursive(exc);
            needClose = close;
            lines("\n" + message + "\n\n");
        }

        void exception(PyBaseException exc) {
            StringBuilder entries = new StringBuilder();
            if (appendEntries(entries, exc.traceback(), interp)) {
                boolean group = exc instanceof PyExceptionGroup;
                sb.append(indent()).append(group && depth == 1 ? "+ " : margin())
                        .append(group ? "Exception Group Traceback" : "Traceback").append(" (most recent call last):\n");
                lines(entries.toString());
            }
            lines(formatExceptionOnly(exc, interp));
            lines(notes(exc));
        }

        void group(PyExceptionGroup g) {
            if (depth > MAX_GROUP_DEPTH) {
                lines("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                return;
            }
            if (depth == 0) depth++;
            exception(g);
            PyObject[] excs = g.exceptions.array();
            int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) needClose = true;   // unless a nested group closes both
                boolean truncated = i >= MAX_GROUP_WIDTH;
                sb.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                        .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
                depth++;
                if (!truncated) {
                    recursive((PyBaseException) excs[i]);
                } else {
                    int more = excs.length - MAX_GROUP_WIDTH;
                    lines("and " + more + " more exception" + (more > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    sb.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (depth == 1) depth--;
        }
    }

    /** The lines of exc.__notes__ (add_note), as CPython prints them under the exception. */
    private static String notes(PyBaseException exc) {
        dev.gilpy.runtime.PyDict d = exc.dictOrNull();
        PyObject notes = d == null ? null : d.get(new PyStr("__notes__"));
        if (notes == null) return "";
        StringBuilder sb = new StringBuilder();
        if (notes instanceof dev.gilpy.runtime.PyList || notes instanceof dev.gilpy.runtime.PyTuple) {
            for (PyObject note : Abstract.toArray(notes)) {
                String text;
                try {
                    text = note instanceof PyStr ns ? ns.value : Abstract.strString(note);
                } catch (PyException e) {
                    text = "<note str() failed>";
                }
                sb.append(text).append('\n');
            }
        } else {
            String text;
            try {
                text = Abstract.reprString(notes);
            } catch (PyException e) {
                text = "<__notes__ repr() failed>";
            }
            sb.append(text).append('\n');
        }
        return sb.toString();
    }

    /**
     * "Traceback (most recent call last):" and the entries (outermost first) as CPython's PyTraceBack_Print
     * writes them: only the innermost sys.tracebacklimit, repeated lines folded; nothing for no entries.
     */
    private static void appendTraceback(StringBuilder sb, List<TracebackEntry> tb, Interpreter interp) {
        StringBuilder entries = new StringBuilder();
        if (appendEntries(entries, tb, interp)) sb.append("Traceback (most recent call last):\n").append(entries);
    }

    /** The entries of a traceback; false when there are none to print. */
    private static boolean appendEntries(StringBuilder sb, List<TracebackEntry> tb, Interpreter interp) {
        long limit = tracebackLimit(interp);
        if (tb.isEmpty() || limit <= 0) return false;
        if (tb.size() > limit) tb = tb.subList(tb.size() - (int) limit, tb.size());
        TracebackEntry prev = null;
        int repeat = 0;
        for (TracebackEntry e : tb) {
            if (e.sameLine(prev)) {
                repeat++;
                if (repeat >= 3) continue;
            } else {
                flushRepeats(sb, repeat);
                repeat = 0;
            }
            prev = e;
            appendEntry(sb, e, interp);
        }
        flushRepeats(sb, repeat);
        return true;
    }

    /** "Traceback (most recent call last):" and the entries of a stack (outermost first). */
    public static String formatStack(List<TracebackEntry> stack, Interpreter interp) {
        StringBuilder sb = new StringBuilder();
        appendTraceback(sb, stack, interp);
        return sb.toString();
    }

    /** CPython's default limit of printed traceback entries (PyTraceBack_LIMIT). */
    private static final long DEFAULT_LIMIT = 1000;

    /** sys.tracebacklimit when it is an int (at most 0: no entries at all), else 1000, as CPython. */
    private static long tracebackLimit(Interpreter interp) {
        PyObject v = interp == null ? null : interp.sysAttr("tracebacklimit");
        if (!(v instanceof PyInt i)) return DEFAULT_LIMIT;
        if (i.isBig()) return i.signum() > 0 ? Long.MAX_VALUE : 0;
        return i.value;
    }

    private static void flushRepeats(StringBuilder sb, int repeat) {
        if (repeat >= 3) {
            int more = repeat - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    private static void appendEntry(StringBuilder sb, TracebackEntry e, Interpreter interp) {
        sb.append("  File \"").append(e.filename()).append("\", line ").append(e.lineno()).append(", in ")
                .append(e.name()).append('\n');
        String line = interp.sourceLine(e.filename(), e.lineno());
        if (line != null && !line.isBlank()) {
            sb.append("    ").append(line.strip()).append('\n');
            String carets = caretLine(line, e.lineno(), e.endLineno(), e.col(), e.endCol());
            if (carets != null) sb.append("    ").append(carets).append('\n');
        }
    }

    /**
     * The PEP 657 indicator line under a source line (without the 4-space margin), or null when CPython 3.11
     * prints none (Python/traceback.c: display_source_line_with_margin, extract_anchors_from_line).
     */
    public static String caretLine(String line, int lineno, int endLineno, int col, int endCol) {
        if (col < 0 || endCol < 0 || endLineno < lineno) return null;
        String text = line.replaceAll("[\\s]+$", "");
        int indent = 0;
        while (indent < text.length() && isWs(text.charAt(indent))) indent++;
        int strippedLen = text.length() - indent;
        int start = Math.min(col, text.length());
        int end;
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (lineno == endLineno) {
            end = Math.min(endCol, text.length());
            if (end < start) return null;
            int[] anchors = anchors(text.substring(start, end));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
                secondary = '^';
            }
        } else {
            end = text.length();
        }
        boolean special = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLen && !special) return null;
        StringBuilder sb = new StringBuilder();
        for (int offset = indent + 1; offset <= end; offset++) {
            if (offset <= start) sb.append(' ');
            else if (special && leftEnd < offset && offset <= rightStart) sb.append(secondary);
            else sb.append(primary);
        }
        return sb.toString();
    }

    private static boolean isWs(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

    /** {leftEnd, rightStart} within the segment for a lone BinOp or Subscript expression, else null. */
    private static int[] anchors(String segment) {
        dev.gilpy.ast.Mod mod;
        try {
            mod = dev.gilpy.parse.Parsing.parse(segment, "<traceback>", dev.gilpy.parse.Parsing.Mode.FILE);
        } catch (RuntimeException | StackOverflowError ex) {
            return null;
        }
        if (!(mod instanceof dev.gilpy.ast.Mod.Module m) || m.body().size() != 1
                || !(m.body().get(0) instanceof dev.gilpy.ast.Stmt.ExprStmt es)) return null;
        if (es.value() instanceof dev.gilpy.ast.Expr.BinOp b) {
            if (b.left().pos().endLine() != 1 || b.right().pos().line() != 1) return null;
            int left = -1, right = -1;
            int rc = Math.min(b.right().pos().col(), segment.length());
            for (int i = b.left().pos().endCol(); i < rc; i++) {
                if (isWs(segment.charAt(i))) continue;
                left = i;
                right = i + 1;
                if (i + 1 < rc && !isWs(segment.charAt(i + 1))) right++;
                if (i + 1 < rc && segment.charAt(i) == ')') continue;
                break;
            }
            if (left < 0) return null;
            return new int[] {left, right};
        }
        if (es.value() instanceof dev.gilpy.ast.Expr.Subscript sub) {
            if (sub.value().pos().endLine() != 1 || sub.slice().pos().endLine() != 1) return null;
            int left = sub.value().pos().endCol();
            int right = sub.slice().pos().endCol() + 1;
            int n = segment.length();
            while (left < n && segment.charAt(left) != '[') left++;
            while (right < n && segment.charAt(right) != ']') right++;
            if (right < n) right++;
            return new int[] {left, right};
        }
        return null;
    }

    /** The last line(s): "TypeError: message", or the SyntaxError block with its caret. */
    public static String formatExceptionOnly(PyBaseException exc, Interpreter interp) {
        PyType t = exc.type();
        String name = typeName(t);
        if (t.isSubtypeOf(Exc.SyntaxError)) {
            StringBuilder sb = new StringBuilder();
            var d = exc.getDict();
            PyObject file = d.get(new PyStr("filename")), line = d.get(new PyStr("lineno"));
            PyObject text = d.get(new PyStr("text")), offset = d.get(new PyStr("offset"));
            PyObject endOffset = d.get(new PyStr("end_offset"));
            PyObject msg = d.get(new PyStr("msg"));
            if (file instanceof PyStr f && line instanceof PyInt ln) {
                sb.append("  File \"").append(f.value).append("\", line ").append(ln.value).append('\n');
                if (text instanceof PyStr tx) {
                    String raw = tx.value.replaceAll("[\\r\\n]+$", "");
                    String stripped = raw.stripLeading();
                    int cut = raw.length() - stripped.length();
                    sb.append("    ").append(stripped).append('\n');
                    // CPython: Lib/traceback.py TracebackException._format_syntax_error
                    if (offset instanceof PyInt off) {
                        long o = off.value;
                        long e = endOffset instanceof PyInt eo && eo.value != 0 ? eo.value : o;
                        if (o == e || e == -1) e = o + 1;
                        long col = o - 1 - cut, endCol = e - 1 - cut;
                        if (col >= 0) {
                            StringBuilder caret = new StringBuilder("    ");
                            for (int i = 0; i < col && i < stripped.length(); i++) {
                                caret.append(Character.isWhitespace(stripped.charAt(i)) ? stripped.charAt(i) : ' ');
                            }
                            caret.append("^".repeat((int) Math.max(1, endCol - col)));
                            sb.append(caret).append('\n');
                        }
                    }
                }
            }
            if (msg == null) msg = exc.type().lookup("msg");
            String m = msg instanceof PyStr ms ? ms.value : msg == null || msg == PyNone.NONE ? "<no detail available>"
                    : Abstract.strString(msg);
            sb.append(name).append(": ").append(m).append('\n');
            return sb.toString();
        }
        String s;
        try {
            s = Abstract.strString(exc);
        } catch (PyException e) {
            s = "<exception str() failed>";
        }
        String hint = Suggestions.forException(exc, interp);
        if (hint != null) s += ". Did you mean: '" + hint + "'?";
        return s.isEmpty() ? name + "\n" : name + ": " + s + "\n";
    }

    static String typeName(PyType t) {
        String mod = t.module;
        if (mod.equals("builtins") || mod.equals("__main__")) return t.qualname;
        return mod + "." + t.qualname;
    }
}

package dev.gilpy.parse;

import dev.gilpy.ast.Pos;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;

/** Compact, position-free rendering of AST nodes for shape assertions: {@code Name(x, LOAD)}. */
final class AstDump {
    private AstDump() { }

    static String of(Object o) {
        if (o == null) return "null";
        if (o instanceof String s) return "'" + s + "'";
        if (o instanceof byte[] b) return "b'" + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
        if (o instanceof List<?> l) return l.stream().map(AstDump::of).collect(Collectors.joining(", ", "[", "]"));
        if (o instanceof Pos p) return p.line() + ":" + p.col() + "-" + p.endLine() + ":" + p.endCol();
        if (o instanceof Record r) {
            StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('(');
            boolean first = true;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals("pos")) continue;
                if (!first) sb.append(", ");
                first = false;
                try {
                    sb.append(of(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return sb.append(')').toString();
        }
        if (o instanceof Integer i && i >= 97 && i <= 122) return "'" + (char) (int) i + "'";
        return String.valueOf(o);
    }
}

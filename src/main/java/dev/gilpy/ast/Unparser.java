package dev.gilpy.ast;

import dev.gilpy.text.Reprs;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expression source from an AST, as CPython 3.11's {@code ast.unparse} writes it (Lib/ast.py, class
 * _Unparser): minimal, precedence-aware parentheses. Used for PEP 563 string annotations.
 */
public final class Unparser {
    // Lib/ast.py: class _Precedence
    static final int NAMED_EXPR = 1, TUPLE = 2, YIELD = 3, TEST = 4, OR = 5, AND = 6, NOT = 7, CMP = 8,
            EXPR = 9, BOR = 9, BXOR = 10, BAND = 11, SHIFT = 12, ARITH = 13, TERM = 14, FACTOR = 15, POWER = 16,
            AWAIT = 17, ATOM = 18;

    private final StringBuilder out = new StringBuilder();
    private final Map<Expr, Integer> precedences = new IdentityHashMap<>();

    private Unparser() {}

    /** {@code ast.unparse(e)} for an expression. */
    public static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.traverse(e);
        return u.out.toString();
    }

    private static int next(int p) { return Math.min(p + 1, ATOM); }

    private int prec(Expr e) { return precedences.getOrDefault(e, TEST); }

    private void setPrec(int p, Expr... es) { for (Expr e : es) if (e != null) precedences.put(e, p); }

    private void setPrec(int p, List<Expr> es) { for (Expr e : es) if (e != null) precedences.put(e, p); }

    private void write(String s) { out.append(s); }

    private boolean open(int p, Expr e) {
        boolean paren = prec(e) > p;
        if (paren) write("(");
        return paren;
    }

    private void close(boolean paren) { if (paren) write(")"); }

    private void itemsView(List<Expr> elts) {
        if (elts.size() == 1) {
            traverse(elts.get(0));
            write(",");
        } else {
            interleave(elts);
        }
    }

    private void interleave(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) write(", ");
            traverse(elts.get(i));
        }
    }

    private void traverse(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                boolean p = open(NAMED_EXPR, n);
                setPrec(ATOM, n.target(), n.value());
                traverse(n.target());
                write(" := ");
                traverse(n.value());
                close(p);
            }
            case Expr.Name n -> write(n.id());
            case Expr.Constant c -> constant(c.value());
            case Expr.TupleExpr t -> {
                boolean p = t.elts().isEmpty() || prec(t) > TUPLE;
                if (p) write("(");
                itemsView(t.elts());
                if (p) write(")");
            }
            case Expr.ListExpr l -> {
                write("[");
                interleave(l.elts());
                write("]");
            }
            case Expr.SetExpr s -> {
                if (s.elts().isEmpty()) {
                    write("{*()}");
                } else {
                    write("{");
                    interleave(s.elts());
                    write("}");
                }
            }
            case Expr.DictExpr d -> {
                write("{");
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) write(", ");
                    Expr k = d.keys().get(i), v = d.values().get(i);
                    if (k == null) {
                        write("**");
                        setPrec(EXPR, v);
                        traverse(v);
                    } else {
                        traverse(k);
                        write(": ");
                        traverse(v);
                    }
                }
                write("}");
            }
            case Expr.UnaryOp u -> {
                String op = switch (u.op()) {
                    case INVERT -> "~";
                    case NOT -> "not";
                    case UADD -> "+";
                    case USUB -> "-";
                };
                int opPrec = u.op() == UnaryOperator.NOT ? NOT : FACTOR;
                boolean p = open(opPrec, u);
                write(op);
                if (opPrec != FACTOR) write(" ");
                setPrec(opPrec, u.operand());
                traverse(u.operand());
                close(p);
            }
            case Expr.BinOp b -> {
                int opPrec = switch (b.op()) {
                    case ADD, SUB -> ARITH;
                    case MULT, MATMULT, DIV, MOD, FLOORDIV -> TERM;
                    case LSHIFT, RSHIFT -> SHIFT;
                    case BITOR -> BOR;
                    case BITXOR -> BXOR;
                    case BITAND -> BAND;
                    case POW -> POWER;
                };
                boolean p = open(opPrec, b);
                boolean rassoc = b.op() == Operator.POW;
                setPrec(rassoc ? next(opPrec) : opPrec, b.left());
                traverse(b.left());
                write(" " + b.op().symbol + " ");
                setPrec(rassoc ? opPrec : next(opPrec), b.right());
                traverse(b.right());
                close(p);
            }
            case Expr.Compare c -> {
                boolean p = open(CMP, c);
                setPrec(next(CMP), c.left());
                setPrec(next(CMP), c.comparators());
                traverse(c.left());
                for (int i = 0; i < c.ops().size(); i++) {
                    write(" " + cmpop(c.ops().get(i)) + " ");
                    traverse(c.comparators().get(i));
                }
                close(p);
            }
            case Expr.BoolOp b -> {
                int opPrec = b.op() == BoolOperator.AND ? AND : OR;
                boolean p = open(opPrec, b);
                String s = b.op() == BoolOperator.AND ? " and " : " or ";
                int level = opPrec;
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) write(s);
                    level = next(level);
                    setPrec(level, b.values().get(i));
                    traverse(b.values().get(i));
                }
                close(p);
            }
            case Expr.Attribute a -> {
                setPrec(ATOM, a.value());
                traverse(a.value());
                if (a.value() instanceof Expr.Constant k && (k.value() instanceof Long || k.value() instanceof BigInteger)) {
                    write(" ");
                }
                write(".");
                write(a.attr());
            }
            case Expr.Call c -> {
                setPrec(ATOM, c.func());
                traverse(c.func());
                write("(");
                boolean comma = false;
                for (Expr a : c.args()) {
                    if (comma) write(", ");
                    comma = true;
                    traverse(a);
                }
                for (Keyword k : c.keywords()) {
                    if (comma) write(", ");
                    comma = true;
                    if (k.name() == null) write("**");
                    else write(k.name() + "=");
                    traverse(k.value());
                }
                write(")");
            }
            case Expr.Subscript s -> {
                setPrec(ATOM, s.value());
                traverse(s.value());
                write("[");
                if (s.slice() instanceof Expr.TupleExpr t && !t.elts().isEmpty()) itemsView(t.elts());
                else traverse(s.slice());
                write("]");
            }
            case Expr.Starred s -> {
                write("*");
                setPrec(EXPR, s.value());
                traverse(s.value());
            }
            case Expr.Slice s -> {
                if (s.lower() != null) traverse(s.lower());
                write(":");
                if (s.upper() != null) traverse(s.upper());
                if (s.step() != null) {
                    write(":");
                    traverse(s.step());
                }
            }
            case Expr.IfExp i -> {
                boolean p = open(TEST, i);
                setPrec(next(TEST), i.body(), i.test());
                traverse(i.body());
                write(" if ");
                traverse(i.test());
                write(" else ");
                setPrec(TEST, i.orelse());
                traverse(i.orelse());
                close(p);
            }
            case Expr.Lambda l -> {
                boolean p = open(TEST, l);
                write("lambda");
                int mark = out.length();
                arguments(l.args());
                if (out.length() > mark) out.insert(mark, " ");
                write(": ");
                setPrec(TEST, l.body());
                traverse(l.body());
                close(p);
            }
            case Expr.Yield y -> {
                boolean p = open(YIELD, y);
                write("yield");
                if (y.value() != null) {
                    write(" ");
                    setPrec(ATOM, y.value());
                    traverse(y.value());
                }
                close(p);
            }
            case Expr.Await a -> {
                boolean p = open(AWAIT, a);
                write("await ");
                setPrec(ATOM, a.value());
                traverse(a.value());
                close(p);
            }
            case Expr.YieldFrom y -> {
                boolean p = open(YIELD, y);
                write("yield from ");
                setPrec(ATOM, y.value());
                traverse(y.value());
                close(p);
            }
            case Expr.ListComp c -> {
                write("[");
                traverse(c.elt());
                comprehensions(c.generators());
                write("]");
            }
            case Expr.SetComp c -> {
                write("{");
                traverse(c.elt());
                comprehensions(c.generators());
                write("}");
            }
            case Expr.GeneratorExp c -> {
                write("(");
                traverse(c.elt());
                comprehensions(c.generators());
                write(")");
            }
            case Expr.DictComp c -> {
                write("{");
                traverse(c.key());
                write(": ");
                traverse(c.value());
                comprehensions(c.generators());
                write("}");
            }
            case Expr.JoinedStr j -> fstring(j);
            case Expr.FormattedValue f -> fstring(new Expr.JoinedStr(f.pos(), List.of(f)));
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            write(g.isAsync() ? " async for " : " for ");
            setPrec(TUPLE, g.target());
            traverse(g.target());
            write(" in ");
            setPrec(next(TEST), g.iter());
            setPrec(next(TEST), g.ifs());
            traverse(g.iter());
            for (Expr cond : g.ifs()) {
                write(" if ");
                traverse(cond);
            }
        }
    }

    private void arguments(Arguments a) {
        boolean first = true;
        List<Arg> all = new java.util.ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        int nodefault = all.size() - a.defaults().size();
        for (int i = 0; i < all.size(); i++) {
            if (first) first = false;
            else write(", ");
            arg(all.get(i));
            if (i >= nodefault) {
                write("=");
                traverse(a.defaults().get(i - nodefault));
            }
            if (i + 1 == a.posonlyargs().size()) write(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (first) first = false;
            else write(", ");
            write("*");
            if (a.vararg() != null) arg(a.vararg());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            write(", ");
            arg(a.kwonlyargs().get(i));
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (d != null) {
                write("=");
                traverse(d);
            }
        }
        if (a.kwarg() != null) {
            if (!first) write(", ");
            write("**");
            arg(a.kwarg());
        }
    }

    private void arg(Arg a) {
        write(a.name());
        if (a.annotation() != null) {
            write(": ");
            traverse(a.annotation());
        }
    }

    private static String cmpop(CmpOperator op) {
        return switch (op) {
            case EQ -> "==";
            case NOT_EQ -> "!=";
            case LT -> "<";
            case LT_E -> "<=";
            case GT -> ">";
            case GT_E -> ">=";
            case IS -> "is";
            case IS_NOT -> "is not";
            case IN -> "in";
            case NOT_IN -> "not in";
        };
    }

    private void constant(Object v) {
        switch (v) {
            case null -> write("None");
            case Boolean b -> write(b ? "True" : "False");
            case Long l -> write(l.toString());
            case BigInteger b -> write(b.toString());
            case Double d -> write(Reprs.floatRepr(d).replace("inf", "1e309"));
            case Expr.Complex c -> write(Reprs.complexRepr(c.real(), c.imag()).replace("inf", "1e309"));
            case String s -> write(Reprs.strRepr(s));
            case byte[] b -> write(Reprs.bytesRepr(b));
            case Expr.Ellipsis e -> write("...");
            default -> write(String.valueOf(v));
        }
    }

    // ---------------------------------------------------------------- f-strings (Lib/ast.py, 3.11)

    private void fstring(Expr.JoinedStr j) {
        write("f");
        List<String> quotes = new java.util.ArrayList<>(List.of("'", "\"", "\"\"\"", "'''"));
        StringBuilder body = new StringBuilder();
        for (Expr v : j.values()) {
            Unparser inner = new Unparser();
            inner.fstringInner(v);
            String text = inner.out.toString();
            body.append(strLiteralHelper(text, quotes, v instanceof Expr.Constant));
        }
        String q = quotes.get(0);
        write(q + body + q);
    }

    private void fstringInner(Expr v) {
        switch (v) {
            case Expr.JoinedStr j -> { for (Expr x : j.values()) fstringInner(x); }
            case Expr.Constant c when c.value() instanceof String s -> write(s.replace("{", "{{").replace("}", "}}"));
            case Expr.FormattedValue f -> {
                Unparser inner = new Unparser();
                inner.setPrec(next(TEST), f.value());
                inner.traverse(f.value());
                String expr = inner.out.toString();
                write("{");
                if (expr.startsWith("{")) write(" ");
                write(expr);
                if (f.conversion() != -1) write("!" + (char) f.conversion());
                if (f.formatSpec() != null) {
                    write(":");
                    fstringInner(f.formatSpec());
                }
                write("}");
            }
            default -> traverse(v);
        }
    }

    /** Lib/ast.py _str_literal_helper: escapes and narrows the possible quote types. */
    private static String strLiteralHelper(String s, List<String> quotes, boolean escapeSpecialWhitespace) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || (escapeSpecialWhitespace && (c == '\n' || c == '\t')) || (c < 0x20 && c != '\n' && c != '\t')
                    || c == 0x7f) {
                String r = Reprs.strRepr(String.valueOf(c));
                sb.append(r, 1, r.length() - 1);
            } else {
                sb.append(c);
            }
        }
        String escaped = sb.toString();
        List<String> possible = new java.util.ArrayList<>();
        for (String q : quotes) {
            if (escaped.contains("\n") && q.length() != 3) continue;
            if (!escaped.contains(q)) possible.add(q);
        }
        if (possible.isEmpty()) {
            String r = Reprs.strRepr(s);
            String q0 = quotes.stream().filter(q -> q.indexOf(r.charAt(0)) >= 0).findFirst()
                    .orElse(String.valueOf(r.charAt(0)));
            quotes.clear();
            quotes.add(q0);
            return r.substring(1, r.length() - 1);
        }
        if (!escaped.isEmpty()) {
            char last = escaped.charAt(escaped.length() - 1);
            possible.sort((a, b) -> Boolean.compare(a.charAt(0) == last, b.charAt(0) == last));
            if (possible.get(0).charAt(0) == last) {
                escaped = escaped.substring(0, escaped.length() - 1) + "\\" + last;
            }
        }
        quotes.clear();
        quotes.addAll(possible);
        return escaped;
    }
}

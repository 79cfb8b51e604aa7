package dev.gilpy.ast;

import java.util.List;

/** Expressions, named and shaped after CPython's ast module. {@code ctx} says load, store or delete. */
public sealed interface Expr extends Node {
    record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {}
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}
    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}
    /** keys.get(i) == null means {@code **values.get(i)}. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}
    record SetExpr(Pos pos, List<Expr> elts) implements Expr {}
    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record Await(Pos pos, Expr value) implements Expr {}
    record Yield(Pos pos, Expr value) implements Expr {}              // value may be null
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    record Compare(Pos pos, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {}
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}
    /** conversion: -1 none, 's', 'r' or 'a'; formatSpec may be null (else a JoinedStr). */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}
    /** value is one of: null (None), Boolean, Long or BigInteger (int), Double (float), String (str),
     *  byte[] (bytes), Complex (complex), Ellipsis.INSTANCE. */
    record Constant(Pos pos, Object value) implements Expr {}
    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}
    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}
    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}
    record Name(Pos pos, String id, Ctx ctx) implements Expr {}
    record ListExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    record TupleExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}  // each may be null

    /** A complex value inside a Constant: an imaginary literal ({@code 2j} is {@code Complex(0.0, 2.0)}) or a folded {@code -2j}. */
    record Complex(double real, double imag) {}

    /** The {@code ...} literal's value inside a Constant. */
    enum Ellipsis { INSTANCE }
}

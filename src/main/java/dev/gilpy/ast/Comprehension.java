package dev.gilpy.ast;

import java.util.List;

public record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node {}

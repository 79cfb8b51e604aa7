package dev.gilpy.ast;

import java.util.List;

/** The root of a parse: a module (file or -c string), an interactive line, or a lone expression (eval). */
public sealed interface Mod extends Node {
    record Module(Pos pos, List<Stmt> body) implements Mod {}
    record Interactive(Pos pos, List<Stmt> body) implements Mod {}
    record Expression(Pos pos, Expr body) implements Mod {}
}

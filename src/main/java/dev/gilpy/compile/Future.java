package dev.gilpy.compile;

import dev.gilpy.ast.Alias;
import dev.gilpy.ast.Expr;
import dev.gilpy.ast.Mod;
import dev.gilpy.ast.Stmt;

import java.util.List;

/**
 * The {@code from __future__ import ...} statements at the top of a module (CPython: Python/future.c).
 * The compiler never imports the runtime module {@code __future__}; it only reads the statements.
 */
public record Future(boolean annotations, int lineno) {
    public static final Future NONE = new Future(false, -1);

    private static final List<String> KNOWN = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /** @throws CompileError for an unknown feature or a late future import on the same line as other code */
    public static Future parse(Mod mod, String filename) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            case Mod.Expression m -> List.of();
        };
        boolean done = false, docstring = false, annotations = false;
        int prevLine = 0, lineno = -1;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            int line = s.pos().line();
            if (done && line > prevLine) break;
            prevLine = line;
            if (s instanceof Stmt.ImportFrom f) {
                if ("__future__".equals(f.module())) {
                    if (done) throw at("from __future__ imports must occur at the beginning of the file", filename, s, 0);
                    for (Alias a : f.names()) {
                        if (a.name().equals("annotations")) annotations = true;
                        else if (a.name().equals("braces")) throw at("not a chance", filename, s, 1);
                        else if (!KNOWN.contains(a.name())) {
                            throw at("future feature " + a.name() + " is not defined", filename, s, 1);
                        }
                    }
                    lineno = line;
                } else {
                    done = true;
                }
            } else if (i == 0 && !docstring && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                docstring = true;
            } else {
                done = true;
            }
        }
        return new Future(annotations, lineno);
    }

    /** CPython 3.11 reports col_offset + 1 for feature errors but col_offset for a late import. */
    private static CompileError at(String msg, String filename, Stmt s, int plus) {
        int line = s.pos().line(), off = Math.max(1, s.pos().col() + plus);
        return new CompileError("SyntaxError", msg, filename, line, off, line, off);
    }
}

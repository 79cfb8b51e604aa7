package dev.gilpy.compile.symtable;

import dev.gilpy.ast.*;
import dev.gilpy.compile.CompileError;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.gilpy.compile.symtable.Scope.*;

/**
 * The symbol table of one module, built in CPython's two passes (Python/symtable.c): first collect the
 * definition flags of every name per block, then {@link #analyze} classifies each name as LOCAL,
 * GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, FREE or CELL.
 */
public final class SymbolTable {
    public final Scope top;
    private final Map<Node, Scope> byNode;

    private SymbolTable(Scope top, Map<Node, Scope> byNode) {
        this.top = top;
        this.byNode = byNode;
    }

    /** The block a FunctionDef, ClassDef, Lambda, comprehension or Mod node opens. */
    public Scope scopeOf(Node node) {
        Scope s = byNode.get(node);
        if (s == null) throw new IllegalArgumentException("no scope for " + node.getClass().getSimpleName());
        return s;
    }

    public static SymbolTable build(Mod mod, String filename) { return build(mod, filename, false); }

    /** futureAnnotations: PEP 563, annotations are strings and their names are not referenced. */
    public static SymbolTable build(Mod mod, String filename, boolean futureAnnotations) {
        Builder b = new Builder(filename);
        b.futureAnnotations = futureAnnotations;
        Scope top = b.enter("top", Kind.MODULE, mod, false, false, null);
        switch (mod) {
            case Mod.Module m -> b.stmts(m.body());
            case Mod.Interactive m -> b.stmts(m.body());
            case Mod.Expression m -> b.expr(m.body());
        }
        b.stack.pop();
        b.analyze(top, null, new HashSet<>());
        freezeAll(top);
        return new SymbolTable(top, b.byNode);
    }

    private static void freezeAll(Scope s) {
        for (Scope c : s.children) freezeAll(c);
        s.freeze();
    }

    // ---------------------------------------------------------------- pass 1: collect
    private static final class Builder {
        final String filename;
        boolean futureAnnotations;
        final Deque<Scope> stack = new ArrayDeque<>();
        final Map<Node, Scope> byNode = new IdentityHashMap<>();
        /** Set while visiting a comprehension's iteration target (CPython: ste_comp_iter_target). */
        boolean compIterTarget;
        Scope top;

        Builder(String filename) { this.filename = filename; }

        Scope cur() { return stack.peek(); }

        CompileError error(String msg, Pos pos) { return CompileError.syntax(msg, filename, pos); }

        Scope enter(String name, Kind kind, Node node, boolean lambda, boolean comp, String privateName) {
            Scope parent = stack.peek();
            boolean nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
            Scope s = new Scope(name, kind, node, lambda, comp, privateName, nested);
            if (parent == null) top = s;
            if (parent != null) parent.children.add(s);
            byNode.put(node, s);
            stack.push(s);
            return s;
        }

        String privateName() { return stack.isEmpty() ? null : cur().privateName; }

        void addDef(String name, int flag, Pos pos) { addDef(cur(), name, flag, pos); }

        // CPython: symtable_add_def_helper
        void addDef(Scope s, String rawName, int flag, Pos pos) {
            String name = s.mangle(rawName);
            int old = s.flags.getOrDefault(name, 0);
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", pos);
            }
            s.flags.put(name, old | flag);
            if ((flag & DEF_PARAM) != 0) s.params.add(name);
            // CPython also records every global declaration in the module's symbols (st_global), so the
            // module-level name becomes an explicit global too.
            if ((flag & DEF_GLOBAL) != 0 && s != top) top.flags.merge(name, DEF_GLOBAL, (a, b) -> a | b);
        }

        int lookup(String name) { return cur().flags.getOrDefault(cur().mangle(name), 0); }

        void stmts(List<Stmt> body) { for (Stmt s : body) stmt(s); }

        void exprs(List<Expr> es) { for (Expr e : es) if (e != null) expr(e); }

        void stmt(Stmt st) {
            switch (st) {
                case Stmt.FunctionDef f -> {
                    addDef(f.name(), DEF_LOCAL, f.pos());
                    defaults(f.args());
                    annotations(f.args(), f.returns());
                    exprs(f.decorators());
                    enter(f.name(), Kind.FUNCTION, f, false, false, privateName());
                    params(f.args());
                    stmts(f.body());
                    stack.pop();
                }
                case Stmt.AsyncFunctionDef f -> {
                    addDef(f.name(), DEF_LOCAL, f.pos());
                    defaults(f.args());
                    annotations(f.args(), f.returns());
                    exprs(f.decorators());
                    Scope s = enter(f.name(), Kind.FUNCTION, f, false, false, privateName());
                    s.coroutine = true;
                    s.asyncFunction = true;
                    params(f.args());
                    stmts(f.body());
                    stack.pop();
                }
                case Stmt.ClassDef c -> {
                    addDef(c.name(), DEF_LOCAL, c.pos());
                    exprs(c.bases());
                    for (Keyword k : c.keywords()) expr(k.value());
                    exprs(c.decorators());
                    enter(c.name(), Kind.CLASS, c, false, false, c.name());
                    stmts(c.body());
                    stack.pop();
                }
                case Stmt.Return r -> { if (r.value() != null) expr(r.value()); }
                case Stmt.Delete d -> exprs(d.targets());
                case Stmt.Assign a -> { exprs(a.targets()); expr(a.value()); }
                case Stmt.AugAssign a -> { expr(a.target()); expr(a.value()); }
                case Stmt.AnnAssign a -> {
                    if (a.target() instanceof Expr.Name n) {
                        addDef(n.id(), DEF_LOCAL, n.pos());
                    } else {
                        expr(a.target());
                    }
                    if (cur().kind != Kind.FUNCTION && !futureAnnotations) expr(a.annotation());
                    if (a.value() != null) expr(a.value());
                }
                case Stmt.For f -> { expr(f.target()); expr(f.iter()); stmts(f.body()); stmts(f.orelse()); }
                case Stmt.AsyncFor f -> { expr(f.target()); expr(f.iter()); stmts(f.body()); stmts(f.orelse()); }
                case Stmt.While w -> { expr(w.test()); stmts(w.body()); stmts(w.orelse()); }
                case Stmt.If i -> { expr(i.test()); stmts(i.body()); stmts(i.orelse()); }
                case Stmt.With w -> {
                    for (WithItem it : w.items()) {
                        expr(it.contextExpr());
                        if (it.optionalVars() != null) expr(it.optionalVars());
                    }
                    stmts(w.body());
                }
                case Stmt.AsyncWith w -> {
                    for (WithItem it : w.items()) {
                        expr(it.contextExpr());
                        if (it.optionalVars() != null) expr(it.optionalVars());
                    }
                    stmts(w.body());
                }
                case Stmt.Raise r -> { if (r.exc() != null) expr(r.exc()); if (r.cause() != null) expr(r.cause()); }
                case Stmt.Try t -> {
                    stmts(t.body());
                    stmts(t.orelse());
                    for (ExceptHandler h : t.handlers()) {
                        if (h.type() != null) expr(h.type());
                        if (h.name() != null) addDef(h.name(), DEF_LOCAL, h.pos());
                        stmts(h.body());
                    }
                    stmts(t.finalbody());
                }
                case Stmt.TryStar t -> {
                    stmts(t.body());
                    stmts(t.orelse());
                    for (ExceptHandler h : t.handlers()) {
                        expr(h.type());
                        if (h.name() != null) addDef(h.name(), DEF_LOCAL, h.pos());
                        stmts(h.body());
                    }
                    stmts(t.finalbody());
                }
                case Stmt.Assert a -> { expr(a.test()); if (a.msg() != null) expr(a.msg()); }
                case Stmt.Import i -> { for (Alias a : i.names()) importAlias(a, st.pos()); }
                case Stmt.ImportFrom i -> { for (Alias a : i.names()) importAlias(a, st.pos()); }
                case Stmt.Global g -> directive(g.names(), g.pos(), true);
                case Stmt.Nonlocal n -> directive(n.names(), n.pos(), false);
                case Stmt.ExprStmt e -> expr(e.value());
                case Stmt.Pass p -> { }
                case Stmt.Break b -> { }
                case Stmt.Continue c -> { }
            }
        }

        // CPython: symtable_visit_alias
        void importAlias(Alias a, Pos stmtPos) {
            String store = a.asname() != null ? a.asname() : a.name();
            int dot = store.indexOf('.');
            if (dot >= 0) store = store.substring(0, dot);
            if (store.equals("*")) {
                if (cur().kind != Kind.MODULE) throw error("import * only allowed at module level", stmtPos);
                return;
            }
            addDef(store, DEF_IMPORT, a.pos());
        }

        // CPython: symtable_visit_stmt, Global_kind and Nonlocal_kind
        void directive(List<String> names, Pos pos, boolean global) {
            String what = global ? "global" : "nonlocal";
            for (String name : names) {
                int cur = lookup(name);
                if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_IMPORT)) != 0) {
                    String msg;
                    if ((cur & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + what;
                    else if ((cur & USE) != 0) msg = "name '" + name + "' is used prior to " + what + " declaration";
                    else msg = "name '" + name + "' is assigned to before " + what + " declaration";
                    throw error(msg, pos);
                }
                addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, pos);
                cur().directives.putIfAbsent(cur().mangle(name), pos);
            }
        }

        void defaults(Arguments a) {
            exprs(a.defaults());
            exprs(a.kwDefaults());
        }

        void annotations(Arguments a, Expr returns) {
            if (futureAnnotations) return;
            for (List<Arg> l : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
                for (Arg arg : l) if (arg.annotation() != null) expr(arg.annotation());
            }
            if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
            if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
            if (returns != null) expr(returns);
        }

        // CPython: symtable_visit_params, in co_varnames order
        void params(Arguments a) {
            for (Arg arg : a.posonlyargs()) addDef(arg.name(), DEF_PARAM, arg.pos());
            for (Arg arg : a.args()) addDef(arg.name(), DEF_PARAM, arg.pos());
            for (Arg arg : a.kwonlyargs()) addDef(arg.name(), DEF_PARAM, arg.pos());
            if (a.vararg() != null) addDef(a.vararg().name(), DEF_PARAM, a.vararg().pos());
            if (a.kwarg() != null) addDef(a.kwarg().name(), DEF_PARAM, a.kwarg().pos());
        }

        void expr(Expr e) {
            switch (e) {
                case Expr.BoolOp b -> exprs(b.values());
                case Expr.NamedExpr n -> {
                    expr(n.value());
                    namedExprTarget(n);
                }
                case Expr.BinOp b -> { expr(b.left()); expr(b.right()); }
                case Expr.UnaryOp u -> expr(u.operand());
                case Expr.Lambda l -> {
                    defaults(l.args());
                    enter("lambda", Kind.FUNCTION, l, true, false, privateName());
                    params(l.args());
                    expr(l.body());
                    stack.pop();
                }
                case Expr.IfExp i -> { expr(i.test()); expr(i.body()); expr(i.orelse()); }
                case Expr.DictExpr d -> { exprs(d.keys()); exprs(d.values()); }
                case Expr.SetExpr s -> exprs(s.elts());
                case Expr.ListComp c -> comprehension(c, "listcomp", c.generators(), c.elt(), null, false);
                case Expr.SetComp c -> comprehension(c, "setcomp", c.generators(), c.elt(), null, false);
                case Expr.DictComp c -> comprehension(c, "dictcomp", c.generators(), c.key(), c.value(), false);
                case Expr.GeneratorExp c -> comprehension(c, "genexpr", c.generators(), c.elt(), null, true);
                case Expr.Await a -> {
                    expr(a.value());
                    cur().coroutine = true;
                }
                case Expr.Yield y -> { if (y.value() != null) expr(y.value()); yielded(e); }
                case Expr.YieldFrom y -> { expr(y.value()); yielded(e); }
                case Expr.Compare c -> { expr(c.left()); exprs(c.comparators()); }
                case Expr.Call c -> {
                    expr(c.func());
                    exprs(c.args());
                    for (Keyword k : c.keywords()) expr(k.value());
                }
                case Expr.FormattedValue f -> { expr(f.value()); if (f.formatSpec() != null) expr(f.formatSpec()); }
                case Expr.JoinedStr j -> exprs(j.values());
                case Expr.Constant c -> { }
                case Expr.Attribute a -> expr(a.value());
                case Expr.Subscript s -> { expr(s.value()); expr(s.slice()); }
                case Expr.Starred s -> expr(s.value());
                case Expr.Name n -> {
                    addDef(n.id(), n.ctx() == Ctx.LOAD ? USE : DEF_LOCAL | (compIterTarget ? DEF_COMP_ITER : 0),
                            n.pos());
                    // CPython: super() counts as a use of __class__
                    if (n.ctx() == Ctx.LOAD && cur().kind == Kind.FUNCTION && n.id().equals("super")) {
                        addDef("__class__", USE, n.pos());
                    }
                }
                case Expr.ListExpr l -> exprs(l.elts());
                case Expr.TupleExpr t -> exprs(t.elts());
                case Expr.Slice s -> { if (s.lower() != null) expr(s.lower()); if (s.upper() != null) expr(s.upper());
                    if (s.step() != null) expr(s.step()); }
            }
        }

        void yielded(Expr e) {
            Scope s = cur();
            if (s.isComprehension) {
                String kind = switch (s.name) {
                    case "listcomp" -> "list comprehension";
                    case "setcomp" -> "set comprehension";
                    case "dictcomp" -> "dict comprehension";
                    default -> "generator expression";
                };
                throw error("'yield' inside " + kind, e.pos());
            }
            s.generator = true;
        }

        // CPython: symtable_handle_comprehension
        void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, boolean genexp) {
            Comprehension outer = gens.get(0);
            expr(outer.iter());
            Scope s = enter(name, Kind.FUNCTION, node, false, true, privateName());
            s.generator = genexp;
            if (outer.isAsync()) s.coroutine = true;
            addDef(".0", DEF_PARAM, node.pos());
            compTarget(outer.target());
            exprs(outer.ifs());
            for (int i = 1; i < gens.size(); i++) {
                Comprehension g = gens.get(i);
                expr(g.iter());
                compTarget(g.target());
                exprs(g.ifs());
            }
            if (value != null) expr(value);
            expr(elt);
            for (Comprehension g : gens) if (g.isAsync()) s.coroutine = true;
            stack.pop();
            // CPython: a list/set/dict comprehension that awaits makes its block a coroutine too
            if (s.coroutine && !genexp) cur().coroutine = true;
        }

        void compTarget(Expr target) {
            compIterTarget = true;
            try { expr(target); } finally { compIterTarget = false; }
        }

        // CPython: symtable_extend_namedexpr_scope
        void namedExprTarget(Expr.NamedExpr n) {
            String target = n.target().id();
            Scope comp = cur();
            if (comp.isComprehension) {
                for (Scope s : stack) {
                    if (s.isComprehension) {
                        if ((s.flags.getOrDefault(target, 0) & DEF_COMP_ITER) != 0) {
                            throw error("assignment expression cannot rebind comprehension iteration variable '"
                                    + target + "'", n.target().pos());
                        }
                        continue;
                    }
                    if (s.kind == Kind.FUNCTION) {
                        boolean global = (s.flags.getOrDefault(target, 0) & DEF_GLOBAL) != 0;
                        addDef(comp, target, global ? DEF_GLOBAL : DEF_NONLOCAL, n.target().pos());
                        comp.directives.putIfAbsent(target, n.target().pos());
                        addDef(s, target, DEF_LOCAL, n.target().pos());
                        return;
                    }
                    if (s.kind == Kind.MODULE) {
                        addDef(comp, target, DEF_GLOBAL, n.target().pos());
                        comp.directives.putIfAbsent(target, n.target().pos());
                        addDef(s, target, DEF_GLOBAL, n.target().pos());
                        return;
                    }
                    throw error("assignment expression within a comprehension cannot be used in a class body",
                            n.pos());
                }
            }
            expr(n.target());
        }

        // ---------------------------------------------------------------- pass 2: analyze
        // CPython: analyze_block. Returns the names free in this block or its children.
        Set<String> analyze(Scope s, Set<String> bound, Set<String> global) {
            Set<String> local = new HashSet<>();
            Set<String> free = new HashSet<>();
            Set<String> newGlobal = new HashSet<>();
            Set<String> newBound = new HashSet<>();
            if (s.kind == Kind.CLASS) {
                newGlobal.addAll(global);
                if (bound != null) newBound.addAll(bound);
            }
            for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
                analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
            }
            if (s.kind != Kind.CLASS) {
                if (s.kind == Kind.FUNCTION) newBound.addAll(local);
                if (bound != null) newBound.addAll(bound);
                newGlobal.addAll(global);
            } else {
                newBound.add("__class__");
            }
            Set<String> newFree = new HashSet<>();
            for (Scope c : s.children) {
                newFree.addAll(analyze(c, new HashSet<>(newBound), new HashSet<>(newGlobal)));
                if (c.hasFree || c.childFree) s.childFree = true;
            }
            if (s.kind == Kind.FUNCTION) {
                // CPython: analyze_cells
                for (Map.Entry<String, SymbolScope> e : s.scopes.entrySet()) {
                    if (e.getValue() == SymbolScope.LOCAL && newFree.remove(e.getKey())) {
                        e.setValue(SymbolScope.CELL);
                    }
                }
            } else if (s.kind == Kind.CLASS && newFree.remove("__class__")) {
                s.needsClassClosure = true;  // CPython: drop_class_free
            }
            updateSymbols(s, bound, newFree);
            free.addAll(newFree);
            return free;
        }

        // CPython: analyze_name
        void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
                         Set<String> free, Set<String> global) {
            if ((flags & DEF_GLOBAL) != 0) {
                if ((flags & DEF_NONLOCAL) != 0) {
                    throw error("name '" + name + "' is nonlocal and global", s.directives.getOrDefault(name, Pos.NONE));
                }
                s.scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
                global.add(name);
                if (bound != null) bound.remove(name);
                return;
            }
            if ((flags & DEF_NONLOCAL) != 0) {
                Pos at = s.directives.getOrDefault(name, Pos.NONE);
                if (bound == null) throw error("nonlocal declaration not allowed at module level", at);
                if (!bound.contains(name)) throw error("no binding for nonlocal '" + name + "' found", at);
                s.scopes.put(name, SymbolScope.FREE);
                s.hasFree = true;
                free.add(name);
                return;
            }
            if ((flags & DEF_BOUND) != 0) {
                s.scopes.put(name, SymbolScope.LOCAL);
                local.add(name);
                global.remove(name);
                return;
            }
            if (bound != null && bound.contains(name)) {
                s.scopes.put(name, SymbolScope.FREE);
                s.hasFree = true;
                free.add(name);
                return;
            }
            if (s.nested) s.hasFree = true;
            s.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
        }

        // CPython: update_symbols — free names of children pass through this block as FREE
        void updateSymbols(Scope s, Set<String> bound, Set<String> free) {
            for (String name : free) {
                Integer f = s.flags.get(name);
                if (f != null) {
                    if (s.kind == Kind.CLASS && (f & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                        s.flags.put(name, f | DEF_FREE_CLASS);
                    }
                    continue;
                }
                if (bound != null && !bound.contains(name)) continue;
                s.flags.put(name, 0);
                s.scopes.put(name, SymbolScope.FREE);
            }
        }
    }
}

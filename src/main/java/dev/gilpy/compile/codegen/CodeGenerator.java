package dev.gilpy.compile.codegen;

import dev.gilpy.ast.*;
import dev.gilpy.bytecode.BinaryOps;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.CompareOps;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.compile.CompileError;
import dev.gilpy.compile.CompileWarning;
import dev.gilpy.compile.Future;
import dev.gilpy.compile.assemble.CodeBuilder;
import dev.gilpy.compile.assemble.Label;
import dev.gilpy.compile.symtable.Scope;
import dev.gilpy.compile.symtable.SymbolScope;
import dev.gilpy.compile.symtable.SymbolTable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.gilpy.bytecode.Opcode.*;

/**
 * Compiles an AST to code objects with CPython 3.11's instruction shapes (Python/compile.c), minus the
 * documented differences of our instruction set (no lasti on the stack in handlers, no PRECALL/CACHE).
 * One visitor over the sealed AST; each scope is compiled into its own {@link CodeBuilder}.
 */
public final class CodeGenerator {
    /**
     * CPython's optimization level (-O: 1, -OO: 2), process-wide as in CPython: at 1 asserts are dropped
     * and {@code __debug__} is False, at 2 docstrings too. Set once by the launcher before anything compiles.
     */
    public static volatile int optimize;

    /** CPython: STACK_USE_GUIDELINE — above this many items, displays and calls are built incrementally. */
    private static final int STACK_USE_GUIDELINE = 30;
    private static final Object NOT_CONST = new Object();

    private final String filename;
    private final SymbolTable symtable;
    private final boolean interactive;
    private Future future = Future.NONE;
    private List<CompileWarning> warnings;
    private Unit u;

    /** The compilation state of one scope (CPython: struct compiler_unit). */
    private static final class Unit {
        final Scope scope;
        final CodeBuilder b;
        final Unit parent;
        final List<FBlock> fblocks = new ArrayList<>();

        Unit(Scope scope, CodeBuilder b, Unit parent) {
            this.scope = scope;
            this.b = b;
            this.parent = parent;
        }
    }

    /** Frame blocks, for unwinding on break/continue/return (CPython: enum fblocktype). */
    private enum FKind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER }

    /** block: the continue target of loops; exit: the break target; datum: finally body, with stmt or name. */
    private record FBlock(FKind kind, Label block, Label exit, Object datum) {}

    private CodeGenerator(String filename, SymbolTable symtable, boolean interactive) {
        this.filename = filename;
        this.symtable = symtable;
        this.interactive = interactive;
    }

    public static CodeObject compile(Mod mod, String filename) { return compile(mod, filename, null); }

    public static CodeObject compile(Mod mod, String filename, List<CompileWarning> warnings) {
        Future future = Future.parse(mod, filename);
        SymbolTable st = SymbolTable.build(mod, filename, future.annotations());
        CodeGenerator g = new CodeGenerator(filename, st, mod instanceof Mod.Interactive);
        g.future = future;
        g.warnings = warnings;
        return g.module(mod);
    }

    // ================================================================== scopes

    private CodeObject module(Mod mod) {
        enterScope(symtable.top, "<module>", "<module>", 1, List.of());
        u.b.setLocation(0, -1);
        u.b.emit(RESUME, 0);
        switch (mod) {
            case Mod.Module m -> body(m.body(), true);
            case Mod.Interactive m -> {
                if (findAnn(m.body())) u.b.emit(SETUP_ANNOTATIONS);
                stmts(m.body());
            }
            case Mod.Expression m -> {
                expr(m.body());
                setLoc(m.body());
                u.b.emit(RETURN_VALUE);
            }
        }
        return exitScope(true);
    }

    private void enterScope(Scope scope, String name, String qualname, int firstLine, List<String> cells) {
        List<String> cellvars = new ArrayList<>(cells);
        cellvars.addAll(scope.sortedNames(SymbolScope.CELL));
        CodeBuilder b = new CodeBuilder(name, qualname, filename, firstLine, scope.params(), cellvars,
                scope.freeVars());
        u = new Unit(scope, b, u);
        if (scope.isFunction()) {
            b.flags |= CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
            if (scope.isNested()) b.flags |= CodeObject.CO_NESTED;
            // CPython: compute_code_flags
            if (scope.isGenerator() && !scope.isCoroutine()) b.flags |= CodeObject.CO_GENERATOR;
            if (!scope.isGenerator() && scope.isCoroutine()) b.flags |= CodeObject.CO_COROUTINE;
            if (scope.isGenerator() && scope.isCoroutine()) b.flags |= CodeObject.CO_ASYNC_GENERATOR;
        }
    }

    /** Adds the implicit {@code return None} if control can fall off the end, then assembles. */
    private CodeObject exitScope(boolean addReturn) {
        if (addReturn && u.b.endReachable()) {
            loadConst(null);
            u.b.emit(RETURN_VALUE);
        }
        CodeObject co = u.b.assemble();
        u = u.parent;
        return co;
    }

    // CPython: compiler_set_qualname
    private String qualname(String name, Scope scope) {
        Unit parent = u;
        if (parent == null || parent.scope.kind == Scope.Kind.MODULE) return name;
        if (scope.kind != Scope.Kind.MODULE && !scope.isLambda && !scope.isComprehension) {
            if (parent.scope.scopeOf(parent.scope.mangle(name)) == SymbolScope.GLOBAL_EXPLICIT) return name;
        }
        String base = parent.b.qualname;
        if (parent.scope.isFunction() && !parent.scope.isComprehension) base += ".<locals>";
        return base + "." + name;
    }

    private CompileError error(String msg, Node at) { return CompileError.syntax(msg, filename, at.pos()); }

    // CPython: compiler_warn — at the current line
    private void warn(String msg) {
        if (warnings != null) warnings.add(new CompileWarning("SyntaxWarning", msg, filename, u.b.line()));
    }

    // CPython: check_is_arg — a constant other than None, True, False or ...
    private boolean isLiteral(Expr e) {
        Object k = constValue(e);
        return k != NOT_CONST && k != null && !(k instanceof Boolean) && !(k instanceof Expr.Ellipsis);
    }

    // CPython: check_compare
    private void checkCompare(Expr.Compare c) {
        boolean left = !isLiteral(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOperator op = c.ops().get(i);
            boolean right = !isLiteral(c.comparators().get(i));
            if ((op == CmpOperator.IS || op == CmpOperator.IS_NOT) && (!right || !left)) {
                warn(op == CmpOperator.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    // CPython: check_caller
    private void checkCaller(Expr f) {
        String t = switch (f) {
            case Expr.Constant k -> constTypeName(k.value());
            case Expr.TupleExpr x -> "tuple";
            case Expr.ListExpr x -> "list";
            case Expr.ListComp x -> "list";
            case Expr.DictExpr x -> "dict";
            case Expr.DictComp x -> "dict";
            case Expr.SetExpr x -> "set";
            case Expr.SetComp x -> "set";
            case Expr.GeneratorExp x -> "generator";
            case Expr.JoinedStr x -> "str";
            case Expr.FormattedValue x -> "str";
            default -> null;
        };
        if (t != null) warn("'" + t + "' object is not callable; perhaps you missed a comma?");
    }

    private static String constTypeName(Object v) {
        return switch (v) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case Expr.Complex c -> "complex";
            case String s -> "str";
            case byte[] b -> "bytes";
            case Expr.Ellipsis e -> "ellipsis";
            case CodeObject.ConstTuple t -> "tuple";
            default -> "object";
        };
    }

    private void setLoc(Node n) { u.b.setLocation(n.pos()); }

    // ================================================================== statements

    /** A module or class body: a leading docstring is stored as __doc__ (CPython: compiler_body). */
    private void body(List<Stmt> body, boolean storeDoc) {
        if (findAnn(body)) {
            if (!body.isEmpty()) setLoc(body.get(0));
            u.b.emit(SETUP_ANNOTATIONS);
        }
        int start = 0;
        String doc = docstring(body);
        if (doc != null && storeDoc) {
            if (optimize < 2) {
                setLoc(body.get(0));
                loadConst(doc);
                nameOp("__doc__", Ctx.STORE);
            }
            start = 1;
        }
        stmts(body.subList(start, body.size()));
    }

    // CPython: find_ann — does a module or class body (outside nested defs) hold an annotated assignment?
    private static boolean findAnn(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Stmt.If i -> findAnn(i.body()) || findAnn(i.orelse());
                case Stmt.With w -> findAnn(w.body());
                case Stmt.Try t -> findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> findAnn(h.body()));
                case Stmt.TryStar t -> findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> findAnn(h.body()));
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private void stmts(List<Stmt> body) { for (Stmt s : body) stmt(s); }

    private void stmt(Stmt s) {
        setLoc(s);
        switch (s) {
            case Stmt.FunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decorators(), f.returns());
            case Stmt.AsyncFunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decorators(), f.returns());
            case Stmt.AsyncFor f -> asyncFor(f);
            case Stmt.AsyncWith w -> with(w, w.items(), w.body(), 0, true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> { for (Expr t : d.targets()) expr(t); }
            case Stmt.Assign a -> {
                if (swapAssign(a)) break;
                expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) u.b.emit(COPY, 1);
                    expr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.With w -> with(w, w.items(), w.body(), 0, false);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n++;
                    }
                }
                u.b.emit(RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (t.finalbody().isEmpty()) tryExcept(t);
                else if (t.handlers().isEmpty()) tryFinally(t.finalbody(), () -> stmts(t.body()));
                else tryFinally(t.finalbody(), () -> tryExcept(t));
            }
            case Stmt.TryStar t -> {
                if (t.finalbody().isEmpty()) tryStarExcept(t);
                else tryFinally(t.finalbody(), () -> tryStarExcept(t));
            }
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Pass p -> { }
            case Stmt.Break b -> breakStmt(b);
            case Stmt.Continue c -> continueStmt(c);
        }
    }

    // CPython: compiler_visit_stmt_expr
    private void exprStmt(Stmt.ExprStmt e) {
        if (interactive && u.parent == null) {
            expr(e.value());
            u.b.emit(PRINT_EXPR);
            return;
        }
        if (e.value() instanceof Expr.Constant) return;  // CPython emits a NOP that the optimizer drops
        expr(e.value());
        u.b.emit(POP_TOP);
    }

    // CPython: compiler_visit_annassign
    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            expr(a.target());
        }
        setLoc(a);
        boolean moduleOrClass = !u.scope.isFunction();
        switch (a.target()) {
            case Expr.Name n -> {
                if (a.simple() && moduleOrClass) {
                    annotationValue(a.annotation());
                    setLoc(a);
                    u.b.emit(LOAD_NAME, u.b.addName("__annotations__"));
                    loadConst(u.scope.mangle(n.id()));
                    u.b.emit(STORE_SUBSCR);
                    return;
                }
            }
            case Expr.Attribute at -> {
                if (a.value() == null) checkAnnExpr(at.value());
            }
            case Expr.Subscript sub -> {
                if (a.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnExpr(sub.slice());
                }
            }
            default -> { }
        }
        // CPython: check_annotation — complex targets evaluate (and drop) the annotation in modules and
        // classes, unless annotations are postponed.
        if (!a.simple() && !future.annotations() && moduleOrClass) checkAnnExpr(a.annotation());
    }

    private void checkAnnExpr(Expr e) {
        if (e instanceof Expr.Slice sl) {
            // CPython: check_ann_subscr evaluates the parts of a slice
            for (Expr p : new Expr[] {sl.lower(), sl.upper(), sl.step()}) if (p != null) checkAnnExpr(p);
            return;
        }
        if (e instanceof Expr.TupleExpr t && t.elts().stream().anyMatch(x -> x instanceof Expr.Slice)) {
            for (Expr x : t.elts()) checkAnnExpr(x);
            return;
        }
        expr(e);
        u.b.emit(POP_TOP);
    }

    /** The annotation's value: evaluated, or its source string under {@code from __future__ import annotations}. */
    private void annotationValue(Expr ann) {
        if (future.annotations()) loadConst(Unparser.unparse(ann));
        else expr(ann);
    }

    // CPython: compiler_visit_annotations — (name, value) pairs for MAKE_FUNCTION's flag 4
    private boolean functionAnnotations(Arguments a, Expr returns) {
        int n = 0;
        List<dev.gilpy.ast.Arg> order = new ArrayList<>(a.args());
        order.addAll(a.posonlyargs());
        if (a.vararg() != null) order.add(a.vararg());
        order.addAll(a.kwonlyargs());
        if (a.kwarg() != null) order.add(a.kwarg());
        for (dev.gilpy.ast.Arg arg : order) {
            if (arg.annotation() == null) continue;
            loadConst(u.scope.mangle(arg.name()));
            annotationValue(arg.annotation());
            n++;
        }
        if (returns != null) {
            loadConst("return");
            annotationValue(returns);
            n++;
        }
        if (n == 0) return false;
        u.b.emit(BUILD_TUPLE, 2 * n);
        return true;
    }

    // CPython: compiler_function
    private void functionDef(Stmt f, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                             Expr returns) {
        for (Expr d : decorators) expr(d);
        int firstLine = decorators.isEmpty() ? f.pos().line() : decorators.get(0).pos().line();
        setLoc(f);
        int flags = defaultArguments(args);
        if (functionAnnotations(args, returns)) flags |= 4;
        Scope scope = symtable.scopeOf(f);
        String qn = qualname(name, scope);
        enterScope(scope, name, qn, firstLine, List.of());
        u.b.setLocation(firstLine, f.pos().col());
        prologue();
        String doc = docstring(body);
        u.b.addFirstConst(optimize < 2 ? doc : null);
        argCounts(args);
        stmts(body.subList(doc != null ? 1 : 0, body.size()));
        CodeObject co = exitScope(true);
        setLoc(f);
        makeClosure(co, flags);
        applyDecorators(decorators);
        nameOp(name, Ctx.STORE);
    }

    /** A function's first instructions: generators, coroutines and async generators start with
     *  RETURN_GENERATOR, POP_TOP as in CPython 3.11 (CPython: insert_prefix_instructions). */
    private void prologue() {
        if ((u.b.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            u.b.emit(RETURN_GENERATOR);
            u.b.emit(POP_TOP);
        }
        u.b.emit(RESUME, 0);
    }

    /** An await of the value on the stack (CPython 3.11: GET_AWAITABLE, then ADD_YIELD_FROM(c, 1)). */
    private void await(int where) {
        u.b.emit(GET_AWAITABLE, where);
        loadConst(null);
        yieldFrom(3);
    }

    /** Inside an async def, or a comprehension (whose own check comes when it is compiled). */
    private boolean inAsyncScope() { return u.scope.isAsyncFunction() || u.scope.isComprehension; }

    // CPython: compiler_async_for
    private void asyncFor(Stmt.AsyncFor f) {
        if (!u.scope.isAsyncFunction()) throw error("'async for' outside async function", f);
        Label start = new Label(), except = new Label(), end = new Label();
        expr(f.iter());
        setLoc(f);
        u.b.emit(GET_AITER);
        u.b.bind(start);
        pushFBlock(FKind.FOR_LOOP, start, end, null);
        u.b.emitJump(SETUP_FINALLY, except);
        u.b.emit(GET_ANEXT);
        await0();
        u.b.emit(POP_BLOCK);
        expr(f.target());
        stmts(f.body());
        setLoc(f);
        u.b.emitJump(JUMP, start);
        popFBlock();
        u.b.bind(except);
        setLoc(f.iter());  // END_ASYNC_FOR ends the `for`, not the body
        u.b.emit(END_ASYNC_FOR);
        stmts(f.orelse());
        u.b.bind(end);
    }

    /** The yield-from loop of an await whose awaitable is already on the stack (GET_ANEXT's). */
    private void await0() {
        loadConst(null);
        yieldFrom(3);
    }

    private void argCounts(Arguments a) {
        u.b.argcount = a.posonlyargs().size() + a.args().size();
        u.b.posonlyargcount = a.posonlyargs().size();
        u.b.kwonlyargcount = a.kwonlyargs().size();
        if (a.vararg() != null) u.b.flags |= CodeObject.CO_VARARGS;
        if (a.kwarg() != null) u.b.flags |= CodeObject.CO_VARKEYWORDS;
    }

    private void applyDecorators(List<Expr> decorators) {
        // CPython: compiler_apply_decorators — [dec, func] CALL 0 calls dec(func) (dec in the "method" slot)
        for (int i = decorators.size() - 1; i >= 0; i--) {
            setLoc(decorators.get(i));
            u.b.emit(CALL, 0);
        }
    }

    // CPython: compiler_default_arguments
    private int defaultArguments(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            Object folded = constTuple(a.defaults());
            if (folded != NOT_CONST) {
                loadConst(folded);
            } else {
                for (Expr d : a.defaults()) expr(d);
                u.b.emit(BUILD_TUPLE, a.defaults().size());
            }
            flags |= 1;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (d != null) {
                keys.add(u.scope.mangle(a.kwonlyargs().get(i).name()));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new CodeObject.ConstTuple(keys));
            u.b.emit(BUILD_CONST_KEY_MAP, keys.size());
            flags |= 2;
        }
        return flags;
    }

    // CPython: compiler_make_closure
    private void makeClosure(CodeObject co, int flags) {
        if (co.freevars.length > 0) {
            for (String free : co.freevars) u.b.emit(LOAD_CLOSURE, u.b.derefIndex(free));
            u.b.emit(BUILD_TUPLE, co.freevars.length);
            flags |= 8;
        }
        loadConst(co);
        u.b.emit(MAKE_FUNCTION, flags);
    }

    // CPython: compiler_class
    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) expr(d);
        int firstLine = c.decorators().isEmpty() ? c.pos().line() : c.decorators().get(0).pos().line();
        Scope scope = symtable.scopeOf(c);
        String qn = qualname(c.name(), scope);
        enterScope(scope, c.name(), qn, firstLine, scope.needsClassClosure() ? List.of("__class__") : List.of());
        u.b.setLocation(firstLine, c.pos().col());
        u.b.emit(RESUME, 0);
        setLoc(c);
        nameOp("__name__", Ctx.LOAD);
        nameOp("__module__", Ctx.STORE);
        loadConst(qn);
        nameOp("__qualname__", Ctx.STORE);
        body(c.body(), true);
        if (scope.needsClassClosure()) {
            u.b.emit(LOAD_CLOSURE, u.b.derefIndex("__class__"));
            u.b.emit(COPY, 1);
            nameOp("__classcell__", Ctx.STORE);
        } else {
            loadConst(null);
        }
        u.b.emit(RETURN_VALUE);
        CodeObject co = exitScope(false);
        setLoc(c);
        u.b.emit(PUSH_NULL);
        u.b.emit(LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(c.name());
        callHelper(2, c.bases(), c.keywords());
        applyDecorators(c.decorators());
        nameOp(c.name(), Ctx.STORE);
    }

    // CPython: compiler_return
    private void returnStmt(Stmt.Return r) {
        if (!u.scope.isFunction()) throw error("'return' outside function", r);
        if (r.value() != null && u.scope.isCoroutine() && u.scope.isGenerator()) {
            throw error("'return' with value in async generator", r);
        }
        boolean preserveTos = r.value() != null && !(constValue(r.value()) != NOT_CONST);
        if (preserveTos) expr(r.value());
        // CPython reports a return it cannot compile at its constant value, else at the statement.
        unwindStack(preserveTos, false, r.value() != null && !preserveTos ? r.value() : r);
        setLoc(r);
        if (r.value() == null) loadConst(null);
        else if (!preserveTos) loadConst(constValue(r.value()));
        u.b.emit(RETURN_VALUE);
    }

    private void breakStmt(Stmt.Break b) {
        FBlock loop = unwindStack(false, true, b);
        if (loop == null) throw error("'break' outside loop", b);
        setLoc(b);
        unwindBlock(loop, false);
        u.b.emitJump(JUMP, loop.exit());
    }

    private void continueStmt(Stmt.Continue c) {
        FBlock loop = unwindStack(false, true, c);
        if (loop == null) throw error("'continue' not properly in loop", c);
        setLoc(c);
        u.b.emitJump(JUMP, loop.block());
    }

    /**
     * Emits the cleanup of every frame block up to (not including) the innermost loop when {@code toLoop},
     * or all of them; returns that loop (CPython: compiler_unwind_fblock_stack).
     */
    private FBlock unwindStack(boolean preserveTos, boolean toLoop, Node at) {
        if (u.fblocks.isEmpty()) return null;
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.kind() == FKind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", at);
        }
        if (toLoop && (top.kind() == FKind.WHILE_LOOP || top.kind() == FKind.FOR_LOOP)) return top;
        u.fblocks.remove(u.fblocks.size() - 1);
        try {
            unwindBlock(top, preserveTos);
            return unwindStack(preserveTos, toLoop, at);
        } finally {
            u.fblocks.add(top);
        }
    }

    // CPython: compiler_unwind_fblock
    private void unwindBlock(FBlock f, boolean preserveTos) {
        switch (f.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER -> { }
            case FOR_LOOP -> {
                if (preserveTos) u.b.emit(SWAP, 2);
                u.b.emit(POP_TOP);  // the iterator
            }
            case TRY_EXCEPT -> u.b.emit(POP_BLOCK);
            case FINALLY_TRY -> {
                u.b.emit(POP_BLOCK);
                if (preserveTos) pushFBlock(FKind.POP_VALUE, null, null, null);
                @SuppressWarnings("unchecked") List<Stmt> fin = (List<Stmt>) f.datum();
                Pos savedLoc = u.b.location();
                stmts(fin);
                u.b.setLocation(savedLoc);
                if (preserveTos) popFBlock();
            }
            case FINALLY_END -> {
                if (preserveTos) u.b.emit(SWAP, 2);
                u.b.emit(POP_TOP);  // the exception
                if (preserveTos) u.b.emit(SWAP, 2);
                u.b.emit(POP_BLOCK);
                u.b.emit(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                u.b.emit(POP_BLOCK);
                if (preserveTos) u.b.emit(SWAP, 2);
                callExitWithNones();
                if (f.kind() == FKind.ASYNC_WITH) await(2);
                u.b.emit(POP_TOP);
            }
            case HANDLER_CLEANUP -> {
                String name = (String) f.datum();
                if (name != null) u.b.emit(POP_BLOCK);
                if (preserveTos) u.b.emit(SWAP, 2);
                u.b.emit(POP_BLOCK);
                u.b.emit(POP_EXCEPT);
                if (name != null) clearName(name);
            }
            case POP_VALUE -> {
                if (preserveTos) u.b.emit(SWAP, 2);
                u.b.emit(POP_TOP);
            }
        }
    }

    private void pushFBlock(FKind kind, Label block, Label exit, Object datum) {
        u.fblocks.add(new FBlock(kind, block, exit, datum));
    }

    private void popFBlock() { u.fblocks.remove(u.fblocks.size() - 1); }

    /** {@code name = None; del name} at the end of {@code except E as name}. */
    private void clearName(String name) {
        loadConst(null);
        nameOp(name, Ctx.STORE);
        nameOp(name, Ctx.DEL);
    }

    /** CPython: compiler_call_exit_with_nones — [exit] becomes [exit(None, None, None)]. */
    private void callExitWithNones() {
        loadConst(null);
        loadConst(null);
        loadConst(null);
        u.b.emit(CALL, 2);
    }

    // CPython: compiler_for
    private void forStmt(Stmt.For f) {
        Label start = new Label(), cleanup = new Label(), end = new Label();
        expr(f.iter());
        setLoc(f);
        u.b.emit(GET_ITER);
        u.b.bind(start);
        u.b.emitJump(FOR_ITER, cleanup);
        pushFBlock(FKind.FOR_LOOP, start, end, null);
        expr(f.target());
        stmts(f.body());
        setLoc(f);
        u.b.emitJump(JUMP, start);
        u.b.bind(cleanup);
        popFBlock();
        stmts(f.orelse());
        u.b.bind(end);
    }

    // CPython: compiler_while
    private void whileStmt(Stmt.While w) {
        Label loop = new Label(), body = new Label(), end = new Label(), anchor = new Label();
        u.b.bind(loop);
        pushFBlock(FKind.WHILE_LOOP, loop, end, null);
        jumpIf(w.test(), anchor, false);
        u.b.bind(body);
        stmts(w.body());
        setLoc(w);
        jumpIf(w.test(), body, true);
        popFBlock();
        u.b.bind(anchor);
        stmts(w.orelse());
        u.b.bind(end);
    }

    // CPython: compiler_if
    private void ifStmt(Stmt.If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        jumpIf(s.test(), next, false);
        stmts(s.body());
        if (!s.orelse().isEmpty()) {
            u.b.emitJump(JUMP, end);
            u.b.bind(next);
            stmts(s.orelse());
        }
        u.b.bind(end);
    }

    // CPython: compiler_try_finally
    private void tryFinally(List<Stmt> finalbody, Runnable body) {
        Label end = new Label(), exit = new Label(), cleanup = new Label();
        u.b.emitJump(SETUP_FINALLY, end);
        pushFBlock(FKind.FINALLY_TRY, null, null, finalbody);
        body.run();
        u.b.emit(POP_BLOCK);
        popFBlock();
        stmts(finalbody);
        u.b.emitJump(JUMP, exit);
        // Exceptional path. Stack: [..., exc]
        u.b.bind(end);
        u.b.emitJump(SETUP_CLEANUP, cleanup);
        u.b.emit(PUSH_EXC_INFO);  // [..., prev, exc]
        pushFBlock(FKind.FINALLY_END, null, null, null);
        stmts(finalbody);
        popFBlock();
        u.b.emit(RERAISE, 0);
        u.b.bind(cleanup);
        popExceptAndReraise();
        u.b.bind(exit);
    }

    /** Handler of a handler: stack [..., prev, exc2]; restore prev as the handled exception, re-raise exc2. */
    private void popExceptAndReraise() {
        u.b.emit(COPY, 2);  // CPython: COPY 3 (it also has lasti on the stack)
        u.b.emit(POP_EXCEPT);
        u.b.emit(RERAISE, 1);
    }

    // CPython: compiler_try_except
    private void tryExcept(Stmt.Try t) {
        Label except = new Label(), end = new Label(), cleanup = new Label();
        u.b.emitJump(SETUP_FINALLY, except);
        pushFBlock(FKind.TRY_EXCEPT, null, null, null);
        stmts(t.body());
        popFBlock();
        u.b.emit(POP_BLOCK);
        stmts(t.orelse());
        u.b.emitJump(JUMP, end);
        // Stack at except: [..., exc]
        u.b.bind(except);
        u.b.emitJump(SETUP_CLEANUP, cleanup);
        u.b.emit(PUSH_EXC_INFO);  // [..., prev, exc]
        pushFBlock(FKind.EXCEPTION_HANDLER, null, null, null);
        List<ExceptHandler> handlers = t.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            setLoc(h);
            if (h.type() == null && i < handlers.size() - 1) throw error("default 'except:' must be last", h);
            Label nextHandler = new Label();
            if (h.type() != null) {
                expr(h.type());
                setLoc(h);
                u.b.emit(CHECK_EXC_MATCH);
                u.b.emitJump(POP_JUMP_IF_FALSE, nextHandler);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                nameOp(h.name(), Ctx.STORE);  // [..., prev]
                u.b.emitJump(SETUP_CLEANUP, cleanupEnd);
                pushFBlock(FKind.HANDLER_CLEANUP, null, null, h.name());
                stmts(h.body());
                popFBlock();
                u.b.emit(POP_BLOCK);
                u.b.emit(POP_BLOCK);
                u.b.emit(POP_EXCEPT);
                clearName(h.name());
                u.b.emitJump(JUMP, end);
                // An exception inside the handler body: [..., prev, exc2]
                u.b.bind(cleanupEnd);
                clearName(h.name());
                u.b.emit(RERAISE, 1);
            } else {
                u.b.emit(POP_TOP);  // [..., prev]
                pushFBlock(FKind.HANDLER_CLEANUP, null, null, null);
                stmts(h.body());
                popFBlock();
                u.b.emit(POP_BLOCK);
                u.b.emit(POP_EXCEPT);
                u.b.emitJump(JUMP, end);
            }
            u.b.bind(nextHandler);
        }
        popFBlock();
        u.b.emit(RERAISE, 0);  // no handler matched: [..., prev, exc]
        u.b.bind(cleanup);
        popExceptAndReraise();
        u.b.bind(end);
    }

    /**
     * CPython: compiler_try_star_except. Each clause takes its part of the group (CHECK_EG_MATCH) and what the
     * clauses raise is collected in a list; PREP_RERAISE_STAR then makes what leaves the statement. The stack
     * in the handlers: [..., prev, orig, raised, rest] (3.11 also keeps lasti; we do not).
     */
    private void tryStarExcept(Stmt.TryStar t) {
        Label except = new Label(), orelse = new Label(), end = new Label(), cleanup = new Label();
        Label reraiseStar = new Label(), reraise = new Label();
        u.b.emitJump(SETUP_FINALLY, except);
        pushFBlock(FKind.TRY_EXCEPT, null, null, null);
        stmts(t.body());
        popFBlock();
        u.b.emit(POP_BLOCK);
        u.b.emitJump(JUMP, orelse);
        u.b.bind(except);  // [..., exc]
        u.b.emitJump(SETUP_CLEANUP, cleanup);
        u.b.emit(PUSH_EXC_INFO);  // [..., prev, exc]
        pushFBlock(FKind.EXCEPTION_GROUP_HANDLER, null, null, null);
        List<ExceptHandler> handlers = t.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            setLoc(h);
            Label next = new Label(), exceptWithError = new Label(), noMatch = new Label(), cleanupEnd = new Label();
            if (i == 0) {
                u.b.emit(COPY, 1);  // [..., prev, orig, exc]
                u.b.emit(BUILD_LIST, 0);
                u.b.emit(SWAP, 2);  // [..., prev, orig, raised, exc]
            }
            expr(h.type());
            setLoc(h);
            u.b.emit(CHECK_EG_MATCH);  // [..., rest, match]
            u.b.emit(COPY, 1);
            u.b.emitJump(POP_JUMP_IF_NONE, noMatch);
            if (h.name() != null) nameOp(h.name(), Ctx.STORE);
            else u.b.emit(POP_TOP);
            u.b.emitJump(SETUP_CLEANUP, cleanupEnd);
            pushFBlock(FKind.HANDLER_CLEANUP, null, null, h.name());
            stmts(h.body());
            popFBlock();
            u.b.emit(POP_BLOCK);
            if (h.name() != null) clearName(h.name());
            u.b.emitJump(JUMP, next);
            u.b.bind(cleanupEnd);  // raised in the clause: [..., raised, rest, exc2]
            if (h.name() != null) clearName(h.name());
            u.b.emit(LIST_APPEND, 2);
            u.b.emitJump(JUMP, exceptWithError);
            u.b.bind(next);
            u.b.emitJump(JUMP, exceptWithError);
            setLoc(h);
            u.b.bind(noMatch);
            u.b.emit(POP_TOP);  // the None match
            u.b.bind(exceptWithError);
            if (i == handlers.size() - 1) {
                u.b.emit(LIST_APPEND, 1);  // the unhandled rest (or None)
                u.b.emitJump(JUMP, reraiseStar);
            }
        }
        popFBlock();
        u.b.bind(reraiseStar);
        u.b.emit(PREP_RERAISE_STAR);  // [..., prev, exc or None]
        u.b.emit(COPY, 1);
        u.b.emitJump(POP_JUMP_IF_NOT_NONE, reraise);
        u.b.emit(POP_TOP);
        u.b.emit(POP_BLOCK);
        u.b.emit(POP_EXCEPT);
        u.b.emitJump(JUMP, end);
        u.b.bind(reraise);
        u.b.emit(POP_BLOCK);
        u.b.emit(SWAP, 2);
        u.b.emit(POP_EXCEPT);
        u.b.emit(RERAISE, 0);
        u.b.bind(cleanup);
        popExceptAndReraise();
        u.b.bind(orelse);
        stmts(t.orelse());
        u.b.bind(end);
    }

    // CPython: compiler_with and compiler_async_with
    private void with(Stmt w, List<WithItem> items, List<Stmt> body, int pos, boolean async) {
        if (async && !u.scope.isAsyncFunction()) throw error("'async with' outside async function", w);
        WithItem item = items.get(pos);
        Label final_ = new Label(), exit = new Label(), cleanup = new Label();
        expr(item.contextExpr());
        setLoc(w);
        if (async) {
            u.b.emit(BEFORE_ASYNC_WITH);  // [aexit, aenter_result]
            await(1);
        } else {
            u.b.emit(BEFORE_WITH);  // [exit, enter_result]
        }
        u.b.emitJump(SETUP_WITH, final_);
        pushFBlock(async ? FKind.ASYNC_WITH : FKind.WITH, null, final_, w);
        if (item.optionalVars() != null) expr(item.optionalVars());
        else u.b.emit(POP_TOP);
        if (pos + 1 == items.size()) stmts(body);
        else with(w, items, body, pos + 1, async);
        setLoc(w);
        u.b.emit(POP_BLOCK);
        popFBlock();
        callExitWithNones();
        if (async) await(2);
        u.b.emit(POP_TOP);
        u.b.emitJump(JUMP, exit);
        // Exceptional path: [exit, exc]
        u.b.bind(final_);
        u.b.emitJump(SETUP_CLEANUP, cleanup);
        u.b.emit(PUSH_EXC_INFO);  // [exit, prev, exc]
        u.b.emit(WITH_EXCEPT_START);  // [exit, prev, exc, result]
        if (async) await(2);
        withExceptFinish(cleanup);
        u.b.bind(exit);
    }

    // CPython: compiler_with_except_finish
    private void withExceptFinish(Label cleanup) {
        Label suppress = new Label();
        u.b.emitJump(POP_JUMP_IF_TRUE, suppress);
        u.b.emit(RERAISE, 2);
        u.b.bind(cleanup);
        popExceptAndReraise();
        u.b.bind(suppress);
        u.b.emit(POP_TOP);  // exc
        u.b.emit(POP_BLOCK);
        u.b.emit(POP_EXCEPT);
        u.b.emit(POP_TOP);  // exit (CPython pops lasti too)
    }

    // CPython: compiler_assert
    private void assertStmt(Stmt.Assert a) {
        if (optimize > 0) return;
        Label end = new Label();
        if (a.test() instanceof Expr.TupleExpr t && !t.elts().isEmpty()) {
            warn("assertion is always true, perhaps remove parentheses?");
        }
        jumpIf(a.test(), end, true);
        // CPython 3.11's compiler_jump_if sets the location to a Compare and leaves it there, so the
        // AssertionError of `assert x == 0` points at the comparison (traceback carets).
        Node at = leakedJumpIfLoc(a.test(), a);
        setLoc(at);
        u.b.emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            setLoc(at);
            u.b.emit(CALL, 0);  // [AssertionError, msg] -> AssertionError(msg)
        }
        u.b.emit(RAISE_VARARGS, 1);
        u.b.bind(end);
    }

    private static Node leakedJumpIfLoc(Expr e, Node current) {
        switch (e) {
            case Expr.Compare c -> { return c; }
            case Expr.BoolOp b -> {
                for (Expr v : b.values()) current = leakedJumpIfLoc(v, current);
                return current;
            }
            case Expr.UnaryOp un when un.op() == UnaryOperator.NOT -> { return leakedJumpIfLoc(un.operand(), current); }
            case Expr.IfExp i -> {
                current = leakedJumpIfLoc(i.test(), current);
                current = leakedJumpIfLoc(i.body(), current);
                return leakedJumpIfLoc(i.orelse(), current);
            }
            default -> { return current; }
        }
    }

    // CPython: compiler_import
    private void importStmt(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(0L);
            loadConst(null);
            u.b.emit(IMPORT_NAME, u.b.addName(a.name()));
            if (a.asname() != null) {
                importAs(a.name(), a.asname());
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), Ctx.STORE);
            }
        }
    }

    // CPython: compiler_import_as — `import a.b.c as d` walks to a.b.c with IMPORT_FROM
    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            nameOp(asname, Ctx.STORE);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            String attr = name.substring(pos, dot < 0 ? name.length() : dot);
            u.b.emit(IMPORT_FROM, u.b.addName(attr));
            if (dot < 0) break;
            u.b.emit(SWAP, 2);
            u.b.emit(POP_TOP);
        }
        nameOp(asname, Ctx.STORE);
        u.b.emit(POP_TOP);
    }

    // CPython: compiler_from_import
    private void importFrom(Stmt.ImportFrom s) {
        if ("__future__".equals(s.module()) && s.pos().line() > future.lineno()) {
            throw error("from __future__ imports must occur at the beginning of the file", s);
        }
        loadConst((long) s.level());
        loadConst(new CodeObject.ConstTuple(new ArrayList<>(s.names().stream().map(Alias::name).toList())));
        u.b.emit(IMPORT_NAME, u.b.addName(s.module() == null ? "" : s.module()));
        for (int i = 0; i < s.names().size(); i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().equals("*")) {
                u.b.emit(IMPORT_STAR);
                return;
            }
            u.b.emit(IMPORT_FROM, u.b.addName(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE);
        }
        u.b.emit(POP_TOP);
    }

    // CPython: compiler_augassign
    private void augAssign(Stmt.AugAssign a) {
        Expr t = a.target();
        int op = binop(a.op()) + BinaryOps.INPLACE;
        switch (t) {
            case Expr.Attribute at -> {
                expr(at.value());
                setLoc(at);
                u.b.emit(COPY, 1);
                u.b.emit(LOAD_ATTR, name(at.attr()));
                expr(a.value());
                setLoc(a);
                u.b.emit(BINARY_OP, op);
                setLoc(at);
                u.b.emit(SWAP, 2);
                u.b.emit(STORE_ATTR, name(at.attr()));
            }
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
                setLoc(sub);
                u.b.emit(COPY, 2);
                u.b.emit(COPY, 2);
                u.b.emit(BINARY_SUBSCR);
                expr(a.value());
                setLoc(a);
                u.b.emit(BINARY_OP, op);
                setLoc(sub);
                u.b.emit(SWAP, 3);
                u.b.emit(SWAP, 2);
                u.b.emit(STORE_SUBSCR);
            }
            case Expr.Name n -> {
                setLoc(n);
                nameOp(n.id(), Ctx.LOAD);
                expr(a.value());
                setLoc(a);
                u.b.emit(BINARY_OP, op);
                setLoc(n);
                nameOp(n.id(), Ctx.STORE);
            }
            default -> throw error("'" + describe(t) + "' is an illegal expression for augmented assignment", t);
        }
    }

    // ================================================================== names

    private int name(String n) { return u.b.addName(u.scope.mangle(n)); }

    // CPython: compiler_nameop
    private void nameOp(String rawName, Ctx ctx) {
        String n = u.scope.mangle(rawName);
        if (ctx == Ctx.LOAD && n.equals("__debug__")) {
            loadConst(optimize == 0);
            return;
        }
        if (ctx != Ctx.LOAD && n.equals("__debug__")) {
            throw CompileError.syntax("cannot assign to __debug__", filename, new Pos(u.b.line(), u.b.col(), u.b.line(), u.b.col()));
        }
        SymbolScope scope = u.scope.scopeOf(n);
        boolean fn = u.scope.isFunction();
        boolean classBody = u.scope.kind == Scope.Kind.CLASS;
        switch (scope) {
            case FREE, CELL -> {
                if (classBody && n.equals("__class__") && scope == SymbolScope.CELL) {
                    break;
                }
                int i = u.b.derefIndex(n);
                u.b.emit(switch (ctx) {
                    case LOAD -> classBody ? LOAD_CLASSDEREF : LOAD_DEREF;
                    case STORE -> STORE_DEREF;
                    case DEL -> DELETE_DEREF;
                }, i);
                return;
            }
            case LOCAL -> {
                if (fn) {
                    int i = u.b.addVarname(n);
                    u.b.emit(switch (ctx) {
                        case LOAD -> LOAD_FAST;
                        case STORE -> STORE_FAST;
                        case DEL -> DELETE_FAST;
                    }, i);
                    return;
                }
            }
            case GLOBAL_IMPLICIT -> {
                if (fn) {
                    globalOp(n, ctx, false);
                    return;
                }
            }
            case GLOBAL_EXPLICIT -> {
                globalOp(n, ctx, false);
                return;
            }
        }
        int i = u.b.addName(n);
        u.b.emit(switch (ctx) {
            case LOAD -> LOAD_NAME;
            case STORE -> STORE_NAME;
            case DEL -> DELETE_NAME;
        }, i);
    }

    private void globalOp(String n, Ctx ctx, boolean pushNull) {
        int i = u.b.addName(n);
        switch (ctx) {
            case LOAD -> u.b.emit(LOAD_GLOBAL, i << 1 | (pushNull ? 1 : 0));
            case STORE -> u.b.emit(STORE_GLOBAL, i);
            case DEL -> u.b.emit(DELETE_GLOBAL, i);
        }
    }

    /** True if loading this name compiles to LOAD_GLOBAL (so a call can use its push-NULL bit). */
    private boolean isGlobalLoad(Expr e) {
        if (!(e instanceof Expr.Name n) || n.ctx() != Ctx.LOAD) return false;
        String m = u.scope.mangle(n.id());
        if (m.equals("__debug__")) return false;
        SymbolScope s = u.scope.scopeOf(m);
        return s == SymbolScope.GLOBAL_EXPLICIT || (s == SymbolScope.GLOBAL_IMPLICIT && u.scope.isFunction());
    }

    // ================================================================== expressions

    private void loadConst(Object v) { u.b.emit(LOAD_CONST, u.b.addConst(v)); }

    private void expr(Expr e) {
        Pos savedLoc = u.b.location();
        setLoc(e);
        expr1(e);
        u.b.setLocation(savedLoc);
    }

    private void expr1(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                Label end = new Label();
                Opcode jump = b.op() == BoolOperator.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
                for (int i = 0; i < b.values().size() - 1; i++) {
                    expr(b.values().get(i));
                    u.b.emitJump(jump, end);
                }
                expr(b.values().get(b.values().size() - 1));
                u.b.bind(end);
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                u.b.emit(COPY, 1);
                expr(n.target());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                u.b.emit(BINARY_OP, binop(b.op()));
            }
            case Expr.UnaryOp un -> {
                Object folded = constValue(un);
                if (folded != NOT_CONST) {
                    loadConst(folded);
                    return;
                }
                expr(un.operand());
                u.b.emit(switch (un.op()) {
                    case INVERT -> UNARY_INVERT;
                    case NOT -> UNARY_NOT;
                    case UADD -> UNARY_POSITIVE;
                    case USUB -> UNARY_NEGATIVE;
                });
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                Label end = new Label(), next = new Label();
                jumpIf(i.test(), next, false);
                expr(i.body());
                u.b.emitJump(JUMP, end);
                u.b.bind(next);
                expr(i.orelse());
                u.b.bind(end);
            }
            case Expr.DictExpr d -> dict(d);
            case Expr.SetExpr s -> starUnpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            case Expr.Yield y -> {
                if (!u.scope.isFunction()) throw error("'yield' outside function", y);
                if (y.value() != null) expr(y.value());
                else loadConst(null);
                yieldValue();
                u.b.emit(RESUME, 1);
            }
            case Expr.YieldFrom y -> {
                if (!u.scope.isFunction()) throw error("'yield' outside function", y);
                if (u.scope.isAsyncFunction()) throw error("'yield from' inside async function", y);
                expr(y.value());
                u.b.emit(GET_YIELD_FROM_ITER);
                loadConst(null);
                yieldFrom(2);
            }
            case Expr.Await a -> {
                // CPython: compiler_visit_expr, Await_kind
                if (!u.scope.isFunction()) throw error("'await' outside function", a);
                if (!inAsyncScope()) throw error("'await' outside async function", a);
                expr(a.value());
                setLoc(a);
                await(0);
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> {
                expr(f.value());
                int oparg = switch (f.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                    oparg |= 4;
                }
                u.b.emit(FORMAT_VALUE, oparg);
            }
            case Expr.JoinedStr j -> {
                for (Expr v : j.values()) expr(v);
                if (j.values().size() != 1) u.b.emit(BUILD_STRING, j.values().size());
            }
            case Expr.Constant c -> loadConst(c.value());
            case Expr.Attribute a -> {
                expr(a.value());
                setLoc(a);
                u.b.emit(switch (a.ctx()) {
                    case LOAD -> LOAD_ATTR;
                    case STORE -> STORE_ATTR;
                    case DEL -> DELETE_ATTR;
                }, name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                setLoc(s);
                u.b.emit(switch (s.ctx()) {
                    case LOAD -> BINARY_SUBSCR;
                    case STORE -> STORE_SUBSCR;
                    case DEL -> DELETE_SUBSCR;
                });
            }
            case Expr.Starred s -> {
                if (s.ctx() == Ctx.STORE) throw error("starred assignment target must be in a list or tuple", s);
                throw error("can't use starred expression here", s);
            }
            case Expr.Name n -> nameOp(n.id(), n.ctx());
            case Expr.ListExpr l -> {
                if (l.ctx() == Ctx.STORE) unpackAssign(l.elts(), l);
                else if (l.ctx() == Ctx.DEL) { for (Expr x : l.elts()) expr(x); }
                else starUnpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            }
            case Expr.TupleExpr t -> {
                if (t.ctx() == Ctx.STORE) unpackAssign(t.elts(), t);
                else if (t.ctx() == Ctx.DEL) { for (Expr x : t.elts()) expr(x); }
                else {
                    Object folded = constValue(t);
                    if (folded != NOT_CONST) loadConst(folded);
                    else starUnpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                }
            }
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower()); else loadConst(null);
                if (s.upper() != null) expr(s.upper()); else loadConst(null);
                int n = 2;
                if (s.step() != null) {
                    expr(s.step());
                    n = 3;
                }
                u.b.emit(BUILD_SLICE, n);
            }
        }
    }

    /** CPython 3.11: ADDOP_YIELD — an async generator's yields are wrapped, to tell them from its awaits'. */
    private void yieldValue() {
        if (u.scope.isCoroutine() && u.scope.isGenerator()) u.b.emit(ASYNC_GEN_WRAP);
        u.b.emit(YIELD_VALUE);
    }

    /** CPython 3.11: compiler_add_yield_from — (iter v -- result); resume is 2 for yield from, 3 for await. */
    private void yieldFrom(int resume) {
        Label send = new Label(), exit = new Label();
        u.b.bind(send);
        u.b.emitJump(SEND, exit);
        u.b.emit(YIELD_VALUE);
        u.b.emit(RESUME, resume);
        u.b.emitJump(JUMP_NO_INTERRUPT, send);
        u.b.bind(exit);
    }

    private static int binop(Operator op) {
        return switch (op) {
            case ADD -> BinaryOps.ADD;
            case SUB -> BinaryOps.SUBTRACT;
            case MULT -> BinaryOps.MULTIPLY;
            case MATMULT -> BinaryOps.MATRIX_MULTIPLY;
            case DIV -> BinaryOps.TRUE_DIVIDE;
            case MOD -> BinaryOps.REMAINDER;
            case POW -> BinaryOps.POWER;
            case LSHIFT -> BinaryOps.LSHIFT;
            case RSHIFT -> BinaryOps.RSHIFT;
            case BITOR -> BinaryOps.OR;
            case BITXOR -> BinaryOps.XOR;
            case BITAND -> BinaryOps.AND;
            case FLOORDIV -> BinaryOps.FLOOR_DIVIDE;
        };
    }

    private void compareOp(CmpOperator op) {
        switch (op) {
            case LT -> u.b.emit(COMPARE_OP, CompareOps.LT);
            case LT_E -> u.b.emit(COMPARE_OP, CompareOps.LE);
            case EQ -> u.b.emit(COMPARE_OP, CompareOps.EQ);
            case NOT_EQ -> u.b.emit(COMPARE_OP, CompareOps.NE);
            case GT -> u.b.emit(COMPARE_OP, CompareOps.GT);
            case GT_E -> u.b.emit(COMPARE_OP, CompareOps.GE);
            case IS -> u.b.emit(IS_OP, 0);
            case IS_NOT -> u.b.emit(IS_OP, 1);
            case IN -> u.b.emit(CONTAINS_OP, 0);
            case NOT_IN -> u.b.emit(CONTAINS_OP, 1);
        }
    }

    // CPython: compiler_compare — chains keep the middle operand with SWAP/COPY
    private void compare(Expr.Compare c) {
        checkCompare(c);
        int n = c.ops().size() - 1;
        expr(c.left());
        if (n == 0) {
            expr(c.comparators().get(0));
            setLoc(c);
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label(), end = new Label();
        chainedCompares(c, JUMP_IF_FALSE_OR_POP, cleanup);
        u.b.emitJump(JUMP, end);
        u.b.bind(cleanup);
        u.b.emit(SWAP, 2);
        u.b.emit(POP_TOP);
        u.b.bind(end);
    }

    /**
     * The comparisons of a chain {@code a < b < c} after {@code a} is on the stack: each link keeps its
     * right operand for the next (SWAP/COPY) and a false link jumps to {@code cleanup} with {@code jump};
     * the last link's result is left on the stack.
     */
    private void chainedCompares(Expr.Compare c, Opcode jump, Label cleanup) {
        int n = c.ops().size() - 1;
        for (int i = 0; i < n; i++) {
            expr(c.comparators().get(i));
            setLoc(c);
            u.b.emit(SWAP, 2);
            u.b.emit(COPY, 2);
            compareOp(c.ops().get(i));
            u.b.emitJump(jump, cleanup);
        }
        expr(c.comparators().get(n));
        setLoc(c);
        compareOp(c.ops().get(n));
    }

    // CPython: compiler_jump_if — jump to next if truth(e) == cond, without materializing a bool
    private void jumpIf(Expr e, Label next, boolean cond) {
        Pos savedLoc = u.b.location();
        setLoc(e);
        switch (e) {
            case Expr.UnaryOp un when un.op() == UnaryOperator.NOT && constValue(un) == NOT_CONST -> {
                jumpIf(un.operand(), next, !cond);
            }
            case Expr.BoolOp b -> {
                boolean cond2 = b.op() == BoolOperator.OR;
                Label next2 = cond2 != cond ? new Label() : next;
                int n = b.values().size() - 1;
                for (int i = 0; i < n; i++) jumpIf(b.values().get(i), next2, cond2);
                jumpIf(b.values().get(n), next, cond);
                if (next2 != next) u.b.bind(next2);
            }
            case Expr.IfExp i -> {
                Label end = new Label(), next2 = new Label();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                u.b.emitJump(JUMP, end);
                u.b.bind(next2);
                jumpIf(i.orelse(), next, cond);
                u.b.bind(end);
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                checkCompare(c);
                int n = c.ops().size() - 1;
                expr(c.left());
                Label cleanup = new Label(), end = new Label();
                chainedCompares(c, POP_JUMP_IF_FALSE, cleanup);
                u.b.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                u.b.emitJump(JUMP, end);
                u.b.bind(cleanup);
                u.b.emit(POP_TOP);
                if (!cond) u.b.emitJump(JUMP, next);
                u.b.bind(end);
            }
            case Expr.Compare c when (c.ops().get(0) == CmpOperator.IS || c.ops().get(0) == CmpOperator.IS_NOT)
                    && c.comparators().get(0) instanceof Expr.Constant k && k.value() == null -> {
                // The 3.11 optimizer turns `x is None` + POP_JUMP_IF_* into POP_JUMP_IF_(NOT_)NONE.
                expr(c.left());
                setLoc(c);
                boolean jumpIfNone = (c.ops().get(0) == CmpOperator.IS) == cond;
                u.b.emitJump(jumpIfNone ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, next);
            }
            default -> {
                Object k = constValue(e);
                if (k != NOT_CONST) {
                    // The 3.11 optimizer folds LOAD_CONST + POP_JUMP_IF_*: jump always or never.
                    if (truthy(k) == cond) u.b.emitJump(JUMP, next);
                } else {
                    expr(e);
                    u.b.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                }
            }
        }
        u.b.setLocation(savedLoc);
    }

    private static boolean truthy(Object k) {
        return switch (k) {
            case null -> false;
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case Expr.Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case byte[] b -> b.length > 0;
            case CodeObject.ConstTuple t -> !t.items().isEmpty();
            default -> true;
        };
    }

    // ---------------------------------------------------------------- constants

    /** The compile-time value of e, or NOT_CONST; folds only what cannot raise (CPython: ast_opt.c). */
    private Object constValue(Expr e) {
        switch (e) {
            case Expr.Constant c -> { return c.value(); }
            case Expr.UnaryOp un when un.op() == UnaryOperator.USUB -> {
                Object v = constValue(un.operand());
                return switch (v) {
                    case Boolean b -> NOT_CONST;
                    case Long l when l != Long.MIN_VALUE -> -l;
                    case Long l -> BigInteger.valueOf(l).negate();
                    case BigInteger b -> normalize(b.negate());
                    case Double d -> -d;
                    case Expr.Complex c -> new Expr.Complex(-c.real(), -c.imag());
                    case null, default -> NOT_CONST;
                };
            }
            case Expr.TupleExpr t when t.ctx() == Ctx.LOAD -> { return constTuple(t.elts()); }
            default -> { return NOT_CONST; }
        }
    }

    private Object constTuple(List<Expr> elts) {
        List<Object> items = new ArrayList<>();
        for (Expr x : elts) {
            Object v = constValue(x);
            if (v == NOT_CONST) return NOT_CONST;
            items.add(v);
        }
        return new CodeObject.ConstTuple(java.util.Collections.unmodifiableList(items));
    }

    private static Object normalize(BigInteger b) { return b.bitLength() < 64 ? (Object) b.longValue() : b; }

    // ---------------------------------------------------------------- displays

    // CPython: starunpack_helper
    private void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && !tuple && build == BUILD_LIST) {
            Object folded = constTuple(elts);
            if (folded != NOT_CONST) {
                u.b.emit(BUILD_LIST, pushed);
                loadConst(folded);
                u.b.emit(LIST_EXTEND, 1);
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!seenStar && !big) {
            for (Expr x : elts) expr(x);
            u.b.emit(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            u.b.emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (!built) {
                    u.b.emit(build, i + pushed);
                    built = true;
                }
                expr(s.value());
                u.b.emit(extend, 1);
            } else {
                expr(x);
                if (built) u.b.emit(add, 1);
            }
        }
        if (tuple) u.b.emit(LIST_TO_TUPLE);
    }

    // CPython: compiler_dict
    private void dict(Expr.DictExpr d) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) u.b.emit(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    u.b.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(d.values().get(i));
                u.b.emit(DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) u.b.emit(DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) u.b.emit(DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) u.b.emit(BUILD_MAP, 0);
    }

    // CPython: compiler_subdict
    private void subdict(Expr.DictExpr d, int begin, int end) {
        int n = end - begin;
        List<Object> keys = new ArrayList<>();
        boolean allConst = n > 1;
        for (int i = begin; i < end && allConst; i++) {
            Object k = constValue(d.keys().get(i));
            if (k == NOT_CONST) allConst = false;
            else keys.add(k);
        }
        if (allConst) {
            for (int i = begin; i < end; i++) expr(d.values().get(i));
            loadConst(new CodeObject.ConstTuple(keys));
            u.b.emit(BUILD_CONST_KEY_MAP, n);
        } else {
            for (int i = begin; i < end; i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            u.b.emit(BUILD_MAP, n);
        }
    }

    // ---------------------------------------------------------------- calls

    // CPython: compiler_call (with maybe_optimize_method_call)
    private void call(Expr.Call c) {
        validateKeywords(c.keywords());
        if (c.func() instanceof Expr.Attribute a && a.ctx() == Ctx.LOAD
                && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)
                && c.keywords().stream().allMatch(k -> k.name() != null)
                && c.args().size() < STACK_USE_GUIDELINE && c.keywords().size() < STACK_USE_GUIDELINE) {
            expr(a.value());
            setLoc(a);
            u.b.emit(LOAD_METHOD, name(a.attr()));
            for (Expr x : c.args()) expr(x);
            for (Keyword k : c.keywords()) expr(k.value());
            setLoc(c);
            kwNames(c.keywords());
            u.b.emit(CALL, c.args().size() + c.keywords().size());
            return;
        }
        checkCaller(c.func());
        if (isGlobalLoad(c.func())) {
            setLoc(c.func());
            globalOp(u.scope.mangle(((Expr.Name) c.func()).id()), Ctx.LOAD, true);
        } else {
            u.b.emit(PUSH_NULL);
            expr(c.func());
        }
        setLoc(c);
        callHelper(0, c.args(), c.keywords());
    }

    private void kwNames(List<Keyword> keywords) {
        if (keywords.isEmpty()) return;
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) names.add(k.name());
        u.b.emit(KW_NAMES, u.b.addConst(new CodeObject.ConstTuple(names)));
    }

    private void validateKeywords(List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.name() != null && !seen.add(k.name())) throw error("keyword argument repeated: " + k.name(), k);
        }
    }

    // CPython: compiler_call_helper — n items (e.g. build_class, name) are already on the stack
    private void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        Pos savedLoc = u.b.location();
        boolean ex = args.size() + keywords.size() * 2 > STACK_USE_GUIDELINE
                || args.stream().anyMatch(x -> x instanceof Expr.Starred)
                || keywords.stream().anyMatch(k -> k.name() == null);
        if (!ex) {
            for (Expr x : args) expr(x);
            for (Keyword k : keywords) expr(k.value());
            u.b.setLocation(savedLoc);
            kwNames(keywords);
            u.b.emit(CALL, n + args.size() + keywords.size());
            return;
        }
        // Positional arguments always become a tuple (the brief's BUILD_LIST/LIST_EXTEND/LIST_TO_TUPLE shape).
        if (args.stream().noneMatch(x -> x instanceof Expr.Starred)) {
            for (Expr x : args) expr(x);
            u.b.emit(BUILD_TUPLE, n + args.size());
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (!keywords.isEmpty()) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < keywords.size(); i++) {
                Keyword k = keywords.get(i);
                if (k.name() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) u.b.emit(DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        u.b.emit(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(k.value());
                    u.b.emit(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, keywords.size() - nseen, keywords.size());
                if (haveDict) u.b.emit(DICT_MERGE, 1);
            }
        }
        u.b.setLocation(savedLoc);
        u.b.emit(CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    // CPython: compiler_subkwargs
    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        if (n > 1) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                keys.add(keywords.get(i).name());
                expr(keywords.get(i).value());
            }
            loadConst(new CodeObject.ConstTuple(keys));
            u.b.emit(BUILD_CONST_KEY_MAP, n);
        } else {
            for (int i = begin; i < end; i++) {
                loadConst(keywords.get(i).name());
                expr(keywords.get(i).value());
            }
            u.b.emit(BUILD_MAP, n);
        }
    }

    // ---------------------------------------------------------------- assignment targets

    /**
     * {@code a, b = x, y} and {@code a, b, c = x, y, z}: the values are left on the stack and reordered
     * with SWAP instead of packed into a tuple and unpacked again (CPython 3.11's optimizer turns
     * BUILD_TUPLE n + UNPACK_SEQUENCE n into SWAP n for n of 2 and 3). Same order of evaluation and stores.
     */
    private boolean swapAssign(Stmt.Assign a) {
        if (a.targets().size() != 1 || !(a.value() instanceof Expr.TupleExpr v)) return false;
        List<Expr> targets = a.targets().get(0) instanceof Expr.TupleExpr t ? t.elts()
                : a.targets().get(0) instanceof Expr.ListExpr l ? l.elts() : null;
        int n = v.elts().size();
        if (targets == null || (n != 2 && n != 3) || targets.size() != n) return false;
        for (Expr e : v.elts()) if (e instanceof Expr.Starred) return false;
        for (Expr e : targets) if (e instanceof Expr.Starred) return false;
        for (Expr e : v.elts()) expr(e);
        u.b.emit(SWAP, n);
        for (Expr e : targets) expr(e);
        return true;
    }

    // CPython: unpack_helper + assignment_helper
    private void unpackAssign(List<Expr> elts, Expr at) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred s) {
                if (seenStar) throw error("multiple starred expressions in assignment", s);
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment", s);
                }
                u.b.emit(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) u.b.emit(UNPACK_SEQUENCE, n);
        for (Expr x : elts) expr(x instanceof Expr.Starred s ? s.value() : x);
    }

    // ---------------------------------------------------------------- nested code

    // CPython: compiler_lambda
    private void lambda(Expr.Lambda l) {
        int flags = defaultArguments(l.args());
        Scope scope = symtable.scopeOf(l);
        String qn = qualname("<lambda>", scope);
        enterScope(scope, "<lambda>", qn, l.pos().line(), List.of());
        setLoc(l);
        prologue();
        u.b.addFirstConst(null);  // so a lambda never has a docstring
        argCounts(l.args());
        expr(l.body());
        if (!scope.isGenerator()) {
            u.b.emit(RETURN_VALUE);
        } else {
            u.b.emit(POP_TOP);
            loadConst(null);
            u.b.emit(RETURN_VALUE);
        }
        CodeObject co = exitScope(false);
        setLoc(l);
        makeClosure(co, flags);
    }

    // CPython: compiler_comprehension
    private void comprehension(Expr e, String name, List<Comprehension> gens, Expr elt, Expr value) {
        if (elt instanceof Expr.Starred s) throw error("iterable unpacking cannot be used in comprehension", s);
        Scope scope = symtable.scopeOf(e);
        String qn = qualname(name, scope);
        boolean outerAsync = u.scope.isAsyncFunction() || u.scope.isComprehension;
        boolean genexp = e instanceof Expr.GeneratorExp;
        enterScope(scope, name, qn, e.pos().line(), List.of());
        setLoc(e);
        if (scope.isCoroutine() && !genexp && !outerAsync) {
            throw error("asynchronous comprehension outside of an asynchronous function", e);
        }
        prologue();
        u.b.argcount = 1;
        Opcode build = switch (e) {
            case Expr.ListComp c -> BUILD_LIST;
            case Expr.SetComp c -> BUILD_SET;
            case Expr.DictComp c -> BUILD_MAP;
            default -> null;
        };
        if (build != null) u.b.emit(build, 0);
        comprehensionGenerator(e, gens, 0, 0, elt, value);
        setLoc(e);
        if (build != null) u.b.emit(RETURN_VALUE);
        CodeObject co = exitScope(build == null);
        setLoc(e);
        makeClosure(co, 0);
        expr(gens.get(0).iter());
        setLoc(e);
        u.b.emit(gens.get(0).isAsync() ? GET_AITER : GET_ITER);
        u.b.emit(CALL, 0);  // [function, iterator] -> function(iterator)
        if (scope.isCoroutine() && !genexp) await(0);
    }

    // CPython: compiler_sync_comprehension_generator
    private void comprehensionGenerator(Expr e, List<Comprehension> gens, int index, int depth, Expr elt,
                                        Expr value) {
        Label start = new Label(), ifCleanup = new Label(), anchor = new Label();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            u.b.emit(LOAD_FAST, u.b.addVarname(".0"));
        } else {
            expr(gen.iter());
            u.b.emit(gen.isAsync() ? GET_AITER : GET_ITER);
        }
        depth++;
        u.b.bind(start);
        if (gen.isAsync()) {
            // CPython: compiler_async_comprehension_generator
            u.b.emitJump(SETUP_FINALLY, anchor);
            u.b.emit(GET_ANEXT);
            await0();
            u.b.emit(POP_BLOCK);
        } else {
            u.b.emitJump(FOR_ITER, anchor);
        }
        expr(gen.target());
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false);
        if (index + 1 < gens.size()) {
            comprehensionGenerator(e, gens, index + 1, depth, elt, value);
        } else {
            switch (e) {
                case Expr.GeneratorExp g -> {
                    expr(elt);
                    yieldValue();
                    u.b.emit(RESUME, 1);
                    u.b.emit(POP_TOP);
                }
                case Expr.ListComp c -> {
                    expr(elt);
                    u.b.emit(LIST_APPEND, depth + 1);
                }
                case Expr.SetComp c -> {
                    expr(elt);
                    u.b.emit(SET_ADD, depth + 1);
                }
                default -> {
                    expr(elt);
                    expr(value);
                    u.b.emit(MAP_ADD, depth + 1);
                }
            }
        }
        u.b.bind(ifCleanup);
        u.b.emitJump(JUMP, start);
        u.b.bind(anchor);
        if (gen.isAsync()) {
            setLoc(e);
            u.b.emit(END_ASYNC_FOR);
        }
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Call c -> "function call";
            case Expr.Constant c -> "literal";
            case Expr.Compare c -> "comparison";
            case Expr.BinOp b -> "expression";
            case Expr.Lambda l -> "lambda";
            case Expr.TupleExpr t -> "tuple";
            case Expr.ListExpr l -> "list";
            default -> "expression";
        };
    }
}

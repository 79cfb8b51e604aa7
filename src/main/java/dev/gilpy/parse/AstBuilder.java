package dev.gilpy.parse;

import dev.gilpy.ast.*;
import dev.gilpy.ast.Expr.*;
import dev.gilpy.parse.PythonParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an ANTLR parse tree into gilpy's AST (shaped like CPython's {@code ast}), setting store/delete
 * contexts, positions, and raising the SyntaxErrors CPython's grammar raises for invalid targets,
 * argument order and the like. This is the only class that looks at ANTLR parse-tree classes.
 */
final class AstBuilder {
    private final SourceText src;

    AstBuilder(SourceText src) {
        this.src = src;
    }

    // =========================================================================== positions

    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** End (line, col) of a token, accounting for multi-line strings. */
    static int[] tokenEnd(Token t) {
        String text = t.getText();
        if (t.getType() == Token.EOF || t.getType() == PythonLexer.NEWLINE || t.getType() == PythonParser.INDENT
                || t.getType() == PythonParser.DEDENT) {
            return new int[] {t.getLine(), t.getCharPositionInLine()};
        }
        int nl = text.lastIndexOf('\n');
        if (nl < 0) return new int[] {t.getLine(), t.getCharPositionInLine() + cpLen(text)};
        int lines = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        return new int[] {t.getLine() + lines, cpLen(text.substring(nl + 1))};
    }

    static Pos span(Token a, Token b) {
        int[] e = tokenEnd(b);
        return new Pos(a.getLine(), a.getCharPositionInLine(), e[0], e[1]);
    }

    static Pos pos(ParserRuleContext c) {
        return span(c.start, c.stop);
    }

    static Pos pos(Token t) {
        return span(t, t);
    }

    static Pos from(Token a, Pos end) {
        return new Pos(a.getLine(), a.getCharPositionInLine(), end.endLine(), end.endCol());
    }

    /** The one-character span just after {@code p} (where CPython puts some argument-order carets). */
    private static Pos after(Pos p) {
        return new Pos(p.endLine(), p.endCol(), p.endLine(), p.endCol() + 1);
    }

    private ParseError error(String msg, Pos p) {
        return src.error("SyntaxError", msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }

    // =========================================================================== modules

    Mod.Module module(FileInputContext c) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : c.stmt()) stmt(s, body);
        return new Mod.Module(modPos(body), body);
    }

    Mod.Interactive interactive(SingleInputContext c) {
        List<Stmt> body = new ArrayList<>();
        if (c.simpleStmts() != null) simpleStmts(c.simpleStmts(), body);
        if (c.compoundStmt() != null) body.add(compound(c.compoundStmt()));
        return new Mod.Interactive(modPos(body), body);
    }

    Mod.Expression expression(EvalInputContext c) {
        Expr e = testlist(c.testlist());
        return new Mod.Expression(e.pos(), e);
    }

    private static Pos modPos(List<Stmt> body) {
        if (body.isEmpty()) return new Pos(1, 0, 1, 0);
        Pos last = body.get(body.size() - 1).pos();
        return new Pos(1, 0, last.endLine(), last.endCol());
    }

    // =========================================================================== statements

    private void stmt(StmtContext c, List<Stmt> out) {
        if (c.simpleStmts() != null) simpleStmts(c.simpleStmts(), out);
        else out.add(compound(c.compoundStmt()));
    }

    private void simpleStmts(SimpleStmtsContext c, List<Stmt> out) {
        for (SimpleStmtContext s : c.simpleStmt()) out.add(simple(s));
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c.simpleStmts() != null) simpleStmts(c.simpleStmts(), out);
        else for (StmtContext s : c.stmt()) stmt(s, out);
        return out;
    }

    private static Pos endOf(Token start, List<Stmt> body) {
        return from(start, body.get(body.size() - 1).pos());
    }

    private Stmt simple(SimpleStmtContext c) {
        Pos p = pos(c);
        if (c.exprStmt() != null) return exprStmt(c.exprStmt());
        if (c.passStmt() != null) return new Stmt.Pass(p);
        if (c.breakStmt() != null) return new Stmt.Break(p);
        if (c.continueStmt() != null) return new Stmt.Continue(p);
        if (c.returnStmt() != null) {
            TestlistStarExprContext v = c.returnStmt().testlistStarExpr();
            return new Stmt.Return(p, v == null ? null : testlistStar(v));
        }
        if (c.delStmt() != null) {
            List<Expr> targets = new ArrayList<>();
            for (ParseTree ch : c.delStmt().exprlist().children) {
                if (ch instanceof ParserRuleContext rc) targets.add(target(exprOrStar(rc), Ctx.DEL, false));
            }
            return new Stmt.Delete(p, targets);
        }
        if (c.raiseStmt() != null) {
            List<TestContext> t = c.raiseStmt().test();
            return new Stmt.Raise(p, t.isEmpty() ? null : test(t.get(0)), t.size() > 1 ? test(t.get(1)) : null);
        }
        if (c.globalStmt() != null) return new Stmt.Global(p, names(c.globalStmt().NAME()));
        if (c.nonlocalStmt() != null) return new Stmt.Nonlocal(p, names(c.nonlocalStmt().NAME()));
        if (c.assertStmt() != null) {
            List<TestContext> t = c.assertStmt().test();
            return new Stmt.Assert(p, test(t.get(0)), t.size() > 1 ? test(t.get(1)) : null);
        }
        if (c.importName() != null) {
            List<Alias> names = new ArrayList<>();
            for (DottedAsNameContext d : c.importName().dottedAsName()) {
                names.add(new Alias(pos(d), d.dottedName().getText(), d.NAME() == null ? null : d.NAME().getText()));
            }
            return new Stmt.Import(p, names);
        }
        ImportFromContext f = c.importFrom();
        int level = 0;
        for (ImportDotsContext d : f.importDots()) level += d.getText().length();
        String module = f.dottedName() == null ? null : f.dottedName().getText();
        List<Alias> names = new ArrayList<>();
        ImportTargetsContext it = f.importTargets();
        if (it.importAsNames() == null) {
            names.add(new Alias(pos(it), "*", null));
        } else {
            for (ImportAsNameContext n : it.importAsNames().importAsName()) {
                names.add(new Alias(pos(n), n.NAME(0).getText(), n.NAME().size() > 1 ? n.NAME(1).getText() : null));
            }
        }
        return new Stmt.ImportFrom(p, module, names, level);
    }

    private static List<String> names(List<TerminalNode> ns) {
        List<String> out = new ArrayList<>(ns.size());
        for (TerminalNode n : ns) out.add(n.getText());
        return out;
    }

    private Stmt exprStmt(ExprStmtContext c) {
        Pos p = pos(c);
        List<AssignRhsContext> all = c.assignRhs();
        AssignRhsContext first = all.get(0);
        if (c.annotation() != null) {
            AnnotationContext a = c.annotation();
            Expr t = rhs(first);
            if (t instanceof TupleExpr) throw error("only single target (not tuple) can be annotated", t.pos());
            if (t instanceof ListExpr) throw error("only single target (not list) can be annotated", t.pos());
            if (!(t instanceof Name || t instanceof Attribute || t instanceof Subscript)) {
                throw error("illegal target for annotation", t.pos());
            }
            boolean simple = t instanceof Name && !first.start.getText().equals("(");
            Expr value = a.yieldExpr() != null ? yieldExpr(a.yieldExpr())
                    : a.testlistStarExpr() != null ? testlistStar(a.testlistStarExpr()) : null;
            return new Stmt.AnnAssign(p, target(t, Ctx.STORE, false), test(a.test()), value, simple);
        }
        if (c.augOp() != null) {
            Expr t = rhs(first);
            if (!(t instanceof Name || t instanceof Attribute || t instanceof Subscript)) {
                throw error("'" + kindName(t) + "' is an illegal expression for augmented assignment", t.pos());
            }
            Expr value = c.yieldExpr() != null ? yieldExpr(c.yieldExpr()) : testlist(c.testlist());
            return new Stmt.AugAssign(p, target(t, Ctx.STORE, false), augOp(c.augOp().getText()), value);
        }
        List<AssignRhsContext> rhs = all.subList(1, all.size());
        if (rhs.isEmpty()) return new Stmt.ExprStmt(p, rhs(first));
        List<Expr> targets = new ArrayList<>();
        boolean single = rhs.size() == 1;
        targets.add(assignTarget(rhs(first), single));
        for (int i = 0; i < rhs.size() - 1; i++) targets.add(assignTarget(rhs(rhs.get(i)), false));
        return new Stmt.Assign(p, targets, rhs(rhs.get(rhs.size() - 1)));
    }

    private Expr rhs(AssignRhsContext r) {
        return r.yieldExpr() != null ? yieldExpr(r.yieldExpr()) : testlistStar(r.testlistStarExpr());
    }

    private Expr assignTarget(Expr t, boolean single) {
        if (t instanceof Yield || t instanceof YieldFrom) {
            throw error("assignment to yield expression not possible", t.pos());
        }
        if (t instanceof Starred) throw error("starred assignment target must be in a list or tuple", t.pos());
        if (single && !(t instanceof TupleExpr || t instanceof ListExpr) && !isValidTarget(t)
                && !(t instanceof Constant k && (k.value() == null || k.value() instanceof Boolean))) {
            throw error("cannot assign to " + kindName(t) + " here. Maybe you meant '==' instead of '='?", t.pos());
        }
        return target(t, Ctx.STORE, false);
    }

    private static boolean isValidTarget(Expr e) {
        return e instanceof Name || e instanceof Attribute || e instanceof Subscript || e instanceof Starred
                || e instanceof TupleExpr || e instanceof ListExpr;
    }

    /** Rebuilds {@code e} with the given context, checking that it can be a target. */
    private Expr target(Expr e, Ctx ctx, boolean nested) {
        return switch (e) {
            case Name n -> new Name(n.pos(), n.id(), ctx);
            case Attribute a -> new Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Subscript s -> new Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Starred s -> {
                if (ctx == Ctx.DEL) throw error("cannot delete starred", s.pos());
                yield new Starred(s.pos(), target(s.value(), ctx, true), ctx);
            }
            case TupleExpr t -> new TupleExpr(t.pos(), targets(t.elts(), ctx), ctx);
            case ListExpr l -> new ListExpr(l.pos(), targets(l.elts(), ctx), ctx);
            default -> throw error((ctx == Ctx.DEL ? "cannot delete " : "cannot assign to ") + kindName(e), e.pos());
        };
    }

    private List<Expr> targets(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(target(x, ctx, true));
        return out;
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String kindName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case ListExpr l -> "list";
            case TupleExpr t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case DictExpr d -> "dict literal";
            case SetExpr s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
            case Constant k -> k.value() == null ? "None" : k.value() == Boolean.TRUE ? "True"
                    : k.value() == Boolean.FALSE ? "False" : k.value() == Ellipsis.INSTANCE ? "ellipsis" : "literal";
        };
    }

    private static Operator augOp(String s) {
        return binOp(s.substring(0, s.length() - 1));
    }

    private static Operator binOp(String s) {
        return switch (s) {
            case "+" -> Operator.ADD;
            case "-" -> Operator.SUB;
            case "*" -> Operator.MULT;
            case "@" -> Operator.MATMULT;
            case "/" -> Operator.DIV;
            case "%" -> Operator.MOD;
            case "**" -> Operator.POW;
            case "<<" -> Operator.LSHIFT;
            case ">>" -> Operator.RSHIFT;
            case "|" -> Operator.BITOR;
            case "^" -> Operator.BITXOR;
            case "&" -> Operator.BITAND;
            case "//" -> Operator.FLOORDIV;
            default -> throw new IllegalStateException(s);
        };
    }

    private Stmt compound(CompoundStmtContext c) {
        if (c.ifStmt() != null) return ifStmt(c.ifStmt());
        if (c.whileStmt() != null) {
            WhileStmtContext w = c.whileStmt();
            List<Stmt> body = block(w.block());
            List<Stmt> orelse = w.elseClause() == null ? List.of() : block(w.elseClause().block());
            return new Stmt.While(endOf(w.start, orelse.isEmpty() ? body : orelse), namedExprTest(w.namedExprTest()),
                    body, orelse);
        }
        if (c.forStmt() != null) return forStmt(c.forStmt(), null);
        if (c.tryStmt() != null) return tryStmt(c.tryStmt());
        if (c.withStmt() != null) return withStmt(c.withStmt(), null);
        if (c.funcDef() != null) return funcDef(c.funcDef(), List.of(), null);
        if (c.classDef() != null) return classDef(c.classDef(), List.of());
        if (c.asyncStmt() != null) {
            AsyncStmtContext a = c.asyncStmt();
            if (a.funcDef() != null) return funcDef(a.funcDef(), List.of(), a.start);
            if (a.withStmt() != null) return withStmt(a.withStmt(), a.start);
            return forStmt(a.forStmt(), a.start);
        }
        DecoratedContext d = c.decorated();
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext dc : d.decorator()) decorators.add(namedExprTest(dc.namedExprTest()));
        if (d.asyncFuncDef() != null) return funcDef(d.asyncFuncDef().funcDef(), decorators, d.asyncFuncDef().start);
        return d.funcDef() != null ? funcDef(d.funcDef(), decorators, null) : classDef(d.classDef(), decorators);
    }

    /** A for statement; {@code async} is the 'async' token of an async for, else null. */
    private Stmt forStmt(ForStmtContext f, Token async) {
        List<Stmt> body = block(f.block());
        List<Stmt> orelse = f.elseClause() == null ? List.of() : block(f.elseClause().block());
        Pos p = endOf(async != null ? async : f.start, orelse.isEmpty() ? body : orelse);
        Expr target = target(exprlist(f.exprlist()), Ctx.STORE, false);
        Expr iter = testlist(f.testlist());
        return async != null ? new Stmt.AsyncFor(p, target, iter, body, orelse)
                : new Stmt.For(p, target, iter, body, orelse);
    }

    private Stmt withStmt(WithStmtContext w, Token async) {
        List<WithItem> items = new ArrayList<>();
        for (WithItemContext i : w.withItem()) {
            Expr vars = i.expr() == null ? null : target(expr(i.expr()), Ctx.STORE, false);
            items.add(new WithItem(pos(i), test(i.test()), vars));
        }
        List<Stmt> body = block(w.block());
        Pos p = endOf(async != null ? async : w.start, body);
        return async != null ? new Stmt.AsyncWith(p, items, body) : new Stmt.With(p, items, body);
    }

    private Stmt ifStmt(IfStmtContext c) {
        // elif chains become nested Ifs in orelse, built from the back
        List<Stmt> orelse = c.elseClause() == null ? List.of() : block(c.elseClause().block());
        List<ElifClauseContext> elifs = c.elifClause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            ElifClauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            Stmt s = new Stmt.If(endOf(e.start, orelse.isEmpty() ? body : orelse), namedExprTest(e.namedExprTest()),
                    body, orelse);
            orelse = List.of(s);
        }
        List<Stmt> body = block(c.block());
        return new Stmt.If(endOf(c.start, orelse.isEmpty() ? body : orelse), namedExprTest(c.namedExprTest()),
                body, orelse);
    }

    private Stmt tryStmt(TryStmtContext c) {
        List<Stmt> body = block(c.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        List<Stmt> last = body;
        boolean star = !c.exceptClause().isEmpty() && c.exceptClause().get(0).star != null;
        for (ExceptClauseContext e : c.exceptClause()) {
            if ((e.star != null) != star) {
                Token end = e.star != null ? e.star : e.start;
                throw src.error("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'",
                        e.start.getLine(), e.start.getCharPositionInLine() + 1, end.getLine(),
                        end.getCharPositionInLine() + end.getText().length() + 1);
            }
            if (star && e.test() == null) {
                Token colon = e.block().start;
                for (var child : e.children) {
                    if (child instanceof org.antlr.v4.runtime.tree.TerminalNode tn && tn.getText().equals(":")) {
                        colon = tn.getSymbol();
                    }
                }
                throw src.error("SyntaxError", "expected one or more exception types", colon.getLine(),
                        colon.getCharPositionInLine() + 1, colon.getLine(), colon.getCharPositionInLine() + 2);
            }
            List<Stmt> hb = block(e.block());
            handlers.add(new ExceptHandler(endOf(e.start, hb), e.test() == null ? null : test(e.test()),
                    e.NAME() == null ? null : e.NAME().getText(), hb));
            last = hb;
        }
        List<Stmt> orelse = c.elseClause() == null ? List.of() : block(c.elseClause().block());
        if (!orelse.isEmpty()) last = orelse;
        List<Stmt> fin = c.finallyClause() == null ? List.of() : block(c.finallyClause().block());
        if (!fin.isEmpty()) last = fin;
        if (star) return new Stmt.TryStar(endOf(c.start, last), body, handlers, orelse, fin);
        return new Stmt.Try(endOf(c.start, last), body, handlers, orelse, fin);
    }

    private Stmt funcDef(FuncDefContext c, List<Expr> decorators, Token async) {
        Arguments args = c.parameters() == null ? Arguments.empty(new Pos(c.NAME().getSymbol().getLine(),
                c.NAME().getSymbol().getCharPositionInLine(), c.NAME().getSymbol().getLine(),
                c.NAME().getSymbol().getCharPositionInLine())) : parameters(c.parameters());
        List<Stmt> body = block(c.block());
        Expr returns = c.test() == null ? null : test(c.test());
        if (async != null) {
            return new Stmt.AsyncFunctionDef(endOf(async, body), c.NAME().getText(), args, body, decorators, returns);
        }
        return new Stmt.FunctionDef(endOf(c.start, body), c.NAME().getText(), args, body, decorators, returns);
    }

    private Stmt classDef(ClassDefContext c, List<Expr> decorators) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (c.arglist() != null) arglist(c.arglist(), bases, keywords, null);
        List<Stmt> body = block(c.block());
        return new Stmt.ClassDef(endOf(c.start, body), c.NAME().getText(), bases, keywords, body, decorators);
    }

    // =========================================================================== parameters

    private final class ParamCollector {
        final List<Arg> posonly = new ArrayList<>();
        final List<Arg> args = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        final List<Arg> kwonly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg;
        Arg kwarg;
        boolean seenSlash, seenStar, bareStar;
        Pos starPos;

        void checkAfterKwarg(Pos p) {
            if (kwarg != null) throw error("arguments cannot follow var-keyword argument", p);
        }

        void plain(Arg a, Expr dflt, Pos p) {
            checkAfterKwarg(p);
            if (seenStar) {
                kwonly.add(a);
                kwDefaults.add(dflt);
                return;
            }
            if (dflt != null) defaults.add(dflt);
            else if (!defaults.isEmpty()) throw error("non-default argument follows default argument", p);
            args.add(a);
        }

        void slash(Pos p) {
            checkAfterKwarg(p);
            if (seenSlash) throw error("/ may appear only once", p);
            if (seenStar) throw error("/ must be ahead of *", p);
            if (args.isEmpty()) throw error("at least one argument must precede /", p);
            seenSlash = true;
            posonly.addAll(args);
            args.clear();
        }

        void star(Arg a, Pos p) {
            checkAfterKwarg(p);
            if (seenStar) throw error("* argument may appear only once", p);
            seenStar = true;
            vararg = a;
            bareStar = a == null;
            starPos = p;
        }

        void kw(Arg a, Pos p) {
            checkAfterKwarg(p);
            kwarg = a;
        }

        Arguments build(Pos p) {
            if (bareStar && kwonly.isEmpty()) throw error("named arguments must follow bare *", starPos);
            return new Arguments(p, posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
        }
    }

    private Arguments parameters(ParametersContext c) {
        ParamCollector pc = new ParamCollector();
        for (ParamContext p : c.param()) {
            Pos pp = pos(p);
            switch (p) {
                case PlainParamContext pl -> {
                    Expr ann = null, dflt = null;
                    List<ParseTree> ch = pl.children;
                    for (int i = 1; i + 1 < ch.size(); i += 2) {
                        Expr v = test((TestContext) ch.get(i + 1));
                        if (ch.get(i).getText().equals(":")) ann = v;
                        else dflt = v;
                    }
                    pc.plain(new Arg(pos(pl.NAME().getSymbol()), pl.NAME().getText(), ann), dflt, pp);
                }
                case SlashParamContext s -> pc.slash(pp);
                case StarParamContext s -> pc.star(s.NAME() == null ? null : new Arg(
                        argPos(s.NAME().getSymbol(), s.test()), s.NAME().getText(),
                        s.test() == null ? null : test(s.test())), pp);
                case KwParamContext k -> pc.kw(new Arg(argPos(k.NAME().getSymbol(), k.test()), k.NAME().getText(),
                        k.test() == null ? null : test(k.test())), pp);
                default -> throw new IllegalStateException();
            }
        }
        return pc.build(pos(c));
    }

    private static Pos argPos(Token name, TestContext ann) {
        return ann == null ? pos(name) : span(name, ann.stop);
    }

    private Arguments lambdaParams(LambdaParamsContext c, Token lambdaTok) {
        if (c == null) return Arguments.empty(pos(lambdaTok));
        ParamCollector pc = new ParamCollector();
        for (LambdaParamContext p : c.lambdaParam()) {
            Pos pp = pos(p);
            switch (p) {
                case LambdaPlainParamContext pl -> pc.plain(new Arg(pos(pl.NAME().getSymbol()), pl.NAME().getText(), null),
                        pl.test() == null ? null : test(pl.test()), pp);
                case LambdaSlashParamContext s -> pc.slash(pp);
                case LambdaStarParamContext s -> pc.star(s.NAME() == null ? null
                        : new Arg(pos(s.NAME().getSymbol()), s.NAME().getText(), null), pp);
                case LambdaKwParamContext k -> pc.kw(new Arg(pos(k.NAME().getSymbol()), k.NAME().getText(), null), pp);
                default -> throw new IllegalStateException();
            }
        }
        return pc.build(pos(c));
    }

    // =========================================================================== expressions

    Expr testlist(TestlistContext c) {
        List<TestContext> ts = c.test();
        if (ts.size() == 1 && c.getChildCount() == 1) return test(ts.get(0));
        List<Expr> elts = new ArrayList<>();
        for (TestContext t : ts) elts.add(test(t));
        return new TupleExpr(pos(c), elts, Ctx.LOAD);
    }

    Expr testlistStar(TestlistStarExprContext c) {
        if (c.getChildCount() == 1) return exprOrStar((ParserRuleContext) c.getChild(0));
        List<Expr> elts = new ArrayList<>();
        for (ParseTree ch : c.children) if (ch instanceof ParserRuleContext rc) elts.add(exprOrStar(rc));
        return new TupleExpr(pos(c), elts, Ctx.LOAD);
    }

    private Expr exprlist(ExprlistContext c) {
        if (c.getChildCount() == 1) return exprOrStar((ParserRuleContext) c.getChild(0));
        List<Expr> elts = new ArrayList<>();
        for (ParseTree ch : c.children) if (ch instanceof ParserRuleContext rc) elts.add(exprOrStar(rc));
        return new TupleExpr(pos(c), elts, Ctx.LOAD);
    }

    /** One element of a list-like production: test, namedExprTest, expr or starExpr. */
    private Expr exprOrStar(ParserRuleContext rc) {
        return switch (rc) {
            case TestContext t -> test(t);
            case NamedExprTestContext n -> namedExprTest(n);
            case ExprContext e -> expr(e);
            case StarExprContext s -> new Starred(pos(s), expr(s.expr()), Ctx.LOAD);
            default -> throw new IllegalStateException(rc.getClass().getName());
        };
    }

    Expr namedExprTest(NamedExprTestContext c) {
        List<TestContext> ts = c.test();
        if (ts.size() == 1) return test(ts.get(0));
        Expr t = test(ts.get(0));
        if (!(t instanceof Name n)) throw error("cannot use assignment expressions with " + kindName(t), t.pos());
        return new NamedExpr(pos(c), new Name(n.pos(), n.id(), Ctx.STORE), test(ts.get(1)));
    }

    /**
     * CPython's parser gives up (MemoryError, "parser stack overflow") when its rules nest 6000 deep; a lambda
     * takes two of them, so 'lambda: ' * 2985 + '1' fails there, before the compiler builds thousands of
     * ever longer qualnames. Other nesting is bounded by the parenthesis limit or the Java stack.
     */
    private static final int MAX_LAMBDA_NESTING = 2984;
    private int lambdaNesting;

    private Lambda lambda(ParserRuleContext l, LambdaParamsContext params, java.util.function.Supplier<Expr> body) {
        if (++lambdaNesting > MAX_LAMBDA_NESTING) {
            throw new ParseError("MemoryError", "", src.filename, l.start.getLine(), 1, null, l.start.getLine(), 1);
        }
        try {
            return new Lambda(pos(l), lambdaParams(params, l.start), body.get());
        } finally {
            lambdaNesting--;
        }
    }

    Expr test(TestContext c) {
        if (c.lambdef() != null) {
            LambdefContext l = c.lambdef();
            return lambda(l, l.lambdaParams(), () -> test(l.test()));
        }
        List<OrTestContext> ors = c.orTest();
        if (ors.size() == 1) return orTest(ors.get(0));
        return new IfExp(pos(c), orTest(ors.get(1)), orTest(ors.get(0)), test(c.test()));
    }

    private Expr testNoCond(TestNoCondContext c) {
        if (c.orTest() != null) return orTest(c.orTest());
        LambdefNoCondContext l = c.lambdefNoCond();
        return lambda(l, l.lambdaParams(), () -> testNoCond(l.testNoCond()));
    }

    private Expr orTest(OrTestContext c) {
        List<AndTestContext> as = c.andTest();
        if (as.size() == 1) return andTest(as.get(0));
        List<Expr> vals = new ArrayList<>();
        for (AndTestContext a : as) vals.add(andTest(a));
        return new BoolOp(pos(c), BoolOperator.OR, vals);
    }

    private Expr andTest(AndTestContext c) {
        List<NotTestContext> ns = c.notTest();
        if (ns.size() == 1) return notTest(ns.get(0));
        List<Expr> vals = new ArrayList<>();
        for (NotTestContext n : ns) vals.add(notTest(n));
        return new BoolOp(pos(c), BoolOperator.AND, vals);
    }

    private Expr notTest(NotTestContext c) {
        if (c.comparison() != null) return comparison(c.comparison());
        // iterative for long 'not not not ...' chains
        List<NotTestContext> chain = new ArrayList<>();
        NotTestContext cur = c;
        while (cur.comparison() == null) {
            chain.add(cur);
            cur = cur.notTest();
        }
        Expr e = comparison(cur.comparison());
        for (int i = chain.size() - 1; i >= 0; i--) e = new UnaryOp(pos(chain.get(i)), UnaryOperator.NOT, e);
        return e;
    }

    private Expr comparison(ComparisonContext c) {
        List<ExprContext> es = c.expr();
        if (es.size() == 1) return expr(es.get(0));
        List<CmpOperator> ops = new ArrayList<>();
        for (CompOpContext o : c.compOp()) {
            ops.add(switch (o.getText()) {
                case "<" -> CmpOperator.LT;
                case ">" -> CmpOperator.GT;
                case "==" -> CmpOperator.EQ;
                case ">=" -> CmpOperator.GT_E;
                case "<=" -> CmpOperator.LT_E;
                case "!=" -> CmpOperator.NOT_EQ;
                case "in" -> CmpOperator.IN;
                case "notin" -> CmpOperator.NOT_IN;
                case "is" -> CmpOperator.IS;
                case "isnot" -> CmpOperator.IS_NOT;
                default -> throw new IllegalStateException(o.getText());
            });
        }
        List<Expr> comps = new ArrayList<>();
        for (int i = 1; i < es.size(); i++) comps.add(expr(es.get(i)));
        return new Compare(pos(c), expr(es.get(0)), ops, comps);
    }

    /** Left-associative binary chain: children are operand (op operand)*. */
    private Expr chain(ParserRuleContext c) {
        List<ParseTree> ch = c.children;
        Expr left = binary((ParserRuleContext) ch.get(0));
        for (int i = 1; i + 1 < ch.size(); i += 2) {
            ParserRuleContext right = (ParserRuleContext) ch.get(i + 1);
            left = new BinOp(span(c.start, right.stop), left, binOp(ch.get(i).getText()), binary(right));
        }
        return left;
    }

    private Expr binary(ParserRuleContext c) {
        if (c.getChildCount() == 1 && !(c instanceof FactorContext) && !(c instanceof PowerContext)) {
            return binary((ParserRuleContext) c.getChild(0));
        }
        return switch (c) {
            case ExprContext e -> chain(e);
            case XorExprContext e -> chain(e);
            case AndExprContext e -> chain(e);
            case ShiftExprContext e -> chain(e);
            case ArithExprContext e -> chain(e);
            case TermContext e -> chain(e);
            case FactorContext f -> factor(f);
            case PowerContext p -> power(p);
            default -> throw new IllegalStateException(c.getClass().getName());
        };
    }

    Expr expr(ExprContext c) {
        return binary(c);
    }

    private Expr factor(FactorContext c) {
        if (c.power() != null) return power(c.power());
        List<FactorContext> chain = new ArrayList<>();
        FactorContext cur = c;
        while (cur.power() == null) {
            chain.add(cur);
            cur = cur.factor();
        }
        Expr e = power(cur.power());
        for (int i = chain.size() - 1; i >= 0; i--) {
            FactorContext f = chain.get(i);
            UnaryOperator op = switch (f.unaryOp().getText()) {
                case "+" -> UnaryOperator.UADD;
                case "-" -> UnaryOperator.USUB;
                default -> UnaryOperator.INVERT;
            };
            e = new UnaryOp(pos(f), op, e);
        }
        return e;
    }

    private Expr power(PowerContext c) {
        AwaitPrimaryContext ap = c.awaitPrimary();
        Expr base = atomExpr(ap.atomExpr());
        if (ap.getChildCount() == 2) base = new Await(pos(ap), base);
        if (c.factor() == null) return base;
        return new BinOp(pos(c), base, Operator.POW, factor(c.factor()));
    }

    private Expr atomExpr(AtomExprContext c) {
        Expr e = atom(c.atom());
        for (TrailerContext t : c.trailer()) {
            Pos p = span(c.start, t.stop);
            switch (t) {
                case CallTrailerContext ct -> {
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> kws = new ArrayList<>();
                    if (ct.arglist() != null) arglist(ct.arglist(), args, kws, ct);
                    e = new Call(p, e, args, kws);
                }
                case AttrTrailerContext at -> e = new Attribute(p, e, at.NAME().getText(), Ctx.LOAD);
                case SubscriptTrailerContext st -> e = new Subscript(p, e, subscriptList(st.subscriptList()), Ctx.LOAD);
                default -> throw new IllegalStateException();
            }
        }
        return e;
    }

    private Expr subscriptList(SubscriptListContext c) {
        List<SubscriptContext> subs = c.subscript();
        if (subs.size() == 1 && c.getChildCount() == 1) return subscript(subs.get(0));
        List<Expr> elts = new ArrayList<>();
        for (SubscriptContext s : subs) elts.add(subscript(s));
        return new TupleExpr(pos(c), elts, Ctx.LOAD);
    }

    private Expr subscript(SubscriptContext c) {
        return switch (c) {
            case IndexSubContext i -> namedExprTest(i.namedExprTest());
            case StarSubContext s -> exprOrStar(s.starExpr());
            case SliceSubContext s -> {
                Expr lower = null, upper = null, step = null;
                boolean afterColon = false;
                for (ParseTree ch : s.children) {
                    if (ch instanceof TestContext t) {
                        if (afterColon) upper = test(t);
                        else lower = test(t);
                    } else if (ch instanceof SliceStepContext st) {
                        if (st.test() != null) step = test(st.test());
                    } else {
                        afterColon = true;
                    }
                }
                yield new Slice(pos(s), lower, upper, step);
            }
            default -> throw new IllegalStateException();
        };
    }

    private void arglist(ArglistContext c, List<Expr> args, List<Keyword> kws, CallTrailerContext call) {
        boolean seenKw = false, seenDstar = false;
        List<ArgumentContext> list = c.argument();
        for (ArgumentContext a : list) {
            switch (a) {
                case GenArgContext g -> {
                    if (list.size() > 1 || c.getChildCount() > 1) {
                        throw error("Generator expression must be parenthesized", pos(g));
                    }
                    Pos gp = call != null ? pos(call) : pos(g);
                    args.add(new GeneratorExp(gp, test(g.test()), compFor(g.compFor())));
                }
                case PosArgContext p -> {
                    if (seenDstar) throw error("positional argument follows keyword argument unpacking", pos(p));
                    if (seenKw) throw error("positional argument follows keyword argument", after(pos(p)));
                    args.add(test(p.test()));
                }
                case WalrusArgContext w -> {
                    if (seenDstar) throw error("positional argument follows keyword argument unpacking", pos(w));
                    if (seenKw) throw error("positional argument follows keyword argument", after(pos(w)));
                    Token n = w.NAME().getSymbol();
                    args.add(new NamedExpr(pos(w), new Name(pos(n), n.getText(), Ctx.STORE), test(w.test())));
                }
                case StarArgContext s -> {
                    if (seenDstar) {
                        throw error("iterable argument unpacking follows keyword argument unpacking",
                                new Pos(s.start.getLine(), s.start.getCharPositionInLine(), s.start.getLine(),
                                        s.start.getCharPositionInLine() + 1));
                    }
                    args.add(new Starred(pos(s), test(s.test()), Ctx.LOAD));
                }
                case KwArgContext k -> {
                    seenKw = true;
                    kws.add(new Keyword(pos(k), k.NAME().getText(), test(k.test())));
                }
                case DstarArgContext d -> {
                    seenDstar = true;
                    kws.add(new Keyword(pos(d), null, test(d.test())));
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private List<Comprehension> compFor(CompForContext c) {
        List<Comprehension> gens = new ArrayList<>();
        Expr target = target(exprlist(c.exprlist()), Ctx.STORE, false);
        Token start = c.start;
        boolean isAsync = c.getChild(0).getText().equals("async");
        Expr iter = orTest(c.orTest());
        List<Expr> ifs = new ArrayList<>();
        Token end = c.orTest().stop;
        for (CompIterContext it : c.compIter()) {
            if (it.compIf() != null) {
                ifs.add(testNoCond(it.compIf().testNoCond()));
                end = it.stop;
            } else {
                gens.add(new Comprehension(span(start, end), target, iter, ifs, isAsync));
                CompForNestedContext n = it.compForNested();
                isAsync = n.getChild(0).getText().equals("async");
                start = n.start;
                target = target(exprlist(n.exprlist()), Ctx.STORE, false);
                iter = orTest(n.orTest());
                end = n.stop;
                ifs = new ArrayList<>();
            }
        }
        gens.add(new Comprehension(span(start, end), target, iter, ifs, isAsync));
        return gens;
    }

    private Expr yieldExpr(YieldExprContext c) {
        if (c.test() != null) return new YieldFrom(pos(c), test(c.test()));
        return new Yield(pos(c), c.testlistStarExpr() == null ? null : testlistStar(c.testlistStarExpr()));
    }

    private Expr atom(AtomContext c) {
        Pos p = pos(c);
        return switch (c) {
            case NameAtomContext n -> new Name(p, n.getText(), Ctx.LOAD);
            case NumberAtomContext n -> number(n.number().start, p);
            case StringAtomContext s -> new StringLiterals(src, this).strings(s.STRING(), p);
            case EllipsisAtomContext e -> new Constant(p, Ellipsis.INSTANCE);
            case NoneAtomContext e -> new Constant(p, null);
            case TrueAtomContext e -> new Constant(p, Boolean.TRUE);
            case FalseAtomContext e -> new Constant(p, Boolean.FALSE);
            case ParenAtomContext pa -> {
                if (pa.yieldExpr() != null) yield yieldExpr(pa.yieldExpr());
                if (pa.testlistComp() == null) yield new TupleExpr(p, List.of(), Ctx.LOAD);
                TestlistCompContext tc = pa.testlistComp();
                if (tc.compFor() != null) yield new GeneratorExp(p, exprOrStar((ParserRuleContext) tc.getChild(0)),
                        compFor(tc.compFor()));
                if (tc.getChildCount() == 1) {
                    Expr inner = exprOrStar((ParserRuleContext) tc.getChild(0));
                    if (inner instanceof Starred) throw error("cannot use starred expression here", inner.pos());
                    yield inner;
                }
                yield new TupleExpr(p, elements(tc), Ctx.LOAD);
            }
            case ListAtomContext la -> {
                TestlistCompContext tc = la.testlistComp();
                if (tc == null) yield new ListExpr(p, List.of(), Ctx.LOAD);
                if (tc.compFor() != null) yield new ListComp(p, exprOrStar((ParserRuleContext) tc.getChild(0)),
                        compFor(tc.compFor()));
                yield new ListExpr(p, elements(tc), Ctx.LOAD);
            }
            case DictAtomContext da -> {
                DictOrSetMakerContext m = da.dictOrSetMaker();
                if (m == null) yield new DictExpr(p, List.of(), List.of());
                yield switch (m) {
                    case DictMakerContext dm -> {
                        if (dm.compFor() != null) {
                            DictEntryContext e = dm.dictEntry(0);
                            if (e.expr() != null) throw error("dict unpacking cannot be used in dict comprehension", pos(e));
                            yield new DictComp(p, test(e.test(0)), test(e.test(1)), compFor(dm.compFor()));
                        }
                        List<Expr> keys = new ArrayList<>(), vals = new ArrayList<>();
                        for (DictEntryContext e : dm.dictEntry()) {
                            if (e.expr() != null) {
                                keys.add(null);
                                vals.add(expr(e.expr()));
                            } else {
                                keys.add(test(e.test(0)));
                                vals.add(test(e.test(1)));
                            }
                        }
                        yield new DictExpr(p, keys, vals);
                    }
                    case SetMakerContext sm -> {
                        if (sm.compFor() != null) yield new SetComp(p, exprOrStar((ParserRuleContext) sm.getChild(0)),
                                compFor(sm.compFor()));
                        List<Expr> elts = new ArrayList<>();
                        for (ParseTree ch : sm.children) if (ch instanceof ParserRuleContext rc) elts.add(exprOrStar(rc));
                        yield new SetExpr(p, elts);
                    }
                    default -> throw new IllegalStateException();
                };
            }
            default -> throw new IllegalStateException(c.getClass().getName());
        };
    }

    private List<Expr> elements(TestlistCompContext tc) {
        List<Expr> elts = new ArrayList<>();
        for (ParseTree ch : tc.children) if (ch instanceof ParserRuleContext rc) elts.add(exprOrStar(rc));
        return elts;
    }

    private Expr number(Token t, Pos p) {
        String s = t.getText().replace("_", "");
        try {
            return switch (t.getType()) {
                case PythonLexer.DEC_INT -> new Constant(p, integer(s, 10, p));
                case PythonLexer.HEX_INT -> new Constant(p, integer(s.substring(2), 16, p));
                case PythonLexer.OCT_INT -> new Constant(p, integer(s.substring(2), 8, p));
                case PythonLexer.BIN_INT -> new Constant(p, integer(s.substring(2), 2, p));
                case PythonLexer.FLOAT -> new Constant(p, Double.parseDouble(s));
                case PythonLexer.IMAG -> new Constant(p, new Expr.Complex(0.0, Double.parseDouble(s.substring(0, s.length() - 1))));
                default -> throw new IllegalStateException("number token " + t.getType());
            };
        } catch (NumberFormatException e) {
            throw error("invalid number literal", p);
        }
    }

    private Object integer(String digits, int radix, Pos p) {
        if (digits.length() > 4300 && radix == 10) {
            throw error("Exceeds the limit (4300 digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                    + "huge integer literals to avoid decimal conversion limits.", p);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}

package dev.gilpy.compile.symtable;

import dev.gilpy.ast.Node;
import dev.gilpy.text.Identifiers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One block of the symbol table (CPython's PySTEntryObject): a module, class body, function, lambda or
 * comprehension, with every name it uses classified. Frozen (unmodifiable) once analysis finishes.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION }

    // Definition flags, as CPython's symtable.h DEF_* bits.
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public final String name;
    public final Kind kind;
    public final Node node;
    public final boolean isLambda;
    public final boolean isComprehension;
    /** The class name used for private-name mangling inside this scope, or null. */
    public final String privateName;
    final boolean nested;
    boolean generator;
    /** CPython's ste_coroutine: an async def, or a comprehension with await/async for (and what holds it). */
    boolean coroutine;
    /** An async def's block (CPython: COMPILER_SCOPE_ASYNC_FUNCTION). */
    boolean asyncFunction;
    boolean needsClassClosure;
    boolean hasFree;
    boolean childFree;
    Map<String, Integer> flags = new LinkedHashMap<>();
    Map<String, SymbolScope> scopes = new LinkedHashMap<>();
    List<String> params = new ArrayList<>();
    List<Scope> children = new ArrayList<>();
    /** Where each name's first global/nonlocal directive was, for error locations. */
    final Map<String, dev.gilpy.ast.Pos> directives = new LinkedHashMap<>();

    Scope(String name, Kind kind, Node node, boolean isLambda, boolean isComprehension, String privateName,
          boolean nested) {
        this.name = name;
        this.kind = kind;
        this.node = node;
        this.isLambda = isLambda;
        this.isComprehension = isComprehension;
        this.privateName = privateName;
        this.nested = nested;
    }

    void freeze() {
        flags = Collections.unmodifiableMap(flags);
        scopes = Collections.unmodifiableMap(scopes);
        params = List.copyOf(params);
        children = List.copyOf(children);
    }

    public boolean isFunction() { return kind == Kind.FUNCTION; }

    /** True inside a function (directly or through classes): CO_NESTED. */
    public boolean isNested() { return nested; }

    public boolean isGenerator() { return generator; }

    public boolean isCoroutine() { return coroutine; }

    public boolean isAsyncFunction() { return asyncFunction; }

    /** True for a class body whose methods use {@code super} or {@code __class__}: it owns a __class__ cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** The resolved scope of a (mangled) name; names never seen here are implicit globals. */
    public SymbolScope scopeOf(String name) {
        SymbolScope s = scopes.get(name);
        return s == null ? SymbolScope.GLOBAL_IMPLICIT : s;
    }

    /** A class-scope name that is also free in a method: it must be passed on in the closure (DEF_FREE_CLASS). */
    public boolean isFreeClass(String name) { return (flags.getOrDefault(name, 0) & DEF_FREE_CLASS) != 0; }

    public Map<String, SymbolScope> symbols() { return scopes; }

    /** Parameters in declaration order (co_varnames starts with these). */
    public List<String> params() { return params; }

    public List<Scope> children() { return children; }

    /** Names with the given scope, sorted (CPython's dictbytype orders cell and free variables by name). */
    public List<String> sortedNames(SymbolScope scope) {
        TreeSet<String> out = new TreeSet<>();
        scopes.forEach((n, s) -> { if (s == scope) out.add(n); });
        return List.copyOf(out);
    }

    /** co_freevars: FREE names plus class names that methods capture (DEF_FREE_CLASS), sorted. */
    public List<String> freeVars() {
        TreeSet<String> out = new TreeSet<>();
        scopes.forEach((n, s) -> {
            if (s == SymbolScope.FREE || (kind == Kind.CLASS && isFreeClass(n))) out.add(n);
        });
        return List.copyOf(out);
    }

    /** Python's private-name mangling of {@code name} in this scope's class. */
    public String mangle(String name) { return Identifiers.mangle(privateName, name); }

    @Override
    public String toString() { return "Scope[" + kind + " " + name + " " + scopes + "]"; }
}

package dev.gilpy.ast;

import java.util.List;

/**
 * A function's parameter list. {@code defaults} belong to the last positional parameters (posonly then
 * args); {@code kwDefaults} is parallel to {@code kwonlyargs}, with null where there is no default.
 */
public record Arguments(Pos pos, List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    public static Arguments empty(Pos pos) {
        return new Arguments(pos, List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}

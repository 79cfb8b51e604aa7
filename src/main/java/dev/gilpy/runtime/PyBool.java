package dev.gilpy.runtime;

/** True and False: ints 1 and 0 whose type is bool. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, null);
    public static final PyBool TRUE = new PyBool(1), FALSE = new PyBool(0);

    static {
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> {
            Args.range("bool", args, kw, 0, 1);
            return args.length == 0 ? FALSE : of(Abstract.isTrue(args[0]));
        };
    }

    static {
        NumberMethods.initBool();
    }

    private PyBool(long v) { super(v); }

    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() { return new PyStr(value != 0 ? "True" : "False"); }
}

package dev.gilpy.bytecode;

import dev.gilpy.ast.Expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled code object as bytes and back (CPython's marshal, for our .pyc-like cache). Only the
 * compile-time constant kinds a {@link CodeObject} can hold are written, so reading never creates
 * anything else. {@link #FORMAT} changes whenever the instruction set or this layout does.
 */
public final class CodeMarshal {
    private CodeMarshal() {}

    /** Bumped with the layout; also covers the opcode numbering (see {@link #FORMAT}). */
    private static final int LAYOUT = 3;

    /** Identifies layout plus instruction set: a cache written by another build is never read back. */
    public static final String FORMAT;

    static {
        StringBuilder sb = new StringBuilder().append(LAYOUT);
        for (Opcode op : Opcode.values()) sb.append(',').append(op.name());
        FORMAT = Integer.toHexString(sb.toString().hashCode());
    }

    private static final int T_NONE = 0, T_TRUE = 1, T_FALSE = 2, T_LONG = 3, T_BIG = 4, T_DOUBLE = 5, T_COMPLEX = 13, T_STR = 6,
            T_BYTES = 7, T_ELLIPSIS = 8, T_CODE = 9, T_TUPLE = 10, T_STR16 = 11;

    public static byte[] dumps(CodeObject co) {
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bos);
            out.writeUTF(FORMAT);
            writeCode(out, co);
            out.flush();
            return bos.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The code object, or null when the bytes come from another format or are damaged: every length and
     * count is checked against what is left (a corrupt cache file costs a recompilation, never a crash or a
     * huge allocation), and code objects nest at most {@link #MAX_NESTING} deep.
     */
    public static CodeObject loads(byte[] bytes) {
        try {
            BoundedInput in = new BoundedInput(bytes);
            if (!in.modifiedUtf8().equals(FORMAT)) return null;
            CodeObject c = readCode(in, 0);
            return in.remaining() == 0 ? c : null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Nesting of code objects and constant tuples read back; deeper code is only compiled again. */
    static final int MAX_NESTING = 1000;

    private static void writeCode(DataOutputStream out, CodeObject c) throws IOException {
        out.writeUTF(c.name);
        out.writeUTF(c.qualname);
        out.writeUTF(c.filename);
        out.writeInt(c.firstLineno);
        out.writeInt(c.argcount);
        out.writeInt(c.posonlyargcount);
        out.writeInt(c.kwonlyargcount);
        out.writeInt(c.flags);
        out.writeInt(c.stacksize);
        writeInts(out, c.code);
        out.writeInt(c.consts.length);
        for (Object k : c.consts) writeConst(out, k);
        writeStrings(out, c.names);
        writeStrings(out, c.varnames);
        writeStrings(out, c.cellvars);
        writeStrings(out, c.freevars);
        writeInts(out, c.cell2arg);
        writeInts(out, c.lines);
        writeInts(out, c.columns);
        writeInts(out, c.endLines);
        writeInts(out, c.endColumns);
        writeInts(out, c.exceptionTable);
        writeInts(out, c.stackDepths);
    }

    private static CodeObject readCode(BoundedInput in, int depth) throws IOException {
        if (depth > MAX_NESTING) throw new BoundedInput.Malformed("code objects nested too deeply");
        String name = in.modifiedUtf8(), qualname = in.modifiedUtf8(), filename = in.modifiedUtf8();
        int first = in.i32(), argc = in.i32(), posonly = in.i32(), kwonly = in.i32();
        int flags = in.i32(), stack = in.i32();
        int[] code = readInts(in);
        Object[] consts = new Object[in.count(1, "constant")];
        for (int i = 0; i < consts.length; i++) consts[i] = readConst(in, depth);
        String[] names = readStrings(in), varnames = readStrings(in), cellvars = readStrings(in),
                freevars = readStrings(in);
        int[] cell2arg = readInts(in), lines = readInts(in), columns = readInts(in), endLines = readInts(in),
                endColumns = readInts(in), table = readInts(in), depths = readInts(in);
        if (code == null || table == null) throw new BoundedInput.Malformed("code object without instructions");
        CodeObject c = new CodeObject(name, qualname, filename, first, argc, posonly, kwonly, flags, stack, code,
                consts, names, varnames, cellvars, freevars, cell2arg, lines, columns, endLines, endColumns, table,
                depths);
        // the compiled tier maps stack items to JVM locals by these depths: they must fit the instructions
        if (!c.depthsAgree()) throw new BoundedInput.Malformed("stack depths that do not fit the instructions");
        return c;
    }

    private static void writeConst(DataOutputStream out, Object k) throws IOException {
        if (k == null) out.writeByte(T_NONE);
        else if (k instanceof Boolean b) out.writeByte(b ? T_TRUE : T_FALSE);
        else if (k instanceof Long l) {
            out.writeByte(T_LONG);
            out.writeLong(l);
        } else if (k instanceof BigInteger b) {
            out.writeByte(T_BIG);
            byte[] bytes = b.toByteArray();
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (k instanceof Double d) {
            out.writeByte(T_DOUBLE);
            out.writeDouble(d);
        } else if (k instanceof Expr.Complex c) {
            out.writeByte(T_COMPLEX);
            out.writeDouble(c.real());
            out.writeDouble(c.imag());
        } else if (k instanceof String s && hasLoneSurrogate(s)) {
            out.writeByte(T_STR16);
            out.writeInt(s.length());
            out.writeChars(s);
        } else if (k instanceof String s) {
            out.writeByte(T_STR);
            byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (k instanceof byte[] b) {
            out.writeByte(T_BYTES);
            out.writeInt(b.length);
            out.write(b);
        } else if (k instanceof Expr.Ellipsis) out.writeByte(T_ELLIPSIS);
        else if (k instanceof CodeObject c) {
            out.writeByte(T_CODE);
            writeCode(out, c);
        } else if (k instanceof CodeObject.ConstTuple t) {
            out.writeByte(T_TUPLE);
            out.writeInt(t.items().size());
            for (Object o : t.items()) writeConst(out, o);
        } else {
            throw new IOException("not a constant: " + k.getClass().getName());
        }
    }

    private static Object readConst(BoundedInput in, int depth) throws IOException {
        int t = in.u8();
        switch (t) {
            case T_NONE: return null;
            case T_TRUE: return Boolean.TRUE;
            case T_FALSE: return Boolean.FALSE;
            case T_LONG: return in.i64();
            case T_BIG: {
                byte[] b = in.lengthPrefixed();
                if (b.length == 0) throw new BoundedInput.Malformed("empty big integer");
                return new BigInteger(b);
            }
            case T_DOUBLE: return in.f64();
            case T_COMPLEX: return new Expr.Complex(in.f64(), in.f64());
            case T_STR: return in.utf8();
            case T_STR16: return in.utf16(in.count(2, "UTF-16 unit"));
            case T_BYTES: return in.lengthPrefixed();
            case T_ELLIPSIS: return Expr.Ellipsis.INSTANCE;
            case T_CODE: return readCode(in, depth + 1);
            case T_TUPLE: {
                if (depth > MAX_NESTING) throw new BoundedInput.Malformed("constants nested too deeply");
                int n = in.count(1, "tuple item");
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(readConst(in, depth + 1));
                return new CodeObject.ConstTuple(items);
            }
            default: throw new BoundedInput.Malformed("bad constant tag " + t);
        }
    }

    /** True when UTF-8 cannot carry the text: it holds a surrogate without its pair ('\ud800' is a valid str). */
    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        if (a == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static int[] readInts(BoundedInput in) throws IOException {
        int n = in.count(4, "int", true);
        if (n < 0) return null;
        int[] a = new int[n];
        for (int i = 0; i < a.length; i++) a[i] = in.i32();
        return a;
    }

    private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) out.writeUTF(s);
    }

    private static String[] readStrings(BoundedInput in) throws IOException {
        String[] a = new String[in.count(2, "string")];
        for (int i = 0; i < a.length; i++) a[i] = in.modifiedUtf8();
        return a;
    }
}

package dev.gilpy.bytecode;

import dev.gilpy.ast.Expr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
    private static final int LAYOUT = 2;

    /** Identifies layout plus instruction set: a cache written by another build is never read back. */
    public static final String FORMAT;

    static {
        StringBuilder sb = new StringBuilder().append(LAYOUT);
        for (Opcode op : Opcode.values()) sb.append(',').append(op.name());
        FORMAT = Integer.toHexString(sb.toString().hashCode());
    }

    private static final int T_NONE = 0, T_TRUE = 1, T_FALSE = 2, T_LONG = 3, T_BIG = 4, T_DOUBLE = 5, T_STR = 6,
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

    /** The code object, or null when the bytes come from another format or are damaged. */
    public static CodeObject loads(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (!in.readUTF().equals(FORMAT)) return null;
            return readCode(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

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
    }

    private static CodeObject readCode(DataInputStream in) throws IOException {
        String name = in.readUTF(), qualname = in.readUTF(), filename = in.readUTF();
        int first = in.readInt(), argc = in.readInt(), posonly = in.readInt(), kwonly = in.readInt();
        int flags = in.readInt(), stack = in.readInt();
        int[] code = readInts(in);
        Object[] consts = new Object[in.readInt()];
        for (int i = 0; i < consts.length; i++) consts[i] = readConst(in);
        String[] names = readStrings(in), varnames = readStrings(in), cellvars = readStrings(in),
                freevars = readStrings(in);
        int[] cell2arg = readInts(in), lines = readInts(in), columns = readInts(in), endLines = readInts(in),
                endColumns = readInts(in), table = readInts(in);
        return new CodeObject(name, qualname, filename, first, argc, posonly, kwonly, flags, stack, code, consts,
                names, varnames, cellvars, freevars, cell2arg, lines, columns, endLines, endColumns, table);
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
        } else if (k instanceof String s && hasLoneSurrogate(s)) {
            // UTF-8 cannot carry a lone surrogate ('\ud800' is a valid Python str): keep the UTF-16 units.
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

    private static Object readConst(DataInputStream in) throws IOException {
        int t = in.readByte();
        switch (t) {
            case T_NONE: return null;
            case T_TRUE: return Boolean.TRUE;
            case T_FALSE: return Boolean.FALSE;
            case T_LONG: return in.readLong();
            case T_BIG: return new BigInteger(readBytes(in));
            case T_DOUBLE: return in.readDouble();
            case T_STR: return new String(readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
            case T_STR16: {
                char[] cs = new char[in.readInt()];
                for (int i = 0; i < cs.length; i++) cs[i] = in.readChar();
                return new String(cs);
            }
            case T_BYTES: return readBytes(in);
            case T_ELLIPSIS: return Expr.Ellipsis.INSTANCE;
            case T_CODE: return readCode(in);
            case T_TUPLE: {
                int n = in.readInt();
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(readConst(in));
                return new CodeObject.ConstTuple(items);
            }
            default: throw new IOException("bad constant tag " + t);
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        if (a == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.readInt();
        return a;
    }

    private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) out.writeUTF(s);
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] a = new String[in.readInt()];
        for (int i = 0; i < a.length; i++) a[i] = in.readUTF();
        return a;
    }
}

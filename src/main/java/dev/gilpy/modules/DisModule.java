package dev.gilpy.modules;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Disassembler;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.parse.Parsing;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.PyCode;
import dev.gilpy.vm.PyFunction;

/** The dis module: our bytecode in CPython 3.11's dis layout. */
public final class DisModule {
    private DisModule() {}

    /** {@code gilpy -m dis [infile]}: disassembles a file (or stdin) compiled as a module, as CPython's dis. */
    public static final String MAIN = """
            import sys, dis
            def _usage_error(message):
                sys.stderr.write('usage: dis.py [-h] [infile]\\ndis.py: error: ' + message + '\\n')
                sys.exit(2)
            def _main(args):
                if '-h' in args or '--help' in args:
                    print('usage: dis.py [-h] [infile]\\n\\npositional arguments:\\n  infile\\n\\n'
                          'options:\\n  -h, --help  show this help message and exit')
                    return
                path = args[0] if args else '-'
                if path == '-':
                    source, name = sys.stdin.read(), '<stdin>'
                else:
                    try:
                        with open(path) as f:
                            source = f.read()
                    except OSError as e:
                        _usage_error(f"argument infile: can't open '{path}': {e}")
                    name = path
                if len(args) > 1:
                    _usage_error('unrecognized arguments: ' + ' '.join(args[1:]))
                dis.dis(compile(source, name, 'exec'))
            _main(sys.argv[1:])
            """;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("dis");
        m.def("dis", (a, k) -> {
            PyObject[] p = Args.parse("dis", a, 0, k, new String[]{"x", "file", "depth"}, 0, 1);
            PyObject x = p[0] == null ? PyNone.NONE : p[0];
            String text = disassemble(interp, x);
            if (p[1] != null && p[1] != PyNone.NONE) Abstract.call(Abstract.getAttr(p[1], "write"), new PyStr(text));
            else interp.writeStdout(text);
            return PyNone.NONE;
        });
        m.set("disassemble", m.get("dis"));
        m.def("code_info", (a, k) -> {
            Args.exact("code_info", a, k, 1);
            CodeObject co = codeOf(interp, a[0]);
            if (co == null) throw Exc.typeError("don't know how to disassemble " + a[0].type().name + " objects");
            return new PyStr(codeInfo(co));
        });
        PyList opname = new PyList();
        PyDict opmap = new PyDict();
        for (Opcode op : Opcode.values()) {
            opname.append(new PyStr(op.name()));
            if (!op.pseudo) opmap.put(new PyStr(op.name()), PyInt.of(op.ordinal()));
        }
        m.set("opname", opname);
        m.set("opmap", opmap);
        return m;
    }

    static CodeObject codeOf(Interpreter interp, PyObject x) {
        if (x instanceof PyFunction f) return f.code;
        if (x instanceof PyCode c) return c.code;
        if (x instanceof PyMethod pm) return codeOf(interp, pm.func);
        if (x instanceof PyStr s) return interp.compile(s.value, "<dis>", Parsing.Mode.FILE);
        PyObject code = Abstract.getAttrOrNull(x, "__code__");
        return code instanceof PyCode c ? c.code : null;
    }

    static String disassemble(Interpreter interp, PyObject x) {
        if (x instanceof PyType cls) {
            StringBuilder sb = new StringBuilder();
            for (String name : new java.util.TreeSet<>(cls.ownAttrNames())) {
                PyObject v = cls.ownAttr(name);
                if (v instanceof PyStaticMethod sm) v = sm.func;
                if (v instanceof PyClassMethod cm) v = cm.func;
                CodeObject co = v instanceof PyFunction f ? f.code : null;
                if (co == null) continue;
                sb.append("Disassembly of ").append(name).append(":\n");
                sb.append(Disassembler.disassemble(co)).append('\n');
            }
            return sb.toString();
        }
        CodeObject co = codeOf(interp, x);
        if (co == null) {
            throw Exc.typeError("don't know how to disassemble " + x.type().name + " objects");
        }
        return Disassembler.disassemble(co);
    }

    static String codeInfo(CodeObject co) {
        StringBuilder sb = new StringBuilder();
        sb.append("Name:              ").append(co.name).append('\n');
        sb.append("Filename:          ").append(co.filename).append('\n');
        sb.append("Argument count:    ").append(co.argcount).append('\n');
        sb.append("Positional-only arguments: ").append(co.posonlyargcount).append('\n');
        sb.append("Kw-only arguments: ").append(co.kwonlyargcount).append('\n');
        sb.append("Number of locals:  ").append(co.varnames.length).append('\n');
        sb.append("Stack size:        ").append(co.stacksize).append('\n');
        if (co.varnames.length > 0) {
            sb.append("Variable names:\n");
            for (int i = 0; i < co.varnames.length; i++) sb.append(String.format("%6d: %s%n", i, co.varnames[i]));
        }
        if (co.names.length > 0) {
            sb.append("Names:\n");
            for (int i = 0; i < co.names.length; i++) sb.append(String.format("%6d: %s%n", i, co.names[i]));
        }
        return sb.toString();
    }
}

package dev.gilpy.runtime;

import java.util.ArrayList;
import java.util.List;

/** An instance of BaseException or a subclass (built-in or defined in Python). */
public class PyBaseException extends PyObject {
    private final PyType type;
    private PyDict dict;
    /** SystemExit.code once assigned (otherwise derived from args). */
    public PyObject exitCode;
    public PyTuple args = PyTuple.EMPTY;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /**
     * A NameError's scope: the names of the innermost frame it passed through (CPython keeps that frame in
     * the traceback), for the "Did you mean" suggestion printed with it.
     */
    public NameScope nameScope;
    /**
     * AttributeError.name/.obj and NameError.name (CPython keeps them in C fields, outside args and __dict__:
     * pickling loses them there too).
     */
    public PyObject attrName, attrObj;

    public record NameScope(String[] varnames, PyDict globals, PyDict builtins) {}
    /**
     * Innermost frame FIRST: as the exception unwinds outward each frame appends its entry, in constant
     * time (a deep recursion's traceback is built in time linear in its depth); {@link #traceback()}
     * gives them outermost first.
     */
    private final ArrayList<TracebackEntry> traceback = new ArrayList<>();

    public PyBaseException(PyType type) {
        this.type = type;
        this.dict = type.builtin ? null : new PyDict();
    }

    public PyBaseException(PyType type, PyObject... args) {
        this(type);
        this.args = new PyTuple(args);
    }

    @Override
    public PyType type() { return type; }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** The instance dict if one was made (where __notes__ lives), else null. */
    public synchronized PyDict dictOrNull() { return dict; }

    /** Adds the entry of the frame the exception is leaving, outside the entries already there. */
    public synchronized void addTraceback(TracebackEntry e) { traceback.add(e); }

    /** Gives this exception other's traceback (an exception group's parts share the group's). */
    public void copyTracebackFrom(PyBaseException other) {
        List<TracebackEntry> innermostFirst;
        synchronized (other) { innermostFirst = new ArrayList<>(other.traceback); }
        synchronized (this) {
            traceback.clear();
            traceback.addAll(innermostFirst);
        }
    }

    /** The same entries (CPython: the same traceback object), as a part split off a group and re-raised has. */
    public boolean sameTracebackAs(PyBaseException other) {
        List<TracebackEntry> mine;
        synchronized (this) { mine = new ArrayList<>(traceback); }
        synchronized (other) {
            if (mine.size() != other.traceback.size()) return false;
            for (int i = 0; i < mine.size(); i++) if (mine.get(i) != other.traceback.get(i)) return false;
        }
        return true;
    }

    public synchronized boolean hasTraceback() { return !traceback.isEmpty(); }

    /** The traceback, outermost frame first (the order it is printed in). */
    public synchronized List<TracebackEntry> traceback() { return List.copyOf(traceback.reversed()); }

    @Override
    public PyObject str() {
        if (args.size() == 1 && type.isSubtypeOf(Exc.KeyError)) return Abstract.repr(args.get(0));
        if (type.isSubtypeOf(Exc.SyntaxError)) return ObjectMethods.syntaxErrorStr(this);
        if (type.isSubtypeOf(Exc.UnicodeError)) {
            PyObject detailed = ObjectMethods.unicodeErrorStr(this);
            if (detailed != null) return detailed;
        }
        if (args.size() >= 2 && type.isSubtypeOf(Exc.OSError) && args.get(0) instanceof PyInt errno) {
            String s = "[Errno " + errno.toDecimal() + "] " + Abstract.strString(args.get(1));
            if (args.size() >= 3) s += ": " + Abstract.reprString(args.get(2));
            return new PyStr(s);
        }
        if (type.isSubtypeOf(Exc.SyntaxError) && dict != null) return syntaxErrorStr();
        if (args.size() == 0) return PyStr.EMPTY;
        if (args.size() == 1) return Abstract.str(args.get(0));
        return args.repr();
    }

    /** CPython: Objects/exceptions.c SyntaxError_str: "msg (file.py, line N)". */
    private PyObject syntaxErrorStr() {
        PyObject msg = dict.get(new PyStr("msg")), file = dict.get(new PyStr("filename"));
        PyObject line = dict.get(new PyStr("lineno"));
        String m = msg == null ? (args.size() > 0 ? Abstract.strString(args.get(0)) : "") : Abstract.strString(msg);
        String f = file instanceof PyStr fs ? fs.value.substring(fs.value.lastIndexOf('/') + 1) : null;
        boolean hasLine = line instanceof PyInt;
        if (f != null && hasLine) return new PyStr(m + " (" + f + ", line " + ((PyInt) line).toDecimal() + ")");
        if (f != null) return new PyStr(m + " (" + f + ")");
        if (hasLine) return new PyStr(m + " (line " + ((PyInt) line).toDecimal() + ")");
        return new PyStr(m);
    }

    @Override
    public PyObject repr() {
        String n = type.name;
        if (args.size() == 1) return new PyStr(n + "(" + Abstract.reprString(args.get(0)) + ")");
        return new PyStr(n + args.repr().toString());
    }

    /** Raise this exception from Java code. */
    public PyException raise() { return new PyException(this); }
}

package dev.gilpy.runtime;

/**
 * A traceback object (exc.__traceback__, sys.exc_info()[2]): one frame the exception passed through, linked
 * by tb_next toward the frame that raised it. Made on demand from the exception's entries (see
 * {@link PyBaseException#tracebackObject()}), so raising costs nothing when no one asks for it.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, null);

    public final TracebackEntry entry;
    /** The next frame inward (toward the raise), or null at the innermost one. */
    public final PyTraceback next;

    PyTraceback(TracebackEntry entry, PyTraceback next) {
        this.entry = entry;
        this.next = next;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "tb_frame" -> entry.frame() == null ? PyNone.NONE : entry.frame();
            case "tb_lineno" -> PyInt.of(entry.lineno());
            case "tb_lasti" -> PyInt.of(entry.lasti());
            case "tb_next" -> next == null ? PyNone.NONE : next;
            default -> super.lookupAttr(name);
        };
    }
}

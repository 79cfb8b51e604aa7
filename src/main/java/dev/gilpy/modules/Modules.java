package dev.gilpy.modules;

import dev.gilpy.vm.Interpreter;

/** The one place where built-in modules are registered with an interpreter. */
public final class Modules {
    private Modules() {}

    public static void install(Interpreter interp) {
        interp.setBuiltins(BuiltinsModule.create(interp));
        interp.registerModule("sys", SysModule::create);
        interp.registerModule("dis", DisModule::create);
        interp.registerModule("math", MathModule::create);
        interp.registerModule("cmath", CmathModule::create);
        interp.registerModule("random", RandomModule::create);
        interp.registerModule("time", TimeModule::create);
        interp.registerModule("os", OsModule::create);
        interp.registerModule("_thread", ThreadModule::create);
        interp.registerModule("_queue", QueueModule::create);
        interp.registerModule("_collections", CollectionsModule::create);
        interp.registerModule("gilpy", GilpyModule::create);
        interp.registerModule("_warnings", WarningsModule::create);
        interp.registerModule("_subprocess", SubprocessModule::create);
        interp.registerModule("_mp", MultiprocessingModule::create);
        interp.registerModule("_interpreters", InterpretersModule::create);
        interp.registerModule("signal", SignalModule::create);
        interp.registerModule("_re", RegexModule::create);
        interp.registerModule("_json", JsonModule::create);
        interp.registerModule("_pickle", PickleModule::create);
        interp.registerModule("_traceback", TracebackModule::create);
        PickleModule.installObjectMethods();
        interp.registerModule("_struct", StructModule::create);
        interp.registerModule("_unicodedata", UnicodeDataModule::create);
        interp.registerModule("_hashlib", HashlibModule::create);
        interp.registerModule("zlib", ZlibModule::create);
        interp.registerModule("_weakref", WeakrefModule::create);
        interp.registerModule("contextvars", ContextVarsModule::create);
        interp.registerModule("_contextvars", ContextVarsModule::create);
        interp.registerModule("gc", WeakrefModule::createGc);
        // Signal handling is process-wide and belongs to the main interpreter (CPython: its main thread).
        if (interp.isMain()) SignalModule.installDefaults(interp);
        interp.importModule("sys");
    }
}

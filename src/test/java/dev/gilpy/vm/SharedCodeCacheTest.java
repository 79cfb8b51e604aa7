package dev.gilpy.vm;

import dev.gilpy.modules.InterpretersModule;
import dev.gilpy.parse.Parsing;
import dev.gilpy.process.InterpreterFixture;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The bundled library's code objects are compiled once per process and run by every interpreter; their inline
 * caches and tier-up state are per interpreter, so interpreters neither overwrite each other's entries nor keep
 * each other's dicts alive.
 */
class SharedCodeCacheTest {

    /** Runs a loop over heapq.heappush (whose code reads globals) in interp; heappush as that interpreter has it. */
    private static PyFunction pushAll(Interpreter interp) {
        PyDict g = new PyDict();
        interp.exec(interp.compile("import heapq\nh = []\nfor k in range(3000):\n    heapq.heappush(h, -k)\n"
                + "assert h[0] == -2999\n", "<test>", Parsing.Mode.FILE), g, g);
        PyModule heapq = (PyModule) interp.modules.get(new PyStr("heapq"));
        return (PyFunction) heapq.get("heappush");
    }

    @Test
    void eachInterpreterHasItsOwnCacheOfLibraryCode() throws Exception {
        Interpreter main = InterpreterFixture.interpreter();
        InterpreterFixture.run(() -> {
            PyFunction inMain = pushAll(main);
            CodeCache mainCache = inMain.cache;
            Interpreter sub = InterpretersModule.newInterpreter(main, "test");
            PyFunction inSub = sub.runHere(() -> pushAll(sub));
            assertSame(inMain.code, inSub.code, "library code is compiled once per process");
            assertSame(mainCache, inMain.code.runtimeCache, "the main interpreter keeps the code's own cache");
            assertSame(main, mainCache.owner);
            assertNotSame(mainCache, inSub.cache);
            assertSame(sub, inSub.cache.owner);
            assertSame(inSub.cache, CodeCache.of(inSub.code, sub), "one cache per interpreter, made once");
            // both hot, both compiled (the second one at its first call: its shape was compiled already)
            assertEquals(true, inMain.isCompiled());
            assertEquals(true, inSub.isCompiled());
            sub.close();
            pushAll(main);
            assertSame(mainCache, inMain.code.runtimeCache, "the sub-interpreter's calls left the main one's cache alone");
            return null;
        });
    }

    @Test
    void codeASubInterpreterCompiledItselfKeepsItsCacheOnTheCode() throws Exception {
        Interpreter main = InterpreterFixture.interpreter();
        InterpreterFixture.run(() -> {
            Interpreter sub = InterpretersModule.newInterpreter(main, "test");
            PyFunction f = sub.runHere(() -> {
                PyDict g = new PyDict();
                sub.exec(sub.compile("def f(x):\n    return x + 1\nf(1)\n", "<test>", Parsing.Mode.FILE), g, g);
                return (PyFunction) g.get(new PyStr("f"));
            });
            assertSame(f.cache, f.code.runtimeCache, "code only this interpreter runs needs no map");
            assertSame(sub, f.cache.owner);
            sub.close();
            return null;
        });
    }
}

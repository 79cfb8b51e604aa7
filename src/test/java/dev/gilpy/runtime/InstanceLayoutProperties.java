package dev.gilpy.runtime;

import dev.gilpy.concurrent.GilpyProcess;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * --gil off: threads adding attributes to one instance at once (each add changes its layout, the slow path
 * that may grow its value array or turn it into a dict) never lose or corrupt one, while other threads
 * overwrite existing attributes and read them without locks. Run in a child JVM per try (the interpreter
 * is per process).
 */
class InstanceLayoutProperties {

    @Property(tries = 4)
    void concurrentAttributeAddsAreNeverLost(@ForAll @IntRange(min = 1, max = 400) int perThread,
                                             @ForAll @IntRange(min = 0, max = 2) int dictAt) {
        var r = GilpyProcess.run("""
                import threading
                K, DICT_AT = %d, %d
                class Obj:
                    def __init__(self):
                        self.base = 0
                bad = []
                def adder(t, o, go):
                    go.wait()
                    for i in range(K):
                        setattr(o, "t%%d_%%d" %% (t, i), i)
                        o.base = i          # a store to an existing name, racing with layout changes
                        if t == 0 and DICT_AT == 1 and i == K // 2:
                            o.__dict__      # the instance turns into a dict in the middle of the adds
                def reader(o, go, stop):
                    go.wait()
                    while not stop.is_set():
                        try:
                            if not isinstance(o.base, int):
                                bad.append("torn read")
                        except Exception as e:
                            bad.append(repr(e))
                for rnd in range(5):
                    o = Obj()
                    if DICT_AT == 2:
                        o.__dict__
                    go, stop = threading.Event(), threading.Event()
                    ts = [threading.Thread(target=adder, args=(t, o, go)) for t in range(2)]
                    rd = threading.Thread(target=reader, args=(o, go, stop))
                    for t in ts + [rd]:
                        t.start()
                    go.set()
                    for t in ts:
                        t.join()
                    stop.set()
                    rd.join()
                    for t in range(2):
                        for i in range(K):
                            v = getattr(o, "t%%d_%%d" %% (t, i), None)
                            if v != i:
                                bad.append("lost t%%d_%%d: %%r" %% (t, i, v))
                    if len(vars(o)) != 2 * K + 1:
                        bad.append("size %%d" %% len(vars(o)))
                print(bad[:5] if bad else "ok")
                """.formatted(perThread, dictAt), "--gil", "off");
        assertEquals("", r.err());
        assertEquals("ok", r.out().strip());
    }
}

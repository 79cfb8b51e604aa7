package dev.gilpy.vm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Did you mean" picks what CPython 3.11 picks. Each expectation was recorded from CPython 3.11: an object
 * with the listed attributes, the wrong name looked up, the suggestion read from the uncaught traceback
 * (the candidates are dir() of such an object: the attributes and a plain instance's dunder names, sorted).
 */
class SuggestionsTest {
    private static final String[] INSTANCE_DIR = {
            "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__"
    };

    private static void check(String expected, String wrong, String... attrs) {
        List<String> dir = new ArrayList<>(List.of(INSTANCE_DIR));
        dir.addAll(List.of(attrs));
        dir.sort(null);
        assertEquals(expected, Suggestions.best(dir, wrong), wrong);
    }

    @Test
    void recordedFromCPython() {
        check("is_alive", "isAlive", "is_alive", "isDaemon", "join", "name");
        check("print", "pritn", "print", "sprint", "pr");
        check("append", "appendd", "append", "extend", "index");
        check("value", "valeu", "value", "Value2", "values");
        check("value", "vlue", "value");
        check(null, "xyzzy", "value", "x");
        check(null, "VALUE", "value");
        check("value", "Value", "value", "valve");
        check("len", "lenn", "len", "lent");
        check("ab", "a", "b", "ab");
        check("a", "ab", "a", "b", "abc");
        check("foo_bar_bax", "foo_bar_baz", "foo_bar_bax", "foo_baz_bar");
        check("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        check("super", "uper", "upper", "super");
        check("items", "iterms", "items", "iter");
        check("Thread", "Thred", "Thread", "thread", "Timer");
        check("cafe", "caf\u00e9", "cafe", "caff");
        check("color", "colour", "color", "colours");
        check("cnt_", "cnt", "count", "cnt_", "ct");
        check("z", "zz", "z", "zzz", "zz_");
    }

    @Test
    void tooManyCandidatesMeansNoSuggestion() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < Suggestions.MAX_CANDIDATE_ITEMS; i++) many.add("name" + i);
        assertEquals(null, Suggestions.best(many, "name1x"));
        assertEquals("name1", Suggestions.best(many.subList(0, 749), "name1x"));
    }
}

"""Time small pieces of code: Timer, timeit(), repeat(), and the command line `gilpy -m timeit`.

    gilpy -m timeit [-n N] [-r N] [-s S] [-u U] [-p] [-v] [-h] [statement ...]
"""
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer", "main"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _indent(code, spaces):
    pad = " " * spaces
    return "\n".join(pad + line for line in code.splitlines()) or pad + "pass"


class Timer:
    """Times `stmt` run `number` times in a loop, after `setup` ran once; strings or callables."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        local = {}
        if callable(setup):
            local["_setup"] = setup
            setup = "_setup()"
        elif not isinstance(setup, str):
            raise ValueError("setup is neither a string nor callable")
        if callable(stmt):
            local["_stmt"] = stmt
            stmt = "_stmt()"
        elif not isinstance(stmt, str):
            raise ValueError("stmt is neither a string nor callable")
        # Compiled alone first, so that a statement that is wrong reports its own line.
        compile(setup, "<timeit-src>", "exec")
        compile(stmt, "<timeit-src>", "exec")
        names = ", ".join("%s=%s" % (k, k) for k in local)
        src = ("def inner(_it, _timer%s):\n%s\n    _t0 = _timer()\n    for _i in _it:\n%s\n    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (", " + names if names else "", _indent(setup, 4), _indent(stmt, 8))
        exec(compile(src, "<timeit-src>", "exec"), namespace, local)
        self.inner = local["inner"]

    def timeit(self, number=default_number):
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """The smallest number of loops in 1, 2, 5, 10, 20, 50, ... that takes at least 0.2 seconds."""
        i = 1
        while True:
            for j in (1, 2, 5):
                number = i * j
                t = self.timeit(number)
                if callback:
                    callback(number, t)
                if t >= 0.2:
                    return number, t
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _format(dt, unit, precision):
    if unit is None:
        for unit, scale in sorted(_UNITS.items(), key=lambda kv: kv[1], reverse=True):
            if dt >= scale:
                break
    return "%.*g %s" % (precision, dt / _UNITS[unit], unit)


def main(args=None):
    if args is None:
        args = sys.argv[1:]
    number = 0
    repeat_count = default_repeat
    setup = []
    unit = None
    verbose = 0
    timer = default_timer
    stmts = []
    i = 0
    takes_value = {"-n": "number", "--number": "number", "-r": "repeat", "--repeat": "repeat",
                   "-s": "setup", "--setup": "setup", "-u": "unit", "--unit": "unit"}
    while i < len(args):
        a = args[i]
        if a == "--":
            stmts.extend(args[i + 1:])
            break
        if not a.startswith("-") or a == "-":
            stmts.extend(args[i:])
            break
        name, value = a, None
        if a.startswith("--") and "=" in a:
            name, value = a.split("=", 1)
        elif not a.startswith("--") and len(a) > 2:
            name, value = a[:2], a[2:]
        if name in takes_value:
            if value is None:
                i += 1
                if i >= len(args):
                    print("option %s requires argument" % name, file=sys.stderr)
                    print("use -h/--help for command line help", file=sys.stderr)
                    return 2
                value = args[i]
            what = takes_value[name]
            if what == "number":
                number = int(value)
            elif what == "repeat":
                repeat_count = max(1, int(value))
            elif what == "setup":
                setup.append(value)
            else:
                if value not in _UNITS:
                    print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                    return 2
                unit = value
        elif name in ("-p", "--process"):
            timer = time.process_time
        elif name in ("-v", "--verbose"):
            verbose += 1
        elif name in ("-h", "--help"):
            print(__doc__, end="")
            return 0
        else:
            print("option %s not recognized" % a, file=sys.stderr)
            print("use -h/--help for command line help", file=sys.stderr)
            return 2
        i += 1
    stmt = "\n".join(stmts) or "pass"
    t = Timer(stmt, "\n".join(setup) or "pass", timer)
    precision = 3 + verbose
    if number == 0:
        def callback(n, dt):
            if verbose:
                print("%d loop%s -> %.*g secs" % (n, "s" if n != 1 else "", precision, dt))
        number, _ = t.autorange(callback if verbose else None)
        if verbose:
            print()
    raw = t.repeat(repeat_count, number)
    timings = [dt / number for dt in raw]
    if verbose:
        print("raw times: %s" % ", ".join(_format(dt, unit, precision) for dt in raw))
        print()
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat_count,
                                                  _format(best, unit, precision)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn("The test results are likely unreliable. The worst time (%s) was %0.1fx slower than "
                      "the best time (%s)." % (_format(worst, unit, precision), worst / best,
                                               _format(best, unit, precision)), UserWarning, 2)
    return None


if __name__ == "__main__":
    sys.exit(main())

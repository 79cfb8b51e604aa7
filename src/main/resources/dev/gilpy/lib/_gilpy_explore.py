"""gilpy.explore() and gilpy.replay(): the race explorer's results as Python objects."""
import sys as _sys
import gilpy as _gilpy


class Outcome:
    """One behaviour of the target: what it returned (or raised, or "deadlock"), how often, its minimal schedule."""

    def __init__(self, kind, value, description, count, schedule, failed, stdout, stderr, replay):
        self.kind = kind                # "returned", "raised" or "deadlock"
        self.value = value              # the return value or the exception (copies), or None
        self.description = description
        self.count = count
        self.schedule = schedule        # the shortest decision list found, shrunk
        self.failed = failed            # an exception in any thread, or a deadlock
        self.stdout = stdout
        self.stderr = stderr
        self.replay = replay
        if kind == "returned":
            try:
                hash(value)
                self.key = value
            except TypeError:
                self.key = repr(value)
        else:
            self.key = description

    def __repr__(self):
        return f"<Outcome {self.description} x{self.count}{' FAILED' if self.failed else ''}: {self.replay}>"


class ExploreResult:
    """Every outcome of the runs: `outcomes` (a set of return values; an exception's last traceback line or
    "deadlock" for the others), `counts`, `schedules` (minimal, replayable with gilpy.replay), `failures`."""

    def __init__(self, raw):
        self.runs = raw["runs"]
        self.seconds = raw["seconds"]
        self.strategy = raw["strategy"]
        self.guarantee = raw["guarantee"]
        self.exhaustive = raw["exhaustive"]
        self.report = raw["report"]
        self.all = [Outcome(*o) for o in raw["outcomes"]]
        self.outcomes = {o.key for o in self.all}
        self.counts = {o.key: o.count for o in self.all}
        self.schedules = {o.key: o.schedule for o in self.all}
        self.failures = {o.key: o.schedule for o in self.all if o.failed}

    @property
    def failed(self):
        return bool(self.failures)

    def __repr__(self):
        return self.report

    __str__ = __repr__


def explore(target, *, runs=None, time=None, strategy="random", depth=3, preemptions=2,
            switch_points="user", seed=0):
    """Runs target() (a module-level function that starts its own threads) under many schedules, each in a
    fresh interpreter, and returns an ExploreResult."""
    if runs is not None and time is not None:
        raise ValueError("explore(): give runs or time, not both")
    if runs is None and time is None and strategy != "dfs":
        runs = 1000
    return ExploreResult(_gilpy._explore(target, runs or 0, float(time or 0), strategy, depth, preemptions,
                                         switch_points, seed))


def replay(target, schedule, *, switch_points="user"):
    """Runs target() once under the given decision list; its output is shown, then its return value returned
    or its exception raised (a deadlock raises RuntimeError with the report)."""
    kind, value, stdout, stderr, description = _gilpy._replay(target, list(schedule), switch_points)
    if stdout:
        _sys.stdout.write(stdout)
    if stderr:
        _sys.stderr.write(stderr)
    if kind == "returned":
        return value
    if kind == "raised" and isinstance(value, BaseException):
        raise value
    raise RuntimeError(description)

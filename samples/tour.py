# Tour: the seed articles' claims about the GIL, measured live (CPU-bound vs I/O-bound; threads, processes,
# sub-interpreters).
# Each cell runs a fresh gilpy child (sys.executable) that times its own work with
# time.perf_counter(), so JVM start-up is not counted. Rows whose machinery is not
# available yet say so instead of failing.
import subprocess
import sys

CPU_N = 10_000_000     # iterations of the seed's compute() loop per task (as in the seed; enough to outlast JIT warm-up)
IO_SECONDS = 0.5       # the seed's time.sleep() stand-in for waiting on I/O

CHILD = '''
import sys
mode, kind = sys.argv[1], sys.argv[2]
try:
    import time
except ImportError:
    print("NA time module not available"); raise SystemExit(0)

def cpu_task():
    total = 0
    for i in range(%d):
        total += i
    return total

def io_task():
    time.sleep(%r)

# The task as source text, run in a sub-interpreter's __main__ (by Interpreter.exec, or exec() in a pool worker).
SOURCE = ("def task():\\n    total = 0\\n    for i in range(%d):\\n        total += i\\ntask()\\n" if kind == "cpu"
          else "import time\\ntime.sleep(%r)\\n")

task = cpu_task if kind == "cpu" else io_task
if mode == "threads":
    try:
        import threading
    except ImportError:
        print("NA threading not available"); raise SystemExit(0)
    workers = [threading.Thread(target=task) for _ in range(2)]
elif mode == "processes":
    try:
        import multiprocessing
    except ImportError:
        print("NA multiprocessing not available"); raise SystemExit(0)
    workers = [multiprocessing.Process(target=task) for _ in range(2)]
elif mode in ("interpreters", "interpreter_pool"):
    try:
        from concurrent import interpreters
        from concurrent.futures import InterpreterPoolExecutor
    except ImportError:
        print("NA concurrent.interpreters not available"); raise SystemExit(0)
    interps = [interpreters.create() for _ in range(2)] if mode == "interpreters" else []
elif mode == "asyncio":
    try:
        import asyncio
    except ImportError:
        print("NA asyncio not available"); raise SystemExit(0)

    async def coroutine_task():
        # One thread: a CPU-bound coroutine never yields, an I/O-bound one awaits and lets the other run.
        if kind == "cpu":
            cpu_task()
        else:
            await asyncio.sleep(%r)

    async def two_tasks():
        await asyncio.gather(coroutine_task(), coroutine_task())
t0 = time.perf_counter()
if mode == "serial":
    task()
    task()
elif mode == "interpreters":
    # One thread per interpreter, each holding its own GIL (PEP 684), running the task's source there.
    import threading
    failures = []

    def run_in(interp):
        try:
            interp.exec(SOURCE)
        except Exception as e:
            failures.append(e)
    workers = [threading.Thread(target=run_in, args=(i,)) for i in interps]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    if failures:
        raise failures[0]
elif mode == "asyncio":
    asyncio.run(two_tasks())
elif mode == "interpreter_pool":
    with InterpreterPoolExecutor(max_workers=2) as pool:
        for f in [pool.submit(exec, SOURCE) for _ in range(2)]:
            f.result()
else:
    for w in workers:
        w.start()
    for w in workers:
        w.join()
print("%%.3f" %% (time.perf_counter() - t0))
''' % (CPU_N, IO_SECONDS, CPU_N, IO_SECONDS, IO_SECONDS)

ROWS = [
    ("1 thread (2 tasks in a row)", "serial", "on"),
    ("2 threads, GIL on", "threads", "on"),
    ("2 threads, GIL off", "threads", "off"),
    ("2 processes", "processes", "on"),
    ("2 sub-interpreters, GIL on", "interpreters", "on"),
    ("InterpreterPoolExecutor(2), GIL on", "interpreter_pool", "on"),
    ("2 asyncio tasks, 1 thread", "asyncio", "on"),
]


def measure(mode, kind, gil):
    exe = sys.executable
    try:
        r = subprocess.run([exe, "--gil", gil, "-c", CHILD, mode, kind], capture_output=True, text=True)
    except OSError as e:
        return "n/a (cannot start %s: %s)" % (exe, e)
    out = r.stdout.strip().splitlines()
    last = out[-1] if out else ""
    if last.startswith("NA "):
        return "n/a (" + last[3:] + ")"
    if r.returncode != 0 or not last:
        err = r.stderr.strip().splitlines()
        return "failed (" + (err[-1] if err else "exit code %d" % r.returncode) + ")"
    return last + " s"


def main():
    print("gilpy tour: wall time of two equal tasks, measured in fresh child processes")
    print("CPU-bound task: the seed's compute() loop, %s iterations; I/O-bound task: time.sleep(%s)"
          % (format(CPU_N, ","), IO_SECONDS))
    print()
    width = max(len(r[0]) for r in ROWS)
    print("%-*s  %-36s  %s" % (width, "", "CPU-bound", "I/O-bound"))
    for label, mode, gil in ROWS:
        cpu = measure(mode, "cpu", gil)
        io = measure(mode, "io", gil)
        print("%-*s  %-36s  %s" % (width, label, cpu, io))
    print()
    print("Expect: with the GIL on, 2 CPU-bound threads take about as long as 1 thread doing both;")
    print("with it off (or with processes, or sub-interpreters, each with its own GIL) they take about half.")
    print("Sleeping threads overlap either way; so do asyncio tasks in one thread, which cannot overlap CPU work.")


main()

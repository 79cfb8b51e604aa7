# regen: skip  (gilpy.explore exists only in gilpy: this expected output was checked by hand)
# Finding a race with gilpy.explore: run a function under many schedules, each in a fresh interpreter,
# and look at every outcome. The unlocked counter loses an update when a thread is switched out between
# reading the counter and writing it back; the call to record() is a switch point (as in CPython 3.11).
import threading
import gilpy

N = 2


def record(value):
    return value


def unlocked_counter():
    state = {"counter": 0}

    def work():
        for _ in range(N):
            value = state["counter"]
            record(value)
            state["counter"] = value + 1

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["counter"]


def locked_counter():
    state = {"counter": 0}
    lock = threading.Lock()

    def work():
        for _ in range(N):
            with lock:
                value = state["counter"]
                record(value)
                state["counter"] = value + 1

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["counter"]


if __name__ == "__main__":
    result = gilpy.explore(unlocked_counter, strategy="dfs", preemptions=1)
    print("unlocked: outcomes", sorted(result.outcomes), "exhaustive:", result.exhaustive)
    try:
        assert result.outcomes == {2 * N}, result
    except AssertionError as e:
        print("the assert fails; its message shows each outcome with its minimal schedule:")
        for line in str(e).splitlines()[1:]:      # (the first line has the timing)
            print("   ", line)
    worst = min(result.outcomes)
    schedule = result.schedules[worst]
    print("replaying the schedule of", worst, "gives", gilpy.replay(unlocked_counter, schedule))

    fixed = gilpy.explore(locked_counter, strategy="dfs", preemptions=2)
    assert fixed.outcomes == {2 * N}, fixed
    print("locked: outcomes", sorted(fixed.outcomes), "exhaustive:", fixed.exhaustive)
    print(fixed.guarantee.split(":")[0])

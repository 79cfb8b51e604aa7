GIL enabled: (True|False)
sleep\(0\.001\) alone: +median [0-9.]+ ms, mean [0-9.]+ ms
sleep\(0\.001\) next to CPU: +median [0-9.]+ ms, mean [0-9.]+ ms
slowdown next to a CPU-bound thread: [0-9.]+x
all sleeps lasted at least 1 ms: True

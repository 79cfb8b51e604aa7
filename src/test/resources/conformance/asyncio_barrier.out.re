filling, waiters:2/3 n=2 broken=False parties=3
draining, waiters:0/3 n=0 broken=False parties=3 \[\(2, 2\)\]
filling, waiters:0/3 n=0 broken=False parties=3 \[\(2, 2\), \(0, 0\), \(1, 1\)\]
\[0, 1, 2\] filling, waiters:0/3 n=0 broken=False parties=3
\[\(2, 2, 'draining, waiters:0/3 n=0 broken=False parties=3'\), \(0, 0, 'draining, waiters:0/3 n=0 broken=False parties=3'\), \(1, 1, 'filling, waiters:0/3 n=0 broken=False parties=3'\)\]
filling, waiters:1/3 n=1 broken=False parties=3 \[\(0, 'CancelledError'\)\]
\['CancelledError', 'int', 'int', 'int'\] \[\(0, 'CancelledError'\), \(6, 2\), \(1, 1\), \(5, 1\)\] filling, waiters:0/3 n=0 broken=False parties=3
broken n=0 broken=True parties=3
\["BrokenBarrierError\('Abort or reset of barrier'\)", "BrokenBarrierError\('Abort or reset of barrier'\)"\] \[\(0, 'BrokenBarrierError'\), \(1, 'BrokenBarrierError'\)\] broken n=0 broken=True parties=3
wait on broken BrokenBarrierError\('Barrier aborted'\)
filling, waiters:0/3 n=0 broken=False parties=3
resetting, waiters:0/3 n=0 broken=False parties=3
\["BrokenBarrierError\('Abort or reset of barrier'\)", "BrokenBarrierError\('Abort or reset of barrier'\)"\] \[\(0, 'BrokenBarrierError'\), \(1, 'BrokenBarrierError'\)\] filling, waiters:0/3 n=0 broken=False parties=3
ValueError\('parties must be > 0'\)
0 0 filling, waiters:0/1 n=0 broken=False parties=1
\(<class 'asyncio\.exceptions\.BrokenBarrierError'>, <class 'RuntimeError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>\)
draining, waiters:0/2 n=0 broken=False parties=2 \[\(1, 1\)\]
\["CancelledError\(''\)", '1'\] \[\(1, 1\), \(0, 'CancelledError'\)\] filling, waiters:0/2 n=0 broken=False parties=2
draining, waiters:0/2 n=0 broken=False parties=2
filling, waiters:1/2 n=1 broken=False parties=2 \[\(1, 1\), \(0, 0\)\]
filling, waiters:1/2 n=1 broken=False parties=2 \[\(1, 1\), \(0, 0\)\]
\[0, 1, 0, 1\] \[\(1, 1\), \(0, 0\), \(3, 1\), \(2, 0\)\] filling, waiters:0/2 n=0 broken=False parties=2
<asyncio\.locks\.Barrier object at 0x[0-9a-f]+ \[filling, waiters:0/2\]>
<asyncio\.locks\.Barrier object at 0x[0-9a-f]+ \[broken\]>
<asyncio\.locks\.Barrier object at 0x[0-9a-f]+ \[filling, waiters:0/2\]>
timed out <asyncio\.locks\.Barrier object at 0x[0-9a-f]+ \[filling, waiters:0/2\]>
True

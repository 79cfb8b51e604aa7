<asyncio\.locks\.Event object at 0x[0-9a-f]+ \[unset\]>
<asyncio\.locks\.Event object at 0x[0-9a-f]+ \[unset, waiters:3\]>
unset, waiters:3 False
\[\(1, 'cancelled'\), \(0, True\), \(2, True\)\] unset
True <asyncio\.locks\.Event object at 0x[0-9a-f]+ \[set\]>
True
<asyncio\.locks\.Condition object at 0x[0-9a-f]+ \[unlocked\]>
<asyncio\.locks\.Condition object at 0x[0-9a-f]+ \[unlocked, waiters:4\]>
locked, waiters:4
\[\(0, True, True\)\] unlocked, waiters:3
\[\(0, True, True\), \(1, True, True\), \(2, True, True\), \(3, 'cancelled', True\)\] unlocked
notify RuntimeError\('cannot notify on un\-acquired lock'\)
notify_all RuntimeError\('cannot notify on un\-acquired lock'\)
release RuntimeError\('Lock is not acquired\.'\)
RuntimeError\('cannot wait on un\-acquired lock'\)
\['check', 'check', 'check', \('watcher', 20\)\]
at once
\[\(0, 'cancelled', True\)\] unlocked, waiters:2
\[\] locked
\['CancelledError', 'NoneType'\] \[\(1, True, True\), \(0, 'cancelled', True\)\]
\[\(9, 'cancelled', True\)\] False
True True locked
False True True
as None
timed out
timed out
timed out
timed out True
<asyncio\.locks\.Lock object at 0x[0-9a-f]+ \[locked\]> is bound to a different event loop
<asyncio\.locks\.Event object at 0x[0-9a-f]+ \[unset\]> is bound to a different event loop
<Queue at 0x[0-9a-f]+ maxsize=0> is bound to a different event loop
<asyncio\.locks\.Condition object at 0x[0-9a-f]+ \[unlocked\]> is bound to a different event loop

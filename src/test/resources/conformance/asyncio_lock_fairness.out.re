<asyncio\.locks\.Lock\ object\ at\ 0x[0-9a-f]+\ \[unlocked\]>
fifo\ \['want\ a',\ 'got\ a',\ 'want\ b',\ 'want\ c',\ 'want\ d',\ 'rel\ a',\ 'got\ b',\ 'rel\ b',\ 'got\ c',\ 'rel\ c',\ 'got\ d',\ 'rel\ d'\]
<asyncio\.locks\.Lock\ object\ at\ 0x[0-9a-f]+\ \[locked\]>
released:\ unlocked,\ waiters:1
newcomer\ \['want\ w',\ 'want\ new',\ 'got\ w',\ 'rel\ w',\ 'got\ new',\ 'rel\ new'\]
cancelled\ waiter\ \['want\ w',\ 'cancelled\ w\ locked=False',\ 'want\ new',\ 'got\ new',\ 'rel\ new'\]
before\ wake:\ locked,\ waiters:2
\['want\ x',\ 'want\ y',\ 'want\ z',\ 'cancelled\ x\ locked=True',\ 'got\ y',\ 'rel\ y',\ 'got\ z',\ 'rel\ z'\]
woken\+cancelled:\ unlocked,\ waiters:3
unlocked,\ waiters:2\ \['want\ p',\ 'want\ q',\ 'want\ r',\ 'cancelled\ p\ locked=False'\]
\['want\ p',\ 'want\ q',\ 'want\ r',\ 'cancelled\ p\ locked=False',\ 'got\ q',\ 'rel\ q',\ 'got\ r',\ 'rel\ r'\]\ \['CancelledError',\ 'NoneType',\ 'NoneType'\]
\['want\ i',\ 'want\ j',\ 'want\ k',\ 'cancelled\ i\ locked=False',\ 'cancelled\ j\ locked=False',\ 'cancelled\ k\ locked=False'\]\ False\ unlocked
RuntimeError\('Lock\ is\ not\ acquired\.'\)
True\ True
as\ None\ True
TypeError\("'Lock'\ object\ does\ not\ support\ the\ context\ manager\ protocol"\)
TypeError\("object\ Lock\ can't\ be\ used\ in\ 'await'\ expression"\)
TypeError\("Lock\.__init__\(\)\ got\ an\ unexpected\ keyword\ argument\ 'loop'"\)
<asyncio\.locks\.Semaphore\ object\ at\ 0x[0-9a-f]+\ \[unlocked,\ value:1\]>
<asyncio\.locks\.Semaphore\ object\ at\ 0x[0-9a-f]+\ \[locked\]>
released:\ locked,\ waiters:1\ True
\['want\ w',\ 'want\ new',\ 'got\ w',\ 'rel\ w',\ 'got\ new',\ 'rel\ new'\]
locked,\ waiters:3
locked,\ waiters:2\ \['want\ p',\ 'want\ q',\ 'want\ r',\ 'cancelled\ p\ locked=True\ value=0'\]
\['want\ p',\ 'want\ q',\ 'want\ r',\ 'cancelled\ p\ locked=True\ value=0',\ 'got\ q',\ 'rel\ q',\ 'got\ r',\ 'rel\ r'\]\ \['CancelledError',\ 'NoneType',\ 'NoneType'\]\ unlocked,\ value:1
True\ locked,\ waiters:3
True\ locked,\ waiters:3
\['want\ a',\ 'want\ b',\ 'want\ c',\ 'got\ a',\ 'got\ b'\]\ locked,\ waiters:1
\['want\ a',\ 'want\ b',\ 'want\ c',\ 'got\ a',\ 'got\ b',\ 'rel\ a',\ 'rel\ b',\ 'got\ c',\ 'rel\ c'\]\ unlocked,\ value:3
locked\ \['want\ first',\ 'got\ first',\ 'want\ late',\ 'got\ late'\]
\['want\ first',\ 'got\ first',\ 'want\ late',\ 'got\ late',\ 'rel\ first',\ 'rel\ late'\]\ unlocked,\ value:2
ValueError\('Semaphore\ initial\ value\ must\ be\ >=\ 0'\)
True\ True
<asyncio\.locks\.BoundedSemaphore\ object\ at\ 0x[0-9a-f]+\ \[unlocked,\ value:2\]>
ValueError\('BoundedSemaphore\ released\ too\ many\ times'\)\ unlocked,\ value:2
as\ None\ unlocked,\ value:1
True

<Queue maxsize=2> <Queue at 0x[0-9a-f]+ maxsize=2> 2 0 True False
<Queue maxsize=2 _getters\[2\]> <Queue at 0x[0-9a-f]+ maxsize=2 _getters\[2\]>
<Queue maxsize=2 _queue=\['a'\] _getters\[1\] tasks=1> <Queue at 0x[0-9a-f]+ maxsize=2 _queue=\['a'\] _getters\[1\] tasks=1>
<Queue maxsize=2 _getters\[1\] tasks=1> <Queue at 0x[0-9a-f]+ maxsize=2 _getters\[1\] tasks=1> a False
<Queue maxsize=2 _queue=\['c', 'd'\] _putters\[2\] tasks=4> <Queue at 0x[0-9a-f]+ maxsize=2 _queue=\['c', 'd'\] _putters\[2\] tasks=4> True
c <Queue maxsize=2 _queue=\['d'\] _putters\[1\] tasks=4>
<Queue maxsize=2 _queue=\['d', 'e'\] _putters\[1\] tasks=5>
full QueueFull\(\)
\['d', 'e'\]
<Queue maxsize=2 _queue=\['f'\] tasks=6> f
empty QueueEmpty\(\)
<Queue maxsize=2 tasks=6>
<LifoQueue maxsize=0 _queue=\[3, 1, 2\] tasks=3> <LifoQueue at 0x[0-9a-f]+ maxsize=0 _queue=\[3, 1, 2\] tasks=3> \[2, 1, 3\]
<PriorityQueue maxsize=0 _queue=\[1, 3, 2\] tasks=3> <PriorityQueue at 0x[0-9a-f]+ maxsize=0 _queue=\[1, 3, 2\] tasks=3> \[1, 2, 3\]
0 False 0 <Queue maxsize=0>
False 5
\-1 False \-1 <Queue maxsize=\-1>
False 5
TypeError\("'<=' not supported between instances of 'NoneType' and 'int'"\)
False <Queue maxsize=1\.5 _queue=\[1\] tasks=1>
True
asyncio\.queues\.Queue\[int\] asyncio\.queues\.PriorityQueue\[str\]
ValueError\('task_done\(\) called too many times'\)
join empty ok
<Queue maxsize=0 tasks=1>
False
True <Queue maxsize=0>
\[\(0, 'cancelled'\)\] <Queue maxsize=0 _queue=\['x'\] _getters\[1\] tasks=1>
\[\(0, 'cancelled'\), \(1, 'x'\)\] <Queue maxsize=0 _getters\[1\] tasks=1>
\[\(0, 'cancelled'\), \(1, 'x'\), \(2, 'y'\)\] <Queue maxsize=0 tasks=2>
\[\(0, 'cancelled'\), \(1, 'x'\), \(2, 'y'\)\] <Queue maxsize=0 tasks=2>
<Queue maxsize=1 _queue=\[0\] _putters\[3\] tasks=1>
\[\(1, 'cancelled'\)\] <Queue maxsize=1 _putters\[1\] tasks=1>
\[\(1, 'cancelled'\), \('put', 2\)\] <Queue maxsize=1 _queue=\[2\] _putters\[1\] tasks=2>
\[\(1, 'cancelled'\), \('put', 2\), \('put', 3\)\] <Queue maxsize=1 _queue=\[3\] tasks=3>
True <Queue maxsize=0>
Queue\.get True True
asyncio\.queues asyncio\.queues \(<class 'asyncio\.queues\.QueueFull'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>\)
<Dedup maxsize=0 _queue=\['a', 'b'\] tasks=4> 2
\['a', 'b'\]
<Dedup maxsize=0 tasks=2>
<PriorityQueue maxsize=2 _queue=\[\(1, 'a'\), \(2, 'b'\)\] _putters\[1\] tasks=2> \[\(1, 'a'\), \(2, 'b'\), \(0, 'z'\)\] True

<Timeout \[created\]> None False
True <Timeout \[active\] when=None>
<Timeout \[active\] when=[0-9]+\.[0-9]{3}>
<Timeout \[finished\]> False
<Timeout \[created\]> 5
<Timeout \[active\] when=[0-9]+\.[0-9]{3}>
TimeoutError TimeoutError\(\) CancelledError CancelledError\(\) True <Timeout \[expired\]>
body runs False
negative delay True
no await, no error False 0
in time False
rescheduled to now True
deadline removed False
deadline extended False
deadline set late True
RuntimeError\('Cannot change state of expired Timeout'\)
RuntimeError\('Cannot change state of expired Timeout'\)
RuntimeError\('Timeout has not been entered'\)
RuntimeError\('Timeout has already been entered'\)
inside <Timeout \[expiring\]> True
RuntimeError\('Cannot change state of expiring Timeout'\)
swallowed <Timeout \[expired\]> True 0
ValueError\('other'\) <Timeout \[expired\]>
outer True False 0
outside cancel passes True
\(3, 'from loop', False\) from loop
ValueError\("invalid literal for int\(\) with base 10: 'x'"\)
RuntimeError\('no running event loop'\)
RuntimeError\('no running event loop'\)

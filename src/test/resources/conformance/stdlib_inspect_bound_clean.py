import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
def g(x, y=1, z=2): pass
sf, sg = inspect.signature(f), inspect.signature(g)
for ba in [sf.bind(1, d=4), sf.bind(1, 2, 3, 4, 5, d=6, e=7, q=8), sf.bind(1, 2, d=0, zz=1), sg.bind(1), sg.bind(1, z=5), sg.bind(1, 2, 3), sg.bind(x=1, z=3), sg.bind_partial(), sg.bind_partial(y=2)]:
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults(); print(' ', ba.args, ba.kwargs)

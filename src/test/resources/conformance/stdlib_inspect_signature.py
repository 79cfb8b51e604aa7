# inspect: Signature/Parameter/BoundArguments (bind errors, args/kwargs split, apply_defaults), validation
# messages, signatures of classes, partials, bound methods, built-ins' text signatures, getfullargspec, cleandoc
import inspect, functools
from inspect import Parameter as P, Signature as S
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', str(e).split(' object functools.partial(')[0])
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
def g(a, /, b, *, c): pass
def h(a, /, **kw): pass
def k(a, b=1, *, c=2): pass
sf, sg, sh, sk = map(inspect.signature, (f, g, h, k))
for s, calls in ((sf, [((), {}), ((1,), {}), ((1,), {'d': 1}), ((1, 2, 3, 4, 5), {'d': 1, 'z': 2}), ((1,), {'a': 1, 'd': 1}), ((1,), {'c': 1, 'd': 2, 'b': 3})]),
                 (sg, [((1, 2, 3), {}), ((1,), {'b': 2, 'c': 3}), ((), {'a': 1, 'b': 2, 'c': 3}), ((1, 2), {'b': 2, 'c': 3}), ((1, 2), {}), ((1,), {'c': 3})]),
                 (sh, [((), {'a': 1}), ((1,), {'a': 2}), ((1,), {'x': 2})]),
                 (sk, [((1, 2, 3), {}), ((), {'b': 1}), ((1,), {'c': 1, 'b': 2})])):
    for a, kw in calls:
        t(lambda: s.bind(*a, **kw))
        t(lambda: s.bind_partial(*a, **kw))
        try:
            ba = s.bind_partial(*a, **kw); print(ba.args, ba.kwargs); ba.apply_defaults(); print(ba, ba.args, ba.kwargs)
        except TypeError: pass
t(lambda: P('x', 7))
t(lambda: P('x', P.VAR_KEYWORD, default=1))
t(lambda: P('1x', P.KEYWORD_ONLY))
t(lambda: P('if', P.KEYWORD_ONLY))
t(lambda: P(3, P.KEYWORD_ONLY))
t(lambda: P(None, P.KEYWORD_ONLY))
t(lambda: P('x', P.KEYWORD_ONLY, default=[1], annotation='int'))
t(lambda: str(P('x', P.KEYWORD_ONLY, default=[1], annotation=list[int])))
t(lambda: (str(P('x', P.VAR_POSITIONAL, annotation=int)), str(P('x', P.VAR_KEYWORD))))
t(lambda: S([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]))
t(lambda: S([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]))
t(lambda: S([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
t(lambda: S([P('a', P.KEYWORD_ONLY, default=1), P('b', P.KEYWORD_ONLY)]))
t(lambda: S([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]))
t(lambda: S([P('a', P.POSITIONAL_ONLY)], return_annotation='x'))
t(lambda: (S(), str(S()), S() == S(), hash(S()) == hash(S()), list(S().parameters)))
t(lambda: (sf == inspect.signature(f), sf != sg, sf.replace(return_annotation=S.empty), list(sf.parameters.items())))
t(lambda: [str(p.kind) for p in sf.parameters.values()])
t(lambda: [repr(p.kind) for p in sf.parameters.values()])
t(lambda: [p.kind.description for p in sf.parameters.values()])
t(lambda: P.KEYWORD_ONLY.value)
class M(type):
    def __call__(cls, q, r=1): pass
class WithMeta(metaclass=M): pass
class N:
    def __new__(cls, x, *a): return super().__new__(cls)
class NI(N):
    def __init__(self, x, y=2): pass
class Plain: pass
class Call:
    def __call__(self, u, *, v): pass
t(lambda: [str(inspect.signature(x)) for x in (WithMeta, N, NI, Plain, Call(), Call.__call__, functools.partial(f, 1, 2, 3, d=4), functools.partial(g, b=1), functools.partial(k, 1, b=2))])
t(lambda: str(inspect.signature(functools.partial(g, 1, 2, 3, 4))).split(' object ')[0])
t(lambda: inspect.signature(5))
t(lambda: inspect.signature(print))
t(lambda: inspect.signature(dict.get))
t(lambda: inspect.signature({}.get))
t(lambda: inspect.signature(int))
def wrapper(*a, **k): pass
wrapper.__signature__ = 5
t(lambda: inspect.signature(wrapper))
wrapper.__signature__ = sk
t(lambda: inspect.signature(wrapper))
class Cm:
    @classmethod
    def c(cls, a, b): pass
    @staticmethod
    def s(a, b=1): pass
    def m(*args): pass
    def n(**kw): pass
t(lambda: (inspect.signature(Cm.c), inspect.signature(Cm.s), inspect.signature(Cm().m), inspect.signature(Cm.m)))
t(lambda: inspect.signature(Cm().n))
t(lambda: (hash(P('x', P.KEYWORD_ONLY)) == hash(P('x', P.KEYWORD_ONLY)), P('x', 1) == P('x', 1), P('x', 1) == 3, P('x', 1).replace(name='y', default=None)))
t(lambda: sf.bind(1, d=2) == sf.bind(1, d=2))
async def co(a, b: 'int' = 3) -> 'str': pass
t(lambda: (inspect.signature(co), inspect.signature(co).parameters['b'].annotation))
t(lambda: inspect.signature(lambda *, a: 0))
t(lambda: inspect.signature(sorted))
t(lambda: inspect.signature(max))
for d in ["  first\n    second\n      third\n", "\n\n   a\n   b\n\n  \n", "x", "", "  \t a\n\tb\n\t  c",
          "a\n   \n    b\n        \n", "   \n  lead\n    more"]:
    print(repr(inspect.cleandoc(d)))
t(lambda: inspect.getfullargspec(f))
t(lambda: inspect.getfullargspec(Cm().c))
t(lambda: inspect.getfullargspec(functools.partial(f, 1)))
t(lambda: inspect.getfullargspec(len))
t(lambda: inspect.getfullargspec(1))
class Doc:
    """Doc of Doc."""
    def m(self):
        """m doc"""
    @property
    def p(self):
        """p doc"""
class Sub(Doc):
    def m(self):
        pass
    @property
    def p(self):
        return 1
t(lambda: [inspect.getdoc(x) for x in (Sub, Sub.m, Sub().m, Sub.p, len, str.upper)])
t(lambda: [inspect.ismethoddescriptor(x) for x in (int.__add__, str.upper, len, Sub.m, Sub().m, Sub.p, Sub, 1)])
t(lambda: [inspect.isdatadescriptor(x) for x in (int.__add__, Sub.p, Sub, 1, property())])
import sys
t(lambda: inspect.getfile(sys))
t(lambda: inspect.getfile(int))
t(lambda: inspect.getfile(1))
t(lambda: inspect.getfile(f) == __file__)
t(lambda: inspect.getmodule(f).__name__)
t(lambda: inspect.getmodule(f.__code__).__name__)

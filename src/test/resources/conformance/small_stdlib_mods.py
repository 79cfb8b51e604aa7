# operator, string, types, __future__: small stdlib modules
import operator, string, types, __future__
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(4), operator.getitem([1, 2], 1), operator.contains("abc", "b"))
print(itemgetter(1)("xyz"), itemgetter(0, 2)("xyz"), sorted([(1, "b"), (0, "a")], key=itemgetter(1)))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, attrgetter("a", "b")(ns), methodcaller("upper")("hi"), methodcaller("split", ",")("a,b"))
print(itemgetter(1), attrgetter("x.y"), methodcaller("f", 1, k=2))
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace))
print(string.capwords("hello big world"), ns == types.SimpleNamespace(b="x", a=1))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(None) is types.NoneType)
print(__future__.annotations.compiler_flag, __future__.division.getMandatoryRelease(), "generator_stop" in __future__.all_feature_names)

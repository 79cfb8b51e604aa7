# types.ModuleType: modules made at run time, subclasses of module, and their reprs.
import types, sys
m = types.ModuleType('m'); print(m, m.__name__, m.__doc__, sorted(vars(m)))
m2 = types.ModuleType('n', 'docs'); print(m2.__doc__, m2.__spec__, m2.__loader__, m2.__package__)
for a in [(), (1,), ('a','b','c')]:
    try: types.ModuleType(*a)
    except TypeError as e: print(e)
class Sub(types.ModuleType):
    def hello(self): return 'hi from ' + self.__name__
s = Sub('s'); print(type(s).__name__, s, s.hello(), isinstance(s, types.ModuleType))
m.x = 5
exec('y = x + 1', m.__dict__); print(m.y)
sys.modules['dyn'] = m
import dyn; print(dyn.y, dyn is m)
print(sys, type(sys) is types.ModuleType)

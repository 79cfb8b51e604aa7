# Imports: a helper module beside the script (import, from-import, alias,
# module attributes, module-level code running once, __name__).
import helper
import helper as h2
from helper import greet, Counter as C, CONSTANT
from helper import *
print(helper.greet("world"), greet("x"), CONSTANT)
print(h2 is helper, helper.__name__, __name__)
c = C()
c.inc(); c.inc()
print(c.value, helper.load_count)
print(public_name)
try:
    _private
except NameError as e:
    print(e)
import helper
print(helper.load_count)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)
try:
    from helper import missing_name
except ImportError as e:
    print(type(e).__name__)
# A module __getattr__ serves from-imports; its AttributeError becomes from-import's ImportError.
from lazy import computed_value
print(computed_value)
try:
    from lazy import absent
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(' (')[0])

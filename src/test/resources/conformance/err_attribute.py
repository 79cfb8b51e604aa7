# AttributeError wording for instances, modules and classes; last one uncaught
import math
class C:
    pass
for thunk in [lambda: (1).foo, lambda: "s".bar, lambda: [].nope, lambda: C().missing, lambda: C.attr, lambda: math.nothing, lambda: None.x]:
    try:
        thunk()
    except AttributeError as e:
        print(e)
x = 5
x.foo

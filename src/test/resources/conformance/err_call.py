# Call errors: missing/extra arguments, calling a non-callable; last one uncaught
def f(x):
    return x
class K:
    def m(self, a):
        return a
for call in [lambda: f(), lambda: f(1, 2), lambda: f(y=1), lambda: K().m(), lambda: K(1), lambda: 5(), lambda: None()]:
    try:
        call()
    except TypeError as e:
        print(e)
f()

# throw() into a coroutine whose innermost await drives a plain iterator (no throw method):
# the exception is raised at that await, and handlers around it run.
class OneYield:
    def __await__(self):
        return iter((None,))

async def inner():
    await OneYield()
    return "inner done"

async def outer():
    try:
        await inner()
    except KeyError as e:
        print("caught", repr(e))
    return "outer done"

c = outer()
print(c.send(None))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print("stop", e.value)

async def unhandled():
    await inner()

c = unhandled()
c.send(None)
try:
    c.throw(ValueError("through"))
except ValueError as e:
    print("propagated", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print(e)

c = outer()
c.send(None)
c.close()
print("closed", c.cr_frame)

# A coroutine that never runs gets CPython's RuntimeWarning (at exit here; CPython when it is freed).
async def fetch():
    return 1

fetch()
print("done")

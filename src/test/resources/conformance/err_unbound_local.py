# UnboundLocalError (3.11 wording) when a local is read before assignment
count = 0
def ok():
    return count
print(ok())
def bad():
    count += 1
    return count
try:
    bad()
except UnboundLocalError as e:
    print(e)
def later():
    print(value)
    value = 1
later()

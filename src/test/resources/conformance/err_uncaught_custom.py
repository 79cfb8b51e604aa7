# An uncaught user exception: traceback, 'ClassName: message' last line, exit 1
class InventoryError(Exception):
    pass
def take(stock, n):
    if n > stock:
        raise InventoryError(f"need {n}, have {stock}")
    return stock - n
print(take(5, 2))
print(take(1, 3))

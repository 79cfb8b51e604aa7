# traceback: print_exc/format_exc/print_exception/format_exception(_only), chain and limit.
import traceback, sys
import io, os


class Here(io.StringIO):
    """stdout without this script's directory, so the output does not depend on the checkout."""
    def write(self, s):
        return sys.__stdout__.write(s.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ''))


sys.stdout = Here()
def inner(n):
    if n == 0:
        raise KeyError('deep')
    inner(n - 1)
def outer():
    try:
        inner(2)
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    outer()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
    print('---')
    print(traceback.format_exc(chain=False), end='')
    print('---')
    print(''.join(traceback.format_exception_only(*sys.exc_info()[:2])), end='')
    e = sys.exc_info()[1]
print('--- limit')
try:
    inner(3)
except KeyError as e:
    traceback.print_exception(e, file=sys.stdout, limit=2)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, limit=-1)
print(traceback.format_exc())

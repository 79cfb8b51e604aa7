"""Binary search over sequences already in ascending order (gilpy's own implementation)."""


def _search_bounds(seq, lo, hi):
    # Shared argument checking: a negative start is an error, a missing end means "whole sequence".
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, (len(seq) if hi is None else hi)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index of the leftmost slot where x fits in a[lo:hi], i.e. before any equal items.

    With key, x is compared against key(item) for each probed item (x itself is not passed through key).
    """
    start, stop = _search_bounds(a, lo, hi)
    while start < stop:
        probe = (start + stop) // 2
        item = a[probe] if key is None else key(a[probe])
        # Only "<" is used, and always with the probed item on the left, as CPython does.
        if item < x:
            start = probe + 1
        else:
            stop = probe
    return start


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index of the rightmost slot where x fits in a[lo:hi], i.e. after any equal items.

    With key, x is compared against key(item) for each probed item.
    """
    start, stop = _search_bounds(a, lo, hi)
    while start < stop:
        probe = (start + stop) // 2
        item = a[probe] if key is None else key(a[probe])
        # The new value sits on the left of "<" here, so equal items stay in front of it.
        if x < item:
            stop = probe
        else:
            start = probe + 1
    return start


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Put x into the sorted list a, in front of items equal to it.

    Unlike the bisect functions, key is applied to x as well.
    """
    target = x if key is None else key(x)
    a.insert(bisect_left(a, target, lo, hi, key=key), x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Put x into the sorted list a, behind items equal to it.

    Unlike the bisect functions, key is applied to x as well.
    """
    target = x if key is None else key(x)
    a.insert(bisect_right(a, target, lo, hi, key=key), x)


# The short names mean the "right" variants.
bisect = bisect_right
insort = insort_right

"""Binary min-heaps kept in plain lists, plus merge/nsmallest/nlargest built on them (gilpy's own code).

Invariant: heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2] for every valid child index, so heap[0] is the
smallest item. Only "<" is ever called on items. The exact moves below reproduce CPython's heap layout after
every operation, since programs can (and do) look at the list.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, fname, numbered):
    if not isinstance(heap, list):
        which = 'argument 1' if numbered else 'argument'
        raise TypeError('%s() %s must be list, not %s' % (fname, which, type(heap).__name__))


# ---- the two primitive moves, for the min order and the max order ---------------------------------------

def _float_up(heap, top, hole):
    """The item at hole climbs toward index top while it is smaller than its parent."""
    moving = heap[hole]
    while hole > top:
        parent_at = (hole - 1) >> 1
        parent = heap[parent_at]
        if not moving < parent:
            break
        heap[hole] = parent
        hole = parent_at
    heap[hole] = moving


def _sink(heap, hole):
    """Re-seat heap[hole] after it was overwritten.

    The hole first travels all the way down along the smaller child (one comparison per level), then the
    displaced item climbs back up from the leaf. That costs fewer comparisons than stopping early, because
    an item put at the root usually belongs near the bottom anyway.
    """
    size = len(heap)
    origin = hole
    moving = heap[hole]
    child = 2 * hole + 1
    while child < size:
        sibling = child + 1
        # Prefer the right child only when it is strictly smaller (left wins ties).
        if sibling < size and not heap[child] < heap[sibling]:
            child = sibling
        heap[hole] = heap[child]
        hole = child
        child = 2 * hole + 1
    heap[hole] = moving
    _float_up(heap, origin, hole)


def _float_up_max(heap, top, hole):
    moving = heap[hole]
    while hole > top:
        parent_at = (hole - 1) >> 1
        parent = heap[parent_at]
        if not parent < moving:
            break
        heap[hole] = parent
        hole = parent_at
    heap[hole] = moving


def _sink_max(heap, hole):
    # Mirror of _sink for a max-heap (largest item at index 0).
    size = len(heap)
    origin = hole
    moving = heap[hole]
    child = 2 * hole + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[sibling] < heap[child]:
            child = sibling
        heap[hole] = heap[child]
        hole = child
        child = 2 * hole + 1
    heap[hole] = moving
    _float_up_max(heap, origin, hole)


# ---- public heap operations -------------------------------------------------------------------------------

def heappush(heap, item, /):
    """Add item to the heap, keeping the invariant."""
    _need_list(heap, 'heappush', True)
    heap.append(item)
    _float_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item; IndexError if the heap is empty."""
    _need_list(heap, 'heappop', False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (in one step; the result may be larger than item)."""
    _need_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop the smallest item (in one step; item itself comes back if it is the smallest)."""
    _need_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x, /):
    """Rearrange list x into a heap, in place, in linear time."""
    _need_list(x, 'heapify', False)
    # Leaves are heaps already; fix every inner node, deepest first.
    for node in range(len(x) // 2 - 1, -1, -1):
        _sink(x, node)


# Max-heap counterparts, used by nsmallest() and merge(reverse=True); private, as in CPython.

def _heapify_max(x):
    for node in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, node)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# ---- merge ------------------------------------------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted iterables into one sorted stream.

    Equal items come out in the order of the iterables they came from. With reverse=True the inputs must be
    sorted from largest to smallest. key works as in sorted().
    """
    if reverse:
        build, replace, drop, step = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        build, replace, drop, step = heapify, heapreplace, heappop, 1
    # Each heap entry is a mutable list [sort key, rank, value, fetch-next]; the rank (source position,
    # negated for reverse) breaks ties so values and bound methods are never compared.
    entries = []
    for position, source in enumerate(iterables):
        fetch = iter(source).__next__
        try:
            first = fetch()
        except StopIteration:
            continue
        entries.append([first if key is None else key(first), position * step, first, fetch])
    build(entries)
    while len(entries) > 1:
        try:
            while True:
                front = entries[0]
                yield front[2]
                value = front[3]()
                front[0] = value if key is None else key(value)
                front[2] = value
                replace(entries, front)
        except StopIteration:
            drop(entries)
    if entries:
        # One source left: pass the rest of it through untouched.
        last = entries[0]
        yield last[2]
        yield from last[3].__self__


# ---- nsmallest / nlargest ---------------------------------------------------------------------------------

_MISSING = object()


def _pick(iterable, key, best):
    # n == 1 is just min()/max(); keep key out of the call when it is None so plain comparison is used.
    found = best(iterable, default=_MISSING) if key is None else best(iterable, default=_MISSING, key=key)
    return [] if found is _MISSING else [found]


def _count(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (same as sorted(iterable, key=key)[:n])."""
    if n == 1:
        return _pick(iter(iterable), key, min)
    size = _count(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    # Keep the n best seen so far in a max-heap, so the worst of them is at hand to compare with.
    # Entries carry an increasing serial so equal items keep their input order and are never compared.
    source = iter(iterable)
    if key is None:
        kept = [(item, serial) for serial, item in zip(range(n), source)]
    else:
        kept = [(key(item), serial, item) for serial, item in zip(range(n), source)]
    if not kept:
        return kept
    _heapify_max(kept)
    bound = kept[0][0]
    serial = n
    for item in source:
        rank = item if key is None else key(item)
        if rank < bound:
            _heapreplace_max(kept, (item, serial) if key is None else (rank, serial, item))
            bound = kept[0][0]
        serial += 1
    kept.sort()
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (same as sorted(iterable, key=key, reverse=True)[:n])."""
    if n == 1:
        return _pick(iter(iterable), key, max)
    size = _count(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    # Mirror of nsmallest with a min-heap; serials count down so that, after the reverse sort, earlier
    # items still come before equal later ones.
    source = iter(iterable)
    if key is None:
        kept = [(item, serial) for serial, item in zip(range(0, -n, -1), source)]
    else:
        kept = [(key(item), serial, item) for serial, item in zip(range(0, -n, -1), source)]
    if not kept:
        return kept
    heapify(kept)
    bound = kept[0][0]
    serial = -n
    for item in source:
        rank = item if key is None else key(item)
        if bound < rank:
            heapreplace(kept, (item, serial) if key is None else (rank, serial, item))
            bound = kept[0][0]
        serial -= 1
    kept.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in kept]

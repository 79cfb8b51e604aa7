"""Helpers shared by the unittest modules: safe reprs and the shortening of long reprs in messages."""

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN
                              + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def _elide(text, head, tail):
    """Replaces the middle of text by '[N chars]' when that saves more than the marker costs."""
    dropped = len(text) - head - tail
    if dropped <= _PLACEHOLDER_LEN:
        return text
    return f"{text[:head]}[{dropped} chars]{text[len(text) - tail:]}"


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    reprs = [safe_repr(a) for a in args]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    prefix = _common_prefix(reprs)
    n = len(prefix)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[n:] for r in reprs)
    prefix = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _elide(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _count_diff(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ, in first-seen order."""
    def counts(seq):
        found = []
        for item in seq:
            for entry in found:
                if entry[0] == item:
                    entry[1] += 1
                    break
            else:
                found.append([item, 1])
        return found
    a, b = counts(actual), counts(expected)
    out = []
    for item, n in a:
        m = next((c for e, c in b if e == item), 0)
        if n != m:
            out.append((n, m, item))
    for item, m in b:
        if not any(e == item for e, _ in a):
            out.append((0, m, item))
    return out

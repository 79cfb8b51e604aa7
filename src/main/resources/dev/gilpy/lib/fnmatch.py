"""Unix shell-style wildcards: *, ?, [seq], [!seq] (fnmatch, fnmatchcase, filter, translate)."""

import os
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat (case as the OS compares names: exactly, on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768)
def _compile(pat):
    """The pattern as a list of tokens: ('*',), ('?',), ('set', negate, chars-and-ranges) or ('lit', text)."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:
                        items.append((body[k], body[k + 2]))
                    k += 3
                else:
                    items.append((body[k], body[k]))
                    k += 1
            tokens.append(('set', negate, tuple(items)))
        else:
            if tokens and tokens[-1][0] == 'lit':
                tokens[-1] = ('lit', tokens[-1][1] + c)
            else:
                tokens.append(('lit', c))
    return tuple(tokens)


def _match(tokens, name):
    # Iterative wildcard matching with backtracking to the last '*'.
    ti = ni = 0
    star_ti = star_ni = -1
    nt, nn = len(tokens), len(name)
    while True:
        if ti < nt:
            tok = tokens[ti]
            kind = tok[0]
            if kind == '*':
                star_ti, star_ni = ti, ni
                ti += 1
                continue
            if kind == 'lit':
                if name.startswith(tok[1], ni):
                    ti += 1
                    ni += len(tok[1])
                    continue
            elif ni < nn:
                c = name[ni]
                if kind == '?' or (any(lo <= c <= hi for lo, hi in tok[2]) != tok[1]):
                    ti += 1
                    ni += 1
                    continue
        elif ni == nn:
            return True
        if star_ti < 0 or star_ni >= nn:
            return False
        star_ni += 1
        ti, ni = star_ti + 1, star_ni


def fnmatchcase(name, pat):
    """Whether name matches pat, comparing case exactly."""
    return _match(_compile(pat), name)


def filter(names, pat):
    """The names that match pat."""
    pat = os.path.normcase(pat)
    tokens = _compile(pat)
    return [name for name in names if _match(tokens, os.path.normcase(name))]


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def translate(pat):
    """The regular expression (as a string) that matches what pat matches."""
    parts = []
    for tok in _compile(pat):
        if tok[0] == '*':
            parts.append('.*')
        elif tok[0] == '?':
            parts.append('.')
        elif tok[0] == 'lit':
            parts.append(_escape(tok[1]))
        else:
            negate, items = tok[1], tok[2]
            if not items:
                parts.append('.' if negate else '(?!)')
                continue
            body = ''.join(_escape(lo) if lo == hi else _escape(lo) + '-' + _escape(hi) for lo, hi in items)
            parts.append('[' + ('^' if negate else '') + body + ']')
    return '(?s:' + ''.join(parts) + ')\\Z'

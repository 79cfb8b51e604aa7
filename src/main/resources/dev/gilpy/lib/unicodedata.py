"""The Unicode character database: names, categories, numeric values and normalization.

The data are the JDK's (its Unicode version is unidata_version, not CPython 3.11's 14.0.0). Not provided:
east_asian_width, combining and decomposition (the JDK has no such tables)."""

import _unicodedata

__all__ = ['lookup', 'name', 'decimal', 'digit', 'numeric', 'category', 'bidirectional', 'mirrored',
           'normalize', 'is_normalized', 'unidata_version']

unidata_version = _unicodedata.unicode_version

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# Jamo short names of the Unicode standard (section 3.12), for the names of Hangul syllables.
_LEADS = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H']
_VOWELS = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
           'YU', 'EU', 'YI', 'I']
_TAILS = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS',
          'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']
_missing = object()


def _char(fn, chr, which='argument 1'):
    if not isinstance(chr, str) or len(chr) != 1:
        raise TypeError(f"{fn}() {which} must be a unicode character, not {type(chr).__name__}")
    return chr


def name(chr, default=_missing):
    """The character's name; default (or ValueError) when it has none."""
    code = ord(_char('name', chr))
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        index = code - _HANGUL_FIRST
        lead, rest = divmod(index, len(_VOWELS) * len(_TAILS))
        vowel, tail = divmod(rest, len(_TAILS))
        return 'HANGUL SYLLABLE ' + _LEADS[lead] + _VOWELS[vowel] + _TAILS[tail]
    found = _unicodedata.name(chr)
    if found is None:
        if default is _missing:
            raise ValueError("no such name")
        return default
    return found


def lookup(name):
    """The character with this name."""
    if isinstance(name, bytes):
        name = name.decode('ascii')
    code = _unicodedata.lookup(name)
    if code < 0:
        raise KeyError(f"undefined character name '{name}'")
    return chr(code)


def category(chr):
    """The general category, e.g. 'Lu' (uppercase letter), 'Nd' (decimal digit)."""
    return _unicodedata.category(_char('category', chr, 'argument'))


def bidirectional(chr):
    """The bidirectional class, e.g. 'L', 'R', 'EN'; '' if none."""
    return _unicodedata.bidirectional(_char('bidirectional', chr, 'argument'))


def mirrored(chr):
    """1 if the character is mirrored in bidirectional text, else 0."""
    return _unicodedata.mirrored(_char('mirrored', chr, 'argument'))


def decimal(chr, default=_missing):
    """The value of a decimal digit (category Nd)."""
    if _unicodedata.category(_char('decimal', chr)) == 'Nd':
        return _unicodedata.numeric_value(chr)
    if default is _missing:
        raise ValueError("not a decimal")
    return default


def digit(chr, default=_missing):
    """The value of a digit (decimal digits and others such as superscripts)."""
    value = _unicodedata.numeric_value(_char('digit', chr))
    if 0 <= value <= 9 and category(chr) in ('Nd', 'No'):
        return value
    if default is _missing:
        raise ValueError("not a digit")
    return default


def numeric(chr, default=_missing):
    """The numeric value as a float (integral values of N* characters only: the JDK has no fractions such
    as '½' nor the values of CJK numerals)."""
    value = _unicodedata.numeric_value(_char('numeric', chr))
    # The JDK also gives Latin letters values (as digits of base 36); Unicode's numeric types are N*.
    if value >= 0 and _unicodedata.category(chr) in ('Nd', 'Nl', 'No'):
        return float(value)
    if default is _missing:
        raise ValueError("not a numeric character")
    return default


def normalize(form, unistr):
    """unistr in normal form 'NFC', 'NFD', 'NFKC' or 'NFKD'."""
    return _unicodedata.normalize(form, unistr)


def is_normalized(form, unistr):
    """Whether unistr is already in the normal form."""
    return _unicodedata.is_normalized(form, unistr)

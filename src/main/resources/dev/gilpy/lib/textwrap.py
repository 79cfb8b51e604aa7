"""Wrapping, filling, shortening, dedenting and indenting of plain text (gilpy's own)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these six characters separate words; other Unicode spaces (NBSP, ...) stay inside words.
_whitespace = '\t\n\x0b\x0c\r '
# Punctuation after which a run of dashes counts as an em-dash (observed behaviour of CPython 3.11).
_DASH_AFTER = set('!"&\',.?')


def _word_char(c):
    return c == '_' or c.isalnum()


def _letter(c):
    # a word character that is not a decimal digit
    return c == '_' or (c.isalnum() and not c.isdecimal())


def _letter_pair_at(s, i):
    """True if s[i:] starts with a letter, an optional hyphen, and another letter."""
    n = len(s)
    if i >= n or not _letter(s[i]):
        return False
    j = i + 1
    if j < n and s[j] == '-':
        j += 1
    return j < n and _letter(s[j])


def _letters_before(s, start, end):
    """True if s[start:end] ends in two or more letters, single hyphens allowed between them.
    (start is the word's start, not the piece's: 'ab-c-de' breaks as 'ab-' 'c-' 'de'.)"""
    count = 0
    k = end - 1
    while k >= start:
        if _letter(s[k]):
            count += 1
            k -= 1
        elif s[k] == '-' and count and k > start and _letter(s[k - 1]):
            k -= 1
        else:
            break
    return count >= 2


def _dash_run(s, i):
    """Length of an em-dash (two or more hyphens) starting at i, or 0 if there is none."""
    if i == 0 or not (_word_char(s[i - 1]) or s[i - 1] in _DASH_AFTER):
        return 0
    j = i
    while j < len(s) and s[j] == '-':
        j += 1
    if j - i < 2 or j >= len(s) or not _word_char(s[j]):
        return 0
    return j - i


def _pieces_of_word(word):
    """Cut one run of non-whitespace where a line may break: after the hyphen of a compound
    word ('well-' 'known'), and around em-dashes ('a' '--' 'b')."""
    out = []
    start = 0
    n = len(word)
    while start < n:
        dash = _dash_run(word, start)
        if dash:
            out.append(word[start:start + dash])
            start += dash
            continue
        end = start + 1
        while end < n:
            if word[end - 1] == '-' and _letters_before(word, 0, end - 1) \
                    and _letter_pair_at(word, end):
                break
            if word[end] == '-' and _dash_run(word, end):
                break
            end += 1
        out.append(word[start:end])
        start = end
    return out


_SPACE_RUN = re.compile('([\t\n\x0b\x0c\r ]+)')


def _runs(text):
    """Split text into alternating runs of whitespace and non-whitespace (space?, run) pairs."""
    parts = _SPACE_RUN.split(text)
    # split() with a group alternates word, space, word, ...; empty words only at the ends
    return [(i % 2 == 1, part) for i, part in enumerate(parts) if part]


def _is_blank(s):
    return not s.strip()


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe one closing quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Holds wrapping options; wrap() and fill() apply them to a text."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.break_long_words = break_long_words
        self.break_on_hyphens = break_on_hyphens
        self.drop_whitespace = drop_whitespace
        self.expand_tabs = expand_tabs
        self.fix_sentence_endings = fix_sentence_endings
        self.initial_indent = initial_indent
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.replace_whitespace = replace_whitespace
        self.subsequent_indent = subsequent_indent
        self.tabsize = tabsize
        self.width = width

    # -- turning text into chunks

    def _munge_whitespace(self, text):
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        chunks = []
        for space, run in _runs(text):
            if space or not self.break_on_hyphens or '-' not in run:
                chunks.append(run)
            else:
                chunks.extend(_pieces_of_word(run))
        return chunks

    def _fix_sentence_endings(self, chunks):
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- laying chunks out in lines

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the too-long chunk on top of reversed_chunks into cur_line."""
        # A full line takes an empty piece (which drop_whitespace then removes); only a line
        # narrower than one column is widened to one.
        room = 1 if width < 1 else width - cur_len
        word = reversed_chunks[-1]
        if self.break_long_words:
            cut = room
            if self.break_on_hyphens and len(word) > room:
                # prefer to cut just after the last hyphen that fits, unless only dashes precede it
                h = word.rfind('-', 0, room)
                if h > 0 and word[:h].strip('-'):
                    cut = h + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        todo = list(reversed(chunks))
        lines = []
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and _is_blank(todo[-1]):
                todo.pop()
            line, used = self._fill_line(todo, room)
            if self.drop_whitespace and line and _is_blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if self._line_fits_limit(lines, todo, used, room):
                lines.append(prefix + ''.join(line))
            else:
                self._finish_with_placeholder(lines, line, used, room, prefix)
                break
        return lines

    def _fill_line(self, todo, room):
        line = []
        used = 0
        while todo and used + len(todo[-1]) <= room:
            chunk = todo.pop()
            line.append(chunk)
            used += len(chunk)
        if todo and len(todo[-1]) > room:
            self._handle_long_word(todo, line, used, room)
            used = sum(map(len, line))
        return line, used

    def _line_fits_limit(self, lines, todo, used, room):
        """True if this line may be emitted as is under max_lines."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not todo or (self.drop_whitespace and len(todo) == 1 and _is_blank(todo[0]))
        return nothing_left and used <= room

    def _finish_with_placeholder(self, lines, line, used, room, prefix):
        mark = self.placeholder
        while line:
            if not _is_blank(line[-1]) and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            last = lines[-1].rstrip()
            if len(last) + len(mark) <= self.width:
                lines[-1] = last + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- public

    def fill(self, text):
        """Return text wrapped and joined into one string."""
        return "\n".join(self.wrap(text))

    def wrap(self, text):
        """Return text wrapped as a list of lines (without final newlines)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width characters; see TextWrapper for options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but return one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then cut to fit width, ending with a placeholder if cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _indent_of(line):
    n = 0
    while n < len(line) and line[n] in ' \t':
        n += 1
    return line[:n]


def dedent(text):
    """Remove the leading spaces and tabs that all non-blank lines share.

    Lines holding only spaces and tabs become empty. Tabs and spaces are different characters
    here: '  x' and '\\tx' share no indentation."""
    lines = text.split('\n')
    common = None
    for i, line in enumerate(lines):
        lead = _indent_of(line)
        if len(lead) == len(line):
            lines[i] = ''
            continue
        if common is None:
            common = lead
        else:
            k = 0
            limit = min(len(common), len(lead))
            while k < limit and common[k] == lead[k]:
                k += 1
            common = common[:k]
    if common:
        cut = len(common)
        lines = [line[cut:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of each line for which predicate(line) is true
    (by default: every line that is not just whitespace)."""
    if predicate is None:
        predicate = lambda line: not _is_blank(line)
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

"""Text wrapping and filling, as CPython 3.11's textwrap breaks lines."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows about: ASCII only, as CPython's (other Unicode spaces stay in words).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit (the regex class [^\d\W]).
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _dashes_then_word(text, j):
    """Whether text[j:] is two or more hyphens followed by a word character."""
    k = j
    n = len(text)
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word_char(text[k])


def _split_on_hyphens(text):
    """The chunks of text: whitespace runs, em-dashes ("--") between words, and words split after the
    hyphens of compound words ("goof-", "ball")."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
        else:
            # The shortest run of non-space characters that ends a word: after a hyphen between letters,
            # before whitespace or the end, or before an em-dash.
            j = i + 1
            while True:
                if j >= n or text[j] in _whitespace:
                    break
                if text[j] == '-' and _hyphen_splits(text, j):
                    j += 1
                    break
                if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_splits(text, j):
    # text[j] is '-': a compound word breaks after it when two letters (or letter-hyphen-letter) come
    # before it and a letter, optionally hyphen, letter after it.
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or \
             (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))
    if not before:
        return False
    n = len(text)
    if j + 1 >= n or not _is_letter(text[j + 1]):
        return False
    if j + 2 < n and _is_letter(text[j + 2]):
        return True
    return j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])


def _split_on_whitespace(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then an optional closing quote, at the chunk's end.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills paragraphs; the attributes set by __init__ control the layout."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expands tabs, then turns every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The indivisible chunks of text: words (split after compound-word hyphens) and whitespace."""
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end, where the text had one."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts as much of a chunk too long for any line on the current line as fits."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits (but not inside a leading run of them).
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Greedy line filling: each line takes chunks while they fit."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but not of the text) goes.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            fits = (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width)
            if fits:
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder, dropping chunks until it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The paragraph text as a list of lines no longer than width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph text wrapped into one string of lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a single paragraph into one string of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix that every non-blank line of text has."""
    lines = text.split('\n')
    # Lines of only spaces and tabs become empty and do not count for the margin.
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate is true (default: lines not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))

"""Splitting and quoting command lines as a POSIX shell does."""

import re

__all__ = ['shlex', 'split', 'quote', 'join']


class shlex:
    """A lexer for shell-like syntax: words, quotes, backslash escapes and comments (POSIX rules when posix)."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            self._text = instream
        elif instream is None:
            import sys
            self._text = sys.stdin.read()
        else:
            self._text = instream.read()
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
        if posix:
            self.wordchars += 'ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ'
        self.quotes = '\'"'
        self.whitespace = ' \t\r\n'
        self.escape = '\\'
        self.whitespace_split = False
        self.escapedquotes = '"'
        self.lineno = 1
        self.pushback = []
        self._pos = 0

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        """The next token, or eof (None in POSIX mode, '' otherwise)."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _next_char(self):
        if self._pos >= len(self._text):
            return ''
        c = self._text[self._pos]
        self._pos += 1
        if c == '\n':
            self.lineno += 1
        return c

    def read_token(self):
        word = ''
        quoted = False
        state = ' '
        escaped_in = None
        while True:
            c = self._next_char()
            if state == ' ':
                if not c:
                    return self.eof
                if c in self.whitespace:
                    continue
                if c in self.commenters:
                    self._skip_comment()
                    continue
                if self.posix and c in self.escape:
                    escaped_in, state = 'a', '\\'
                elif c in self.wordchars or (self.whitespace_split and c not in self.quotes):
                    word, state = c, 'a'
                elif c in self.quotes:
                    if not self.posix:
                        word = c
                    state = c
                    quoted = True
                else:
                    if self.whitespace_split:
                        word, state = c, 'a'
                    else:
                        return c
            elif state in self.quotes:
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not self.posix:
                        return word + c
                    state = 'a'
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    escaped_in, state = state, '\\'
                else:
                    word += c
            elif state == '\\':
                if not c:
                    raise ValueError("No escaped character")
                # Inside double quotes a backslash only escapes the quote and itself.
                if escaped_in in self.quotes and c != escaped_in and c not in self.escape:
                    word += '\\'
                word += c
                state = escaped_in
            else:   # in a word
                if not c:
                    break
                if c in self.whitespace:
                    break
                if c in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        break
                    continue
                if self.posix and c in self.quotes:
                    state = c
                    quoted = True
                elif self.posix and c in self.escape:
                    escaped_in, state = 'a', '\\'
                elif c in self.wordchars or c in self.quotes or (self.whitespace_split and c not in self.whitespace):
                    word += c
                else:
                    self._pos -= 1
                    break
        if self.posix and not word and not quoted:
            return self.eof
        return word

    def _skip_comment(self):
        while True:
            c = self._next_char()
            if not c or c == '\n':
                return

    def __iter__(self):
        # Tokens until the end-of-input marker, which is not itself a token.
        return iter(self.get_token, self.eof)


def split(s, comments=False, posix=True):
    """The words of the command line s, as a POSIX shell would split them."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    if not comments:
        lexer.commenters = ''
    lexer.whitespace_split = True
    return [token for token in lexer]


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII)


def quote(s):
    """s quoted so that a shell reads it back as one word."""
    if not s:
        return "''"
    if _unsafe.search(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The words quoted and joined by spaces: the inverse of split()."""
    return ' '.join(quote(arg) for arg in split_command)

"""Splitting, joining, quoting and query-string parsing of URLs (RFC 3986 with CPython's conventions)."""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode",
           "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes",
           "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git',
               'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
scheme_chars = ('abcdefghijklmnopqrstuvwxyz' 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' '0123456789' '+-.')

_LEADING_JUNK = ''.join(chr(c) for c in range(0x21))   # C0 controls and space, stripped in front
_UNSAFE = '\t\r\n'                                      # removed anywhere


class _NetlocParts:
    """username/password/hostname/port of a result's netloc."""

    @property
    def username(self):
        userinfo = self._userinfo()
        return None if userinfo is None else userinfo.partition(':')[0]

    @property
    def password(self):
        userinfo = self._userinfo()
        if userinfo is None or ':' not in userinfo:
            return None
        return userinfo.partition(':')[2]

    def _userinfo(self):
        netloc = self.netloc
        return netloc.rpartition('@')[0] if '@' in netloc else None

    def _hostport(self):
        hostport = self.netloc.rpartition('@')[2]
        if hostport.startswith('['):
            host, _, rest = hostport[1:].partition(']')
            _, _, port = rest.partition(':')
            return host, port if ':' in rest else None
        host, sep, port = hostport.partition(':')
        return host, port if sep else None

    @property
    def hostname(self):
        host = self._hostport()[0]
        if not host:
            return None
        return host.partition('%')[0].lower() + (('%' + host.partition('%')[2]) if '%' in host else '')

    @property
    def port(self):
        port = self._hostport()[1]
        if port is None or port == '':
            return None
        if port.isdigit() and port.isascii():
            value = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if not 0 <= value <= 65535:
            raise ValueError("Port out of range 0-65535")
        return value


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


def _encoded(cls, name, text_cls):
    def encode(self, encoding='ascii', errors='strict'):
        return cls(*(x.encode(encoding, errors) for x in self))
    text_cls.encode = encode

    def decode(self, encoding='ascii', errors='strict'):
        return text_cls(*(x.decode(encoding, errors) for x in self))
    cls.decode = decode
    cls.__name__ = cls.__qualname__ = name
    return cls


SplitResultBytes = _encoded(namedtuple('SplitResultBytes', 'scheme netloc path query fragment'),
                            'SplitResultBytes', SplitResult)
ParseResultBytes = _encoded(namedtuple('ParseResultBytes', 'scheme netloc path params query fragment'),
                            'ParseResultBytes', ParseResult)
DefragResultBytes = _encoded(namedtuple('DefragResultBytes', 'url fragment'), 'DefragResultBytes', DefragResult)


def _as_text(args):
    """(texts, to_result): bytes arguments are decoded as ASCII and results encoded back."""
    kinds = {type(a) for a in args if a not in ('', b'', None)}
    if kinds <= {str}:
        return [a if a is not None else '' for a in args], False
    if all(isinstance(a, (bytes, bytearray)) or a in ('', None) for a in args):
        return [bytes(a).decode('ascii') if a else '' for a in args], True
    raise TypeError("Cannot mix str and non-str arguments")


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits url into (scheme, netloc, path, query, fragment)."""
    (url, scheme), was_bytes = _as_text([url, scheme])
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _UNSAFE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() and all(c in scheme_chars for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    netloc = query = fragment = ''
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            at = url.find(c, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result.encode() if was_bytes else result


def _split_params(path):
    slash = path.rfind('/')
    semicolon = path.find(';', slash if slash >= 0 else 0)
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Splits url into (scheme, netloc, path, params, query, fragment)."""
    (url, scheme), was_bytes = _as_text([url, scheme])
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    result = ParseResult(scheme, netloc, path, params, query, fragment)
    return result.encode() if was_bytes else result


def urlunsplit(components):
    """The URL of a (scheme, netloc, path, query, fragment) tuple."""
    parts, was_bytes = _as_text(list(components))
    scheme, netloc, path, query, fragment = parts
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path and path[:1] != '/':
            path = '/' + path
        path = '//' + netloc + path
    url = path
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return url.encode('ascii') if was_bytes else url


def urlunparse(components):
    """The URL of a (scheme, netloc, path, params, query, fragment) tuple."""
    parts, was_bytes = _as_text(list(components))
    scheme, netloc, path, params, query, fragment = parts
    if params:
        path = f"{path};{params}"
    url = urlunsplit((scheme, netloc, path, query, fragment))
    return url.encode('ascii') if was_bytes else url


def _merge_paths(base_path, path):
    """RFC 3986 5.2: path resolved against base_path, '.' and '..' segments removed."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        directory = base_path.split('/')[:-1] if base_path.split('/')[-1] != '' else base_path.split('/')
        segments = directory + path.split('/')
        # Empty segments inside a merged path are dropped (the first and last keep their meaning).
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return '/'.join(resolved) or '/'


def urljoin(base, url, allow_fragments=True):
    """url resolved against base ("http://a/b/c" + "../d" -> "http://a/d")."""
    if not base:
        return url
    if not url:
        return base
    (base, url), was_bytes = _as_text([base, url])
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        joined = url
    elif scheme in uses_netloc and netloc:
        joined = urlunparse((scheme, netloc, path, params, query, fragment))
    else:
        if scheme in uses_netloc:
            netloc = bnetloc
        if not path and not params:
            joined = urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
        else:
            joined = urlunparse((scheme, netloc, _merge_paths(bpath, path), params, query, fragment))
    return joined.encode('ascii') if was_bytes else joined


def urldefrag(url):
    """(url without its fragment, fragment)."""
    (url,), was_bytes = _as_text([url])
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        result = DefragResult(urlunparse((scheme, netloc, path, params, query, '')), fragment)
    else:
        result = DefragResult(url, '')
    return result.encode() if was_bytes else result


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ' b'abcdefghijklmnopqrstuvwxyz' b'0123456789' b'_.-~')


def quote_from_bytes(bs, safe='/'):
    """bytes %-escaped except for letters, digits, '_.-~' and the characters in safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """string with the characters that are not safe in a URL %-escaped (UTF-8 by default)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become '+'."""
    if ((isinstance(string, str) and ' ' not in string)
            or (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


_HEX = '0123456789abcdefABCDEF'


def unquote_to_bytes(string):
    """The bytes of string with its %XX escapes decoded."""
    if not string:
        string.split  # a clear AttributeError for None, as CPython gives
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = bytes(string).split(b'%')
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        code = piece[:2]
        if len(code) == 2 and all(chr(c) in _HEX for c in code):
            out.append(int(code, 16))
            out += piece[2:]
        else:
            out += b'%' + piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """string with %XX escapes decoded (as UTF-8 by default, invalid sequences replaced)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    out = []
    i = 0
    n = len(string)
    while i < n:
        at = string.find('%', i)
        if at < 0:
            out.append(string[i:])
            break
        out.append(string[i:at])
        # A run of escapes (and the ASCII between them) is decoded together so that multi-byte
        # characters come out whole.
        j = at
        raw = bytearray()
        while j < n and string[j] == '%' and j + 2 < n and string[j + 1] in _HEX and string[j + 2] in _HEX:
            raw.append(int(string[j + 1:j + 3], 16))
            j += 3
        if raw:
            out.append(raw.decode(encoding, errors))
            i = j
        else:
            out.append('%')
            i = at + 1
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for form values: '+' becomes a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    """A query string's (name, value) pairs, in order."""
    if not qs:
        return []
    was_bytes = isinstance(qs, (bytes, bytearray))
    if was_bytes:
        qs = bytes(qs).decode('ascii')
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq and strict_parsing:
            raise ValueError(f"bad query field: {field!r}")
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((name, value))
    if was_bytes:
        return [(n.encode(encoding, errors), v.encode(encoding, errors)) for n, v in pairs]
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    """A query string as a dict of name -> list of values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        found.setdefault(name, []).append(value)
    return found


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as 'name=value&...' with both sides quoted (quote_plus by default);
    with doseq, a sequence value gives one pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as e:
            raise TypeError("not a valid non-string sequence or mapping object") from e

    def text(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        if isinstance(value, str):
            return quote_via(value, safe, encoding, errors)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for name, value in query:
        if not doseq or isinstance(value, (str, bytes)):
            pairs.append(text(name) + '=' + text(value))
            continue
        try:
            len(value)
        except TypeError:
            pairs.append(text(name) + '=' + text(value))
            continue
        for item in value:
            pairs.append(text(name) + '=' + text(item))
    return '&'.join(pairs)

# urllib.parse: urlparse/urlsplit and their attributes, urljoin (RFC 3986 examples), quoting, query strings
from urllib.parse import *
import urllib.parse
urls = ['http://user:pw@www.Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'mailto:a@b.c',
        'file:///etc/passwd', '//host/path', '/just/path?x', 'relative/path;x#f', 'HTTP://EX.com', 'http://h:abc/',
        'http://h:99999/', ' \thttp://a.b/c\nd', 'tel:+1-555;ext=1', 'news:comp.lang', 'http://a/b/c/d;p?q', 'a:b',
        '1http://x', 'http://h/p#', 'svn+ssh://h/x', 'http://[::1', 'http://h?a#b?c']
for u in urls:
    for f in (urlparse, urlsplit):
        try:
            r = f(u)
            print(r, r.geturl(), r.username, r.password, r.hostname)
            try:
                print(r.port)
            except ValueError as e:
                print('port:', e)
        except ValueError as e:
            print(f.__name__, e)
print(urlparse('www.x.com/a', scheme='http'), urlsplit('http://x/a#b', allow_fragments=False))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
            '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g',
            '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https://other/x', 'a//b/../c']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', 'c'), urljoin('http://a', 'b'), urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('mailto:x', 'y'), urljoin('http://a/b/c', '../../../..'))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('http://a/b#c').geturl())
print(urlunparse(('http', 'h', 'p', 'pa', 'q', 'f')), urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('file', '', '/x', '', '')), urlunsplit(('', '', 'x', '', '')), urlunsplit(('http', '', 'x', '', '')))
for s in ['a b&c/d?e=f', 'ü€', '~_.-', '', 'abc/def']:
    print(quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote(b'\x00\xff a'), quote_from_bytes(b'a b/c', safe=''), quote('a b', safe=' '))
for s in ['a%20b', '%E2%82%AC', '%zz%4', '%', 'a+b%2Bc', '%E2%82', 'x%C3%BCy%41', '']:
    print(repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b'a%20b'))
qs = 'a=1&b=2&a=3&c=&d&e=%20x+y&f=%E2%82%AC'
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(''), parse_qsl(b'a=1&b=%20'))
try: parse_qsl('a=1&b', strict_parsing=True)
except ValueError as e: print(e)
try: parse_qsl('a=1&b=2&c=3', max_num_fields=2)
except ValueError as e: print(e)
print(urlencode({'q': 'a b', 'n': 1, 'x': 'ü/&'}), urlencode([('a', [1, 2]), ('b', 'xy')], doseq=True), urlencode([('a', [1, 2])]))
print(urlencode({'p': '/x y'}, safe='/'), urlencode({'p': 'a b'}, quote_via=quote), urlencode({b'k': b'v w'}))
try: urlencode('abc')
except TypeError as e: print(e)
r = urlparse('http://h/p?q')
print(r._replace(scheme='https').geturl(), r.scheme, r[1], type(r).__name__, urlsplit(b'http://h/p?q'), urlparse(b'http://h/p').decode())
print(urllib.parse.uses_netloc[:3], urllib.parse.__all__[:4])

# unicodedata: names (incl. CJK and Hangul), lookup, category, bidirectional, digits, the four normal forms; unidata_version is the JDK's
import unicodedata as u
for ch in 'aA1 ½²€é\u0301\u4e00\uac00\ud7a3\u0663\u2028\n\u00ad\u05d0\u0627()«':
    print(repr(ch), u.name(ch, None), u.category(ch), u.bidirectional(ch), u.mirrored(ch), u.decimal(ch, None), u.digit(ch, None))
for n in ['LATIN SMALL LETTER A', 'EURO SIGN', 'SNOWMAN', 'latin capital letter b', 'GREEK SMALL LETTER ALPHA']:
    print(n, repr(u.lookup(n)))
for bad in [lambda: u.lookup('NO SUCH THING'), lambda: u.name('\n'), lambda: u.decimal('x'), lambda: u.digit('x'), lambda: u.numeric('x'), lambda: u.normalize('NFX', 'a'), lambda: u.name('ab'), lambda: u.category(5)]:
    try: bad()
    except (KeyError, ValueError, TypeError) as e: print(type(e).__name__, e)
s = 'Ame\u0301lie ﬁ ① Å'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    t = u.normalize(form, s)
    print(form, ascii(t), len(t), u.is_normalized(form, t), u.is_normalized(form, 'é'))
print(u.numeric('7'), u.numeric('Ⅻ'), u.digit('²'), u.decimal('٣'), u.numeric('a', None), u.digit('⑩', None))
print(''.join(c for c in u.normalize('NFD', 'Crème Brûlée') if u.category(c) != 'Mn'))

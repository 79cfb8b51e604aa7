# Lexing: every string literal form: quotes, triple quotes, prefixes, bytes
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
s = """line one
line two
    indented"""
print(s)
print(len(s), s.count("\n"))
t = '''a\
b'''
print(t)
print(r'raw \n stays', R"raw \t too", r'\\')
print(b'bytes', B"BYTES", rb'raw\bytes', br'\x00')
print(u'unicode prefix', U"upper")
print('adjacent' 'literals' "join")
print('')
print("", len(""), len(''''''))
print('tab\there', 'nl\\n')
print("unicode: \u00e9 \u4e2d \U0001F600 \N{GREEK SMALL LETTER ALPHA}")
print('\x41\x42', '\101\102', '\0' == '\x00')
print(repr('a\tb\n'), repr("it's"), repr('say "x"'), repr('both \' and "'))
print(repr(b'\x00\xff abc'), repr(r'\d'))
print("é".encode(), len("é"), len("é".encode()))

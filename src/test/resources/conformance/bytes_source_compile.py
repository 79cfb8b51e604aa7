# compile/exec/eval of bytes source: UTF-8 unless a BOM or a PEP 263 coding cookie (first two lines) says otherwise
for src in [b'print(12)', b'# -*- coding: latin-1 -*-\nprint("\xe9", len("\xe9"))', b'\xef\xbb\xbfprint(1)', b'#!/bin/x\n# vim: set fileencoding=latin-1 :\nprint("\xe9")',
            b'print(1)\x00', bytearray(b'print(7)'), b'# coding=utf8\nprint("\xc3\xa9")', b'x = 1 +', b'# coding: latin-1\nx = 1 +']:
    try:
        exec(compile(src, 'f', 'exec'))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
    except ValueError as e:
        print(type(e).__name__, e)
print(eval(b'1+2'), eval(b'  3'), eval(bytearray(b'4*5')))
exec(b'print(5)')
exec(b'# coding: latin-1\nprint("\xfc")')
g = {}
exec(b'y = 6 * 7', g)
print(g['y'])
print(eval(compile(b'40 + 2', '<b>', 'eval')))
for bad in [12, None, [b'x']]:
    for fn in (exec, eval):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
    try:
        compile(bad, 'f', 'exec')
    except TypeError as e:
        print('compile', type(e).__name__, e)

# str() of SyntaxError as CPython builds it (SyntaxError_str): msg, then (file basename, line N) from its attributes
for f in [lambda: SyntaxError('a','b'), lambda: SyntaxError('a',('f',1,2,'x'),3), lambda: IndentationError('msg', ('f', 1, 2, 'x')),
          lambda: SyntaxError('msg', ('f', 'one', 2, 'x')), lambda: SyntaxError(1, ('f', 1, 2, 'x')), lambda: SyntaxError('m', ('a/b/c.py', 1, 2, 'x', 3, 4, 5)),
          lambda: SyntaxError('m', ('f', 1.5, 2, 'x')), lambda: SyntaxError('m', (b'f', 1, 2, 'x')), lambda: SyntaxError('m', ('f', True, 2, 'x'))]:
    try:
        e = f(); print(repr(str(e)), e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.msg)
    except BaseException as e:
        print(type(e).__name__, e)
e = SyntaxError('m', ('f', 1, 2, 'x')); e.lineno = 7; e.filename='z/y.py'; print(str(e)); e.msg = 'other'; print(str(e), e.args)
e = SyntaxError('m'); e.lineno = 7; print(str(e))
e = SyntaxError('m', 'b', 'c'); print(str(e), e.args, e.filename)
for src in ['(', 'x = (1,', '1 +', 'a b', '\n\n  x=1', 'if 1:\npass', '"abc', '1 = 2', 'del 1', 'return 1', 'break',
            'def f():\n  nonlocal x']:
    try:
        compile(src, 'dir/sub/<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, '|', str(e), '|', e.msg, e.filename, e.lineno)
print(repr(str(SyntaxError())), repr(str(SyntaxError('only msg'))), repr(str(IndentationError('i', ('g', 4, 1, 'y')))))
raise SyntaxError('bad thing', ('t.py', 2, 3, 'abc def', 2, 5))

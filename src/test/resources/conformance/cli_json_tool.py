# json.tool's command line (gilpy -m json.tool) through its main(), with stdin/stdout/stderr replaced.
# The program name differs from CPython's ('python -m json.tool'): it is normalised to PROG.
import io, os, re, sys, tempfile
os.environ['COLUMNS'] = '80'
import json.tool
TMP = ''

class Keep(io.StringIO):
    def close(self):   # json.tool closes its output: keep the text readable
        pass

def run(argv, stdin=''):
    sys.argv = ['tool.py'] + argv
    sys.stdin = io.StringIO(stdin)
    out, err = Keep(), Keep()
    sys.stdout, sys.stderr = out, err
    code = 0
    try:
        json.tool.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        sys.stdin = sys.__stdin__
    def norm(text):
        if TMP:
            text = text.replace(TMP, 'DIR')
        text = re.sub(r'(python|gilpy) -m json.tool', 'PROG', text)
        return re.sub(r'\n +', '\n  ', text)
    print('$', norm(' '.join(argv)), '->', code if not isinstance(code, Exception) else 'SystemExit(%s)' % code)
    print(norm(out.getvalue()), end='')
    if err.getvalue():
        print('[stderr]\n' + norm(err.getvalue()), end='')

doc = '{"b": [1, 2.5, "\u00e9", {"z": true, "y": false}], "a": null, "c": {}}'
run(['-h'])
run([], doc)
run(['--sort-keys'], doc)
run(['--compact'], doc)
run(['--indent', '1', '--no-ensure-ascii'], doc)
run(['--tab'], '[1, [2]]')
run(['--no-indent'], doc)
run(['--json-lines', '--compact'], '{"a": 1}\n[2, 3]\n"s"\n')
run([], '{"a": 1,')
run([], '[1, 2] x')
run([], '')
run(['--indent', 'two'])
run(['--indent', '2', '--compact'])
run(['--bogus'])
with tempfile.TemporaryDirectory() as d:
    TMP = d
    src = os.path.join(d, 'in.json')
    dst = os.path.join(d, 'out.json')
    with open(src, 'w') as f:
        f.write(doc)
    run([src, dst])
    with open(dst) as f:
        print(f.read(), end='')
    run([os.path.join(d, 'missing.json')])
    run([src, dst, 'extra'])

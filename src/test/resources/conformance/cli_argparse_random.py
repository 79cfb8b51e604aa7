# Differential check: seeded random parsers and command lines; expected output recorded from CPython 3.11.
import os; os.environ['COLUMNS'] = '70'
import argparse, sys, io, random
rnd = random.Random(1)
NARGS = [None, None, '?', '*', '+', 1, 2, argparse.REMAINDER]
def build(k):
    p = argparse.ArgumentParser(prog='f%d' % k, allow_abbrev=rnd.random() < 0.7)
    names = []
    for i in range(rnd.randint(1, 6)):
        kind = rnd.choice(['pos', 'opt', 'opt', 'flag', 'count', 'append', 'mx'])
        if kind == 'pos':
            n = rnd.choice(NARGS)
            if n == argparse.REMAINDER and rnd.random() < 0.7: n = None
            p.add_argument('p%d' % i, nargs=n, help=rnd.choice([None, 'positional %d help text' % i]))
        elif kind == 'opt':
            n = rnd.choice(NARGS[:-1])
            kw = dict(nargs=n)
            if n == '?': kw['const'] = 'C'
            if rnd.random() < 0.3: kw['type'] = int
            if rnd.random() < 0.2: kw['choices'] = ['1', '2', 'x'] if 'type' not in kw else [1, 2]
            if rnd.random() < 0.2: kw['required'] = True
            p.add_argument('-%s' % 'abcdefg'[i], '--opt-%d' % i, help='option number %d which does something' % i, **kw)
        elif kind == 'flag':
            p.add_argument('-%s' % 'abcdefg'[i], action='store_true')
        elif kind == 'count':
            p.add_argument('-%s' % 'abcdefg'[i], '--cnt%d' % i, action='count', default=0)
        elif kind == 'append':
            p.add_argument('--app%d' % i, action='append', type=rnd.choice([str, int]))
        else:
            g = p.add_mutually_exclusive_group(required=rnd.random() < 0.4)
            g.add_argument('--mx%d' % i, action='store_true'); g.add_argument('--my%d' % i, type=int)
    return p
TOK = ['a', 'b', '1', '-1', '--', '-a', '-b', '-c', '-ab', '-a1', '--opt-1', '--opt-2=3', '--opt', '--cnt', '-x', '--mx3', '--my3', '5', '--app2', '--app3', '-bb', '-cd', '--zz', '-2.5', 'x']
for k in range(25):
    p = build(k)
    try:
        h = p.format_help()
    except Exception as e:
        h = 'HELPERR %s' % type(e).__name__
    print(h)
    for t in range(8):
        args = [rnd.choice(TOK) for _ in range(rnd.randint(0, 6))]
        out, err = io.StringIO(), io.StringIO()
        so, se = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            r = p.parse_args(args); c = None
        except SystemExit as e:
            r = None; c = e.code
        except Exception as e:
            r = 'EXC %s: %s' % (type(e).__name__, e); c = None
        finally:
            sys.stdout, sys.stderr = so, se
        print(args, r, c, err.getvalue().splitlines()[-1:] )

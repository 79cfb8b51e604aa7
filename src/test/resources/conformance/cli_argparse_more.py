# argparse behaviours beyond cli_argparse: parents, groups, subparsers, formatters, errors (recorded from CPython 3.11).
import os; os.environ["COLUMNS"] = "60"
import argparse, sys, io
def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = parser.parse_args(args); code = None
    except SystemExit as e:
        r = None; code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('args:', args, '->', r, 'exit', code)
    if out.getvalue(): print('[stdout]\n' + out.getvalue(), end='')
    if err.getvalue(): print('[stderr]\n' + err.getvalue(), end='')

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent-opt', type=int, default=3, help='from parent, type %(type)s default %(default)s')
pg = parent.add_argument_group('shared', 'Shared options here.')
pg.add_argument('--shared', choices=[1, 2, 3], type=int, help='one of %(choices)s')
c = argparse.ArgumentParser(prog='child', parents=[parent], conflict_handler='resolve', formatter_class=argparse.RawTextHelpFormatter,
                            description='Line A\n   Line B indented', epilog='bye\n  now')
c.add_argument('--shared', help='overrides\nthe parent one')
c.add_argument('pos', nargs=2, help='two things')
c.add_argument('-x', action='append_const', const=1, dest='xs')
c.add_argument('-y', action='append_const', const=2, dest='xs')
c.add_argument('--ext', action='extend', nargs='+', type=int)
c.add_argument('--hidden', help=argparse.SUPPRESS)
c.add_argument('--req', required=True)
for a in [['-h'], ['a', 'b', '--req', 'r'], ['a', '--req', 'r'], ['a', 'b', '--req=r', '-xyx', '--ext', '1', '2', '--ext', '3'],
          ['a', 'b', '--req', 'r', '--parent-opt', 'zz'], ['a', 'b', '--req', '--ext'], ['a', 'b', 'c', '--req', 'q']]:
    run(c, a)
print(c.get_default('parent_opt'), c.get_default('nothing'))

n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('val', nargs='?')
for a in [['-1'], ['-2'], ['--', '-2'], ['x', '-1']]:
    run(n, a)
n2 = argparse.ArgumentParser(prog='neg2')
n2.add_argument('--num', type=float)
n2.add_argument('vals', nargs='*', type=float)
for a in [['--num', '-3.5', '-1', '-.5'], ['--num', '-x']]:
    run(n2, a)

pp = argparse.ArgumentParser(prog='plus', prefix_chars='+-', allow_abbrev=False)
pp.add_argument('+v', action='store_true'); pp.add_argument('--verbose-mode', action='store_true')
for a in [['+v'], ['--verbose'], ['-h']]:
    run(pp, a)

s = argparse.ArgumentParser(prog='tool')
sp = s.add_subparsers(title='commands', description='available commands', dest='command', required=True, metavar='CMD')
a1 = sp.add_parser('add', help='add things', description='Adds.')
a1.add_argument('n', type=int, nargs='+')
a1.set_defaults(func='ADD')
a2 = sp.add_parser('remove', aliases=['rm'], help='remove things')
a2.add_argument('--all', action='store_true')
sp.add_parser('noop')
for a in [[], ['-h'], ['add', '1', '2'], ['rm', '--all'], ['add', '-h'], ['add'], ['bad'], ['noop', 'extra']]:
    run(s, a)

m = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--width', type=int); m.add_argument('ratio', type=float)
run(m, ['-h'])
d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--a', default=5, help='aaa'); d.add_argument('b', nargs='?', default='bee', help='bbb'); d.add_argument('c', nargs='*', help='ccc')
d.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='toggle')
run(d, ['-h'])
v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', action='version', version='%(prog)s version 1.0 ' + 'word ' * 20)
run(v, ['-V'])
lp = argparse.ArgumentParser(prog='a_very_long_program_name_that_is_long_indeed_really')
for i in range(5): lp.add_argument('--opt%d' % i, required=(i % 2 == 0))
lp.add_argument('first'); lp.add_argument('second', nargs='+')
run(lp, ['-h'])
mg = argparse.ArgumentParser(prog='mg')
mg.add_argument('--before')
grp = mg.add_mutually_exclusive_group(required=True)
grp.add_argument('--x', action='store_true'); grp.add_argument('--y', nargs='?', const='c'); grp.add_argument('--z', help=argparse.SUPPRESS)
mg.add_argument('--after', nargs=3)
run(mg, ['-h']); run(mg, ['--y']); run(mg, ['--y', '--x']); run(mg, ['--x', '--after', '1', '2'])
one = argparse.ArgumentParser(prog='one'); g1 = one.add_mutually_exclusive_group(required=True); g1.add_argument('--only')
run(one, []); run(one, ['-h'])
u = argparse.ArgumentParser(prog='u', usage='%(prog)s [stuff]')
run(u, ['--nope'])
import tempfile
tmpdir = tempfile.mkdtemp()
argsfile = os.path.join(tmpdir, 'argsfile')
with open(argsfile, 'w') as f: f.write('--k\nval\npos\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@'); ff.add_argument('--k'); ff.add_argument('p')
print('fromfile:', ff.parse_args(['@' + argsfile])); os.remove(argsfile); os.rmdir(tmpdir); run(ff, ['@/nonexistent-dir/missing'])
ns = argparse.Namespace(); ns.z = 1
print(ff.parse_args(['--k', '1', 'p'], namespace=ns))
print(repr(argparse.Namespace()), argparse.Namespace(a=1) != argparse.Namespace(a=2))
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + str(option_string))
cu = argparse.ArgumentParser(prog='cu'); cu.add_argument('--name', action=Upper); cu.add_argument('w', action=Upper)
run(cu, ['--name', 'bob', 'x'])
ee = argparse.ArgumentParser(prog='ee', exit_on_error=False); ee.add_argument('--n', type=int)
try: ee.parse_args(['--n', 'q'])
except argparse.ArgumentError as e: print('AE', e, e.argument_name, e.message)
for bad in [dict(args=('--q',), kw=dict(nargs=0)), dict(args=('q',), kw=dict(dest='z')), dict(args=('--q',), kw=dict(action='nope')),
            dict(args=('--q',), kw=dict(type='int')), dict(args=('q',), kw=dict(nargs=2, metavar=('a','b','c'))), dict(args=('--q',), kw=dict(const=1))]:
    try: argparse.ArgumentParser().add_argument(*bad['args'], **bad['kw'])
    except Exception as e: print(type(e).__name__, e)
ab = argparse.ArgumentParser(prog='ab'); ab.add_argument('--foo'); ab.add_argument('--fob'); ab.add_argument('-f')
run(ab, ['--fo', '1']); run(ab, ['--foo=']); run(ab, ['-fx']); run(ab, ['-f=y']); run(ab, ['--fo=1'])
print(ab.format_usage(), end=''); ab.print_usage()
rem = argparse.ArgumentParser(prog='rem'); rem.add_argument('--v', action='store_true'); rem.add_argument('cmd'); rem.add_argument('args', nargs=argparse.REMAINDER)
run(rem, ['run', '--v', 'a', '--b']); run(rem, ['--v', 'run'])

os.environ['COLUMNS'] = '80'
def run2(parser, args, intermixed=False, known=False):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        if intermixed: r = parser.parse_intermixed_args(args)
        elif known: r = parser.parse_known_args(args)
        else: r = parser.parse_args(args)
        code = None
    except SystemExit as e:
        r = None; code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('args:', args, '->', r, 'exit', code)
    if out.getvalue(): print('[stdout]\n' + out.getvalue(), end='')
    if err.getvalue(): print('[stderr]\n' + err.getvalue(), end='')
p = argparse.ArgumentParser(prog='wrapper', description='This description is quite long and has hyphenated-words and very-long-compound-names-that-go-on in it so that wrapping matters a lot here.')
p.add_argument('--some-really-long-option-name-here', help='a help text with a-hyphenated-word and more words to wrap around the edge of the screen nicely')
p.add_argument('-s', '--size', type=int, choices=range(1, 4), help='size in %(choices)s')
p.add_argument('files', nargs='*')
p.add_argument('--pairs', nargs='*', metavar=('FIRST', 'REST'))
p.add_argument('maybe', nargs='?', const='k', default='d', type=str.upper)
run2(p, ['-h']); run2(p, ['-s', '5']); run2(p, ['a', 'b', 'c']); run2(p, [])
print(repr(p)[:60])
i = argparse.ArgumentParser(prog='im')
i.add_argument('--flag', action='store_true'); i.add_argument('a'); i.add_argument('b', nargs='*'); 
run2(i, ['x', '--flag', 'y', 'z'], intermixed=True); run2(i, ['--flag'], intermixed=True); run2(i, ['x', '--no', 'y'], intermixed=True)
run2(i, ['x', '--flag', 'y', 'z'])
s = argparse.ArgumentParser(prog='top')
sub = s.add_subparsers()
q = sub.add_parser('q'); q.add_argument('--w')
sub.add_parser('hidden', help=argparse.SUPPRESS)
run2(s, ['q', '--w', '1', '--zz'], known=True); run2(s, ['-h']); run2(s, [])
print(s.parse_args(['q']))
x = argparse.ArgumentParser(prog='x', add_help=False, argument_default=argparse.SUPPRESS)
x.add_argument('--a'); x.add_argument('--b', type=int, default='7')
run2(x, []); run2(x, ['--a', '1'])
y = argparse.ArgumentParser(prog='y'); y.add_argument('--n', type=int, default='12'); y.add_argument('--f', type=float, default='2.5')
run2(y, ['--n', '3']); run2(y, [])
y.set_defaults(n=99, extra='e'); print(y.parse_args([]), y.get_default('n'))
g = argparse.ArgumentParser(prog='grp')
ag = g.add_argument_group('Group A'); ag.add_argument('--ga'); me = ag.add_mutually_exclusive_group(); me.add_argument('--m1', action='store_true'); me.add_argument('--m2', action='store_true')
g.add_argument_group('Empty group')
run2(g, ['-h']); run2(g, ['--m1', '--m2'])
e = argparse.ArgumentParser(prog='e'); e.add_argument('p', choices=['a', 'b'])
run2(e, ['z']); run2(e, ['-h'])
try:
    e.add_argument('--x', '-y', dest='p2'); e.add_argument('-y')
except argparse.ArgumentError as err: print(err)
r = argparse.ArgumentParser(prog='r', conflict_handler='resolve'); r.add_argument('-a', '--aa'); r.add_argument('--aa'); r.add_argument('-h', help='new h')
run2(r, ['-h'])
print(argparse.FileType('rb'), argparse.FileType(), argparse.FileType('w', 1, None, 'strict'))
try: argparse.FileType('r')('/nonexistent/zz')
except argparse.ArgumentTypeError as err: print(err)
ft = argparse.ArgumentParser(prog='ft'); ft.add_argument('f', type=argparse.FileType('r'))
run2(ft, ['/nonexistent/zz'])

# Part three: usage=SUPPRESS, %-expansion in help, custom namespace/error, subparser defaults, -vq=3.
os.environ['COLUMNS'] = '80'
def run3(parser, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = parser.parse_args(args); code = None
    except SystemExit as e:
        r = None; code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('args:', args, '->', r, 'exit', code)
    if out.getvalue(): print('[stdout]\n' + out.getvalue(), end='')
    if err.getvalue(): print('[stderr]\n' + err.getvalue(), end='')
p = argparse.ArgumentParser(prog='main', usage=argparse.SUPPRESS, description='%(prog)s does things')
p.add_argument('--foo', help='%(prog)s foo, default %(default)r, dest %(dest)s, nargs %(nargs)s')
p.add_argument('--sup', dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help='suppressed dest')
run3(p, ['-h']); run3(p, ['--bad']); run3(p, ['--sup', 'v'])
class MyNS: pass
n = p.parse_args(['--foo', '1'], namespace=MyNS()); print(type(n).__name__, n.foo)
class Quiet(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('custom: ' + message)
q = Quiet(prog='q'); q.add_argument('x', type=int)
try: q.parse_args(['z'])
except ValueError as e: print(e)
s = argparse.ArgumentParser(prog='sub')
s.add_argument('pre')
sp = s.add_subparsers(help='choose one', dest='which')
for name in ['alpha', 'beta-command-with-long-name', 'g']:
    c = sp.add_parser(name, help='the %s command' % name)
    c.set_defaults(func=name.upper())
    c.add_argument('--level', type=int, default=1)
run3(s, ['-h']); run3(s, ['P', 'alpha', '--level', '3']); run3(s, ['P', 'beta-command-with-long-name', '-h']); run3(s, ['P', 'g', '--level'])
run3(s, ['P']); run3(s, ['P', 'al'])
e = argparse.ArgumentParser(prog='ex')
try: e.exit(3, 'bye\n')
except SystemExit as x: print('exit code', x.code)
print(e.format_help(), end='')
nh = argparse.ArgumentParser(prog='nh', add_help=False, epilog='E'); nh.print_help(); nh.print_usage()
t = argparse.ArgumentParser(prog='t'); t.add_argument('--x', nargs='+', choices=['a', 'b']); t.add_argument('--y', type=lambda s: int(s, 16))
run3(t, ['--x', 'a', 'c']); run3(t, ['--y', 'zz']); run3(t, ['--y', 'ff'])
u = argparse.ArgumentParser(prog='u'); u.add_argument('-v', action='count'); u.add_argument('-q', action='store_const', const=42)
run3(u, ['-vvqv']); run3(u, ['-vq=3']); run3(u, ['-v', '-q', '-v'])

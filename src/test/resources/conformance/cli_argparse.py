import os; os.environ["COLUMNS"] = "80"
import argparse, sys, io

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = parser.parse_args(args)
        code = None
    except SystemExit as e:
        r = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('args:', args)
    print(' ->', r, 'exit', code)
    if out.getvalue(): print('[stdout]\n' + out.getvalue(), end='')
    if err.getvalue(): print('[stderr]\n' + err.getvalue(), end='')

p = argparse.ArgumentParser(prog='demo', description='A demo program that does several things with files and numbers.', epilog='See the manual for more.')
p.add_argument('infile', help='input file')
p.add_argument('nums', nargs='+', type=int, help='numbers to add up')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed (default: %(default)s)')
p.add_argument('-o', '--output', metavar='FILE', help='where to write the very long output which has a long help text that needs to be wrapped over several lines')
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false', help='no colors')
p.add_argument('--tag', action='append', help='a tag')
p.add_argument('--version', action='version', version='%(prog)s 1.2')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
for a in [['-h'], [], ['x'], ['x', '1', '2'], ['x', '1', 'a'], ['x', '1', '-vvv', '--mode', 'slow', '2'],
          ['x', '1', '--mode', 'medium'], ['x', '1', '--mode'], ['x', '1', '--bogus', 'y'], ['x', '1', '-o'],
          ['--version'], ['x', '1', '--tag', 'a', '--tag=b', '-qv'], ['x', '1', '--pair', 'a'], ['x', '1', '--pair', 'a', 'b', '--opt'],
          ['x', '1', '--many', '--opt', 'z'], ['x', '1', '--ver'], ['x', '1', '--m', 'fast'], ['--', '-x', '5'], ['x', '-5'],
          ['x', '1', '-qz'], ['x', '1', '-q=1'], ['x', '1', '--no-color', '--no'], ['x', '1', '-ofile']]:
    run(p, a)

g = argparse.ArgumentParser(prog='g')
m = g.add_mutually_exclusive_group(required=True)
m.add_argument('--a', action='store_true')
m.add_argument('--b', type=float)
g.add_argument('rest', nargs='*')
for a in [[], ['--a', '--b', '1'], ['--b', 'x'], ['--b', '2.5', 'r1', 'r2'], ['-h']]:
    run(g, a)

s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='cmd', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('--force', action=argparse.BooleanOptionalAction, default=False, help='force it')
for a in [['-h'], ['commit', '-h'], ['commit'], ['ci', '-m', 'hi'], ['push'], ['push', 'up', '--no-force'], ['pull'], ['--debug', 'push', '--force', 'x', 'y'], []]:
    run(s, a)

w = argparse.ArgumentParser(prog='a_program_with_a_rather_long_name_to_force_wrapping', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
for i in range(8):
    w.add_argument('--option-number-%d' % i, type=int, default=i, help='option %d' % i)
w.add_argument('positional_one')
w.add_argument('positional_two', nargs='?')
run(w, ['-h'])
w2 = argparse.ArgumentParser(prog='short')
for i in range(8):
    w2.add_argument('--option-number-%d' % i, metavar='N')
w2.add_argument('positional_one')
w2.add_argument('positional_two', nargs='*')
run(w2, [])
print(p.parse_known_args(['x', '1', '--zzz', 'q']))
print(argparse.Namespace(a=1, **{'b-c': 2}), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
print(repr(p._actions[1]))
print(argparse.FileType('w', encoding='utf-8'))
try:
    p.add_argument('--mode')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    p.add_argument('x', required=True)
except TypeError as e:
    print('TypeError:', e)
def even(s):
    v = int(s)
    if v % 2: raise argparse.ArgumentTypeError('%r is not even' % s)
    return v
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('n', type=even)
try:
    e.parse_args(['3'])
except argparse.ArgumentError as err:
    print('caught:', err)
run(argparse.ArgumentParser(prog='i'), ['a b'])
r = argparse.ArgumentParser(prog='raw', description='line one\n  line two', formatter_class=argparse.RawDescriptionHelpFormatter)
r.add_argument('cmd', nargs=argparse.REMAINDER)
run(r, ['-h'])
run(r, ['ls', '-l', '--x'])
print(e.parse_intermixed_args(['4']) if False else '')
ip = argparse.ArgumentParser(prog='ip')
ip.add_argument('--foo'); ip.add_argument('cmd'); ip.add_argument('rest', nargs='*', type=int)
print(ip.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))

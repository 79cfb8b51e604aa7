import difflib

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n

def word(alpha, lo, hi):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(lo + rnd(hi - lo + 1)))

# random sequences: matching blocks, opcodes, ratios
for trial in range(60):
    a = word('abcde ', 0, 30)
    b = word('abcde ', 0, 30)
    junk = [None, lambda c: c == ' '][trial % 2]
    s = difflib.SequenceMatcher(junk, a, b)
    print(repr(a), repr(b), s.get_matching_blocks(), s.get_opcodes())
    print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
    print(s.find_longest_match(0, len(a), 0, len(b)))

# long sequences trigger the popular-element heuristic
a = [rnd(4) for _ in range(300)]
b = [rnd(5) for _ in range(300)]
s = difflib.SequenceMatcher(None, a, b)
print(len(s.get_matching_blocks()), s.get_opcodes()[:5], round(s.ratio(), 6), sorted(s.bpopular))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(len(s.get_matching_blocks()), round(s.ratio(), 6))

# line diffs
for trial in range(25):
    a = [word('xyz', 1, 6) + '\n' for _ in range(rnd(12))]
    b = list(a)
    for _ in range(rnd(5)):
        k = rnd(3)
        if k == 0 and b:
            del b[rnd(len(b))]
        elif k == 1:
            b.insert(rnd(len(b) + 1), word('xyz', 1, 6) + '\n')
        elif b:
            i = rnd(len(b))
            b[i] = b[i][:-1] + word('xyzw', 0, 2) + '\n'
    print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', n=rnd(4))), end='')
    print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt', '2020', '2021')), end='')
    delta = list(difflib.ndiff(a, b))
    print(''.join(delta), end='')
    assert ''.join(difflib.restore(delta, 1)) == ''.join(a)
    assert ''.join(difflib.restore(delta, 2)) == ''.join(b)

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print('\n'.join(difflib.unified_diff(['one', 'two', 'three'], ['one', 'tree', 'emu'], lineterm='')))
print(list(difflib.ndiff(['\tab c\n'], ['\tab d\n'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('apple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist, n=2, cutoff=0.3))
for bad in [dict(n=0), dict(cutoff=2)]:
    try:
        difflib.get_close_matches('x', ['y'], **bad)
    except ValueError as e:
        print(e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)
print(difflib.SequenceMatcher(None, ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(list(difflib.SequenceMatcher(None, 'abc', 'xbcyz').get_grouped_opcodes(1)))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'])))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print(e)

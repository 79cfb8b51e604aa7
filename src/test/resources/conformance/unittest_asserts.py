# unittest: the assert* failure messages, assertRaises/Warns/Logs, loader and suite objects.
import sys
import unittest

print("--- messages")
t = unittest.TestCase()
checks = [
    (t.assertEqual, 1, 2), (t.assertEqual, 'a', 'b'), (t.assertEqual, 'abc\ndef\n', 'abc\ndxf\n'),
    (t.assertEqual, [1, 2, 3], [1, 2]), (t.assertEqual, (1, 2), (1, 2, 3)), (t.assertEqual, [1, [2]], [1, [3]]),
    (t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3}), (t.assertEqual, {1, 2}, {2, 3}),
    (t.assertEqual, frozenset([1]), frozenset()), (t.assertEqual, 'x' * 100, 'x' * 99 + 'y'),
    (t.assertEqual, list(range(100)), list(range(101))), (t.assertEqual, [1, 2], (1, 2)),
    (t.assertNotEqual, 3, 3), (t.assertTrue, 0), (t.assertFalse, [1]), (t.assertIs, 1, None),
    (t.assertIsNot, None, None), (t.assertIsNone, 5), (t.assertIsNotNone, None), (t.assertIn, 4, [1, 2]),
    (t.assertNotIn, 1, {1: 2}), (t.assertIsInstance, 1, str), (t.assertNotIsInstance, 1, int),
    (t.assertGreater, 1, 2), (t.assertGreaterEqual, 1, 2), (t.assertLess, 2, 1), (t.assertLessEqual, 2, 1),
    (t.assertAlmostEqual, 1.0, 1.1), (t.assertAlmostEqual, 1.0, 1.01, 1), (t.assertNotAlmostEqual, 1.0, 1.0),
    (t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3]), (t.assertCountEqual, 'abc', 'abd'),
    (t.assertRegex, 'hello', r'\d+'), (t.assertNotRegex, 'abc123', r'\d+'),
    (t.assertListEqual, (1,), [1]), (t.assertDictEqual, [], {}), (t.assertMultiLineEqual, 1, 'x'),
    (t.assertSequenceEqual, [1, 2], [1, 3]), (t.assertTupleEqual, (1,), (2,)), (t.assertSetEqual, {1}, set()),
    (t.fail, 'plain'),
]
for func, *args in checks:
    try:
        func(*args)
        print(func.__name__, 'passed')
    except AssertionError as e:
        print(func.__name__, repr(str(e)))
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print(e)
try:
    t.assertAlmostEqual(1.0, 1.5, delta=0.1, msg="custom")
except AssertionError as e:
    print(e)
t.longMessage = False
try:
    t.assertEqual(1, 2, "only mine")
except AssertionError as e:
    print(e)
t.longMessage = True
t.maxDiff = None
try:
    t.assertEqual(list(range(30)), list(range(1, 31)))
except AssertionError as e:
    print(e)

print("--- assertRaises")
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
with t.assertRaisesRegex(ValueError, r"invalid literal") as cm:
    int('x')
print(cm.exception.args)
t.assertRaises(KeyError, {}.__getitem__, 'k')
for call in [lambda: t.assertRaises(ValueError, int, '1'), lambda: t.assertRaises(ValueError, lambda: None),
             lambda: t.assertRaisesRegex(ValueError, 'zz', int, 'x')]:
    try:
        call()
    except AssertionError as e:
        print(e)
try:
    with t.assertRaises(ValueError, msg="extra"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises((TypeError, KeyError)):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(TypeError):
        raise KeyError('other')
except KeyError as e:
    print('propagated', repr(e))
try:
    t.assertRaises(3)
except TypeError as e:
    print(e)

import warnings
with t.assertWarns(DeprecationWarning) as cw:
    warnings.warn("old", DeprecationWarning)
print(type(cw.warning).__name__, cw.warning)
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print(e)

import logging
with t.assertLogs('demo', level='INFO') as cl:
    logging.getLogger('demo').info('hello %s', 'there')
    logging.getLogger('demo.child').error('boom')
print(cl.output)
try:
    with t.assertLogs('demo2'):
        pass
except AssertionError as e:
    print(e)

print("--- objects")


class Names(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def not_a_test(self):
        pass

    testattr = 3


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Names))
suite = loader.loadTestsFromTestCase(Names)
print(suite, suite.countTestCases())
case = Names('test_a')
print(str(case), repr(case), case.id(), case.shortDescription(), case == Names('test_a'))
try:
    Names('test_zzz')
except ValueError as e:
    print(e)
s = unittest.TestSuite()
for bad in [Names, 3]:
    try:
        s.addTest(bad)
    except TypeError as e:
        print(e)
try:
    s.addTests("abc")
except TypeError as e:
    print(e)
print(unittest.TestResult())
loader.testNamePatterns = ['*_b']
print(loader.getTestCaseNames(Names))
print(unittest.FunctionTestCase(lambda: None))
print(issubclass(unittest.SkipTest, Exception), unittest.TestCase.maxDiff, unittest.TestCase.failureException)
r = unittest.TestResult()
Names('test_a').run(r)
print(r.testsRun, r.wasSuccessful())
module_suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
print(module_suite.countTestCases())
print(unittest.defaultTestLoader.loadTestsFromName('Names.test_b', sys.modules[__name__]))

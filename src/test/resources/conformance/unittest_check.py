# unittest: runner output (both verbosities), fixtures, subtests, skips, assert messages, loaders.
import io
import re
import sys
import unittest


def run(*classes, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r"in \d+\.\d\d\ds", "in X.XXXs", stream.getvalue()).replace(__file__, "FILE")
    print(text, end='')
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped))
    return result


events = []


class Basic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown')

    def test_equal(self):
        """Checks equality."""
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        return {}['missing']

    def test_ok(self):
        self.assertTrue(True)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skipif(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skipunless(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i, sq=i * i):
                self.assertNotEqual(i % 2, 1)
        with self.subTest("message"):
            raise KeyError('k')

    def helper(self, x):
        self.assertIn(x, [1, 2])

    def test_helper(self):
        self.helper(3)


for verbosity in (0, 1, 2):
    events.clear()
    print(f"--- verbosity {verbosity}")
    run(Basic, verbosity=verbosity)
print(events)


class SetupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no fixture")

    def test_never(self):
        print("never")


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError("in tearDown")

    def test_x(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


print("--- fixtures")
run(SetupFails, TearDownFails, Skipped, verbosity=2)


class Failfast(unittest.TestCase):
    def test_1(self):
        self.fail("first")

    def test_2(self):
        self.fail()


print("--- failfast")
run(Failfast, failfast=True)


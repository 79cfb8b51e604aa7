# unittest.main(): loads the module's TestCase classes, runs them, prints the summary on stderr, exits 1 on failure.
import sys
import unittest


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Arithmetic(unittest.TestCase):
    def test_add(self):
        print("in test_add")
        self.assertEqual(2 + 2, 4)

    def test_div(self):
        self.assertEqual(1 / 0, 0)

    def test_wrong(self):
        self.assertEqual(sum([1, 2]), 4, "sum is off")


class Strings(unittest.TestCase):
    @unittest.skip("later")
    def test_upper(self):
        pass

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])


if __name__ == "__main__":
    program = unittest.main(exit=False, argv=[sys.argv[0], "-q"])
    print(program.result.testsRun, program.result.wasSuccessful())
    unittest.main(argv=[sys.argv[0], "Strings"], exit=False, verbosity=2)
    unittest.main()

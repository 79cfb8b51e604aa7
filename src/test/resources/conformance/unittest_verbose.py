# unittest.main() with command-line arguments: -v, a selected class and method, -k patterns; all pass: exit 0.
import unittest


class One(unittest.TestCase):
    def test_alpha(self):
        """First line of the docstring.

        More text."""
        print("alpha")

    def test_beta(self):
        print("beta")

    def test_gamma(self):
        for n in range(3):
            with self.subTest(n=n):
                print("gamma", n)


class Two(unittest.TestCase):
    def test_delta(self):
        print("delta")

    def test_epsilon(self):
        print("epsilon")


unittest.main()

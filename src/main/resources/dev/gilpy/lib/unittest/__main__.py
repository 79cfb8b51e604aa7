"""python -m unittest [options] [tests]: runs the named test modules, classes or methods (all test*.py
files under the current directory when none are named)."""

import sys
from unittest.main import main

sys.argv[0] = "python -m unittest"
main(module=None)

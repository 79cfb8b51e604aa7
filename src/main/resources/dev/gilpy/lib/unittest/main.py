"""unittest.main: the command line of a test module (python t.py [-v] [tests ...])."""

import sys
import os
from . import loader, runner

__unittest = True

_EXAMPLES = [
    ("", "run default set of tests"),
    (" MyTestSuite", "run suite 'MyTestSuite'"),
    (" MyTestCase.testSomething", "run MyTestCase.testSomething"),
    (" MyTestCase", "run all 'test*' test methods\n" + " " * 39 + "in MyTestCase"),
]


def _epilog(prog):
    lines = ["Examples:"] + [f"  {prog}{args.ljust(27)}- {what}" for args, what in _EXAMPLES]
    return "\n".join(lines) + "\n"


def _pattern(text):
    return text if '*' in text else f'*{text}*'


def _resolve(module):
    """The module object named by a dotted name (or the object itself)."""
    if module is None or not isinstance(module, str):
        return module
    first, *rest = module.split('.')
    found = __import__(module)
    for part in rest:
        found = getattr(found, part)
    return found


class TestProgram:
    """Loads the tests of a module (or the names given on the command line), runs them, and exits with 0 when
    they all passed and 1 otherwise (unless exit=False)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _resolve(module)
        argv = sys.argv if argv is None else argv
        settings = dict(exit=exit, failfast=failfast, catchbreak=catchbreak, verbosity=verbosity,
                        buffer=buffer, tb_locals=tb_locals, warnings=warnings, defaultTest=defaultTest,
                        testRunner=testRunner, testLoader=testLoader)
        for name, value in settings.items():
            setattr(self, name, value)
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _parser(self):
        import argparse

        class Parser(argparse.ArgumentParser):
            def format_help(self):
                # CPython's test-program help ends with an empty line after the examples.
                return super().format_help() + '\n'
        parser = Parser(prog=self.progName, epilog=_epilog(self.progName),
                        formatter_class=argparse.RawDescriptionHelpFormatter)
        options = [
            (('-v', '--verbose'), dict(dest='verbosity', action='store_const', const=2, help='Verbose output'), True),
            (('-q', '--quiet'), dict(dest='verbosity', action='store_const', const=0, help='Quiet output'), True),
            (('--locals',), dict(dest='tb_locals', action='store_true',
                                 help='Show local variables in tracebacks'), True),
            (('-f', '--failfast'), dict(dest='failfast', action='store_true',
                                        help='Stop on first fail or error'), self.failfast is None),
            (('-c', '--catch'), dict(dest='catchbreak', action='store_true',
                                     help='Catch Ctrl-C and display results so far'), self.catchbreak is None),
            (('-b', '--buffer'), dict(dest='buffer', action='store_true',
                                      help='Buffer stdout and stderr during tests'), self.buffer is None),
            (('-k',), dict(dest='testNamePatterns', action='append', type=_pattern,
                           help='Only run tests which match the given substring'), self.testNamePatterns is None),
        ]
        for flags, spec, wanted in options:
            if wanted:
                parser.add_argument(*flags, **spec)
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        return parser

    def parseArgs(self, argv):
        self._parser().parse_args(argv[1:], self)
        default = self.defaultTest
        if self.tests:
            self.testNames = self.tests
        elif default is not None:
            self.testNames = (default,) if isinstance(default, str) else list(default)
        else:
            self.testNames = None
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        names = self.testNames
        if names is None and self.module is None:
            # python -m unittest with no names: every test*.py below the current directory.
            self.test = self.testLoader.discover('.')
        elif names is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)

    def _make_runner(self):
        chosen = self.testRunner or runner.TextTestRunner
        if not isinstance(chosen, type):
            return chosen
        keywords = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                        warnings=self.warnings, tb_locals=self.tb_locals)
        # Older runner classes take fewer keywords: drop tb_locals, then all of them.
        for attempt in (keywords, {k: v for k, v in keywords.items() if k != 'tb_locals'}, {}):
            try:
                return chosen(**attempt)
            except TypeError:
                if not attempt:
                    raise

    def runTests(self):
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

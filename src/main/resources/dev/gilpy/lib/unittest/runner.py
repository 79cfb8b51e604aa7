"""TextTestRunner: runs a test and reports on a stream as CPython's runner does."""

import sys
import time
from . import result

__unittest = True


class _WritelnDecorator:
    """Wraps a stream, adding writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        self.write((arg or '') + '\n')


# status word for verbosity 2, character for verbosity 1
_MARKS = {
    'success': ('ok', '.'), 'error': ('ERROR', 'E'), 'failure': ('FAIL', 'F'),
    'expected': ('expected failure', 'x'), 'unexpected': ('unexpected success', 'u'),
}


class TextTestResult(result.TestResult):
    """Shows progress on a stream: nothing (verbosity 0), a character per test (1) or a line per test (2);
    printErrors() then writes a report per error and failure."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.dots, self.showAll = verbosity == 1, verbosity >= 2
        # Whether the current output line ends after a status (a subtest's status needs a fresh line).
        self._newline = True

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        return f"{test}\n{first_doc_line}" if self.descriptions and first_doc_line else str(test)

    def _announce(self, test):
        write = self.stream.write
        write(self.getDescription(test))
        write(" ... ")

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._announce(test)
            self.stream.flush()
            self._newline = False

    def _show(self, test, word, char):
        out = self.stream
        if self.showAll:
            from .case import _SubTest
            subtest = isinstance(test, _SubTest)
            if subtest and not self._newline:
                out.writeln()
            if subtest or self._newline:
                if subtest:
                    out.write("  ")
                self._announce(test)
            out.writeln(word)
            self._newline = True
        elif self.dots:
            out.write(char)
        else:
            return
        out.flush()

    def _mark(self, test, kind):
        self._show(test, *_MARKS[kind])

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._mark(subtest, 'failure' if issubclass(err[0], subtest.failureException) else 'error')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, 'success')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, 'error')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, 'failure')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, f"skipped {reason!r}", 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark(test, 'expected')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark(test, 'unexpected')

    def printErrors(self):
        out = self.stream
        if self.dots or self.showAll:
            out.writeln()
            out.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        for test in getattr(self, 'unexpectedSuccesses', ()):
            out.writeln(self.separator1)
            out.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, report in errors:
            for line in (self.separator1, f"{flavour}: {self.getDescription(test)}", self.separator2, report):
                out.writeln(line)
            out.flush()


def _summary(result):
    """'OK', 'FAILED' or either with ' (failures=1, skipped=2)' and the like."""
    counts = []
    ok = result.wasSuccessful()
    if not ok:
        counts += [("failures", result.failures), ("errors", result.errors)]
    counts += [("skipped", result.skipped), ("expected failures", result.expectedFailures),
               ("unexpected successes", result.unexpectedSuccesses)]
    shown = ", ".join(f"{label}={len(items)}" for label, items in counts if items)
    return ("OK" if ok else "FAILED") + (f" ({shown})" if shown else "")


class TextTestRunner:
    """Runs tests and prints their results to a stream (sys.stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast, result.buffer, result.tb_locals = self.failfast, self.buffer, self.tb_locals
        began = time.perf_counter()
        getattr(result, 'startTestRun', lambda: None)()
        try:
            test(result)
        finally:
            getattr(result, 'stopTestRun', lambda: None)()
        seconds = time.perf_counter() - began
        result.printErrors()
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln(f"Ran {count} test{'' if count == 1 else 's'} in {seconds:.3f}s")
        out.writeln()
        out.writeln(_summary(result))
        out.flush()
        return result

"""TestResult: what a run collected (failures, errors, skips, ...)."""

import functools
import traceback
from .util import strclass

__unittest = True

import os
# A frame of this package's code: '  File "<the directory of this file>/...'.
_LIBRARY_FRAME = '  File "' + os.path.dirname(__file__) + '/'


def failfast(method):
    @functools.wraps(method)
    def stop_if_failfast(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stop_if_failfast


def _without_unittest_frames(lines):
    """Drops the traceback entries of unittest's own code, so a report starts at the test's frame; a
    traceback left with no entries loses its header too, as CPython's reports do."""
    pieces = [piece for line in lines for piece in line.splitlines(keepends=True)]
    out = []
    skipping = False
    header = None
    for piece in pieces:
        if piece == 'Traceback (most recent call last):\n':
            header = piece
            continue
        if piece.startswith('  File "'):
            skipping = piece.startswith(_LIBRARY_FRAME)
        elif skipping and piece.startswith('    '):
            continue
        else:
            skipping = False
        if skipping:
            continue
        if header is not None and piece.startswith('  File "'):
            out.append(header)
        header = None
        out.append(piece)
    return out


class TestResult:
    """Holds the outcome of a run; the runner calls its start/stop/add* methods as tests go."""

    _previousTestClass = None
    _testRunEntered = _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for name in ('failures', 'errors', 'skipped', 'expectedFailures', 'unexpectedSuccesses'):
            setattr(self, name, [])
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        return ''.join(_without_unittest_frames(traceback.format_exception(value)))

    def __repr__(self):
        return (f"<{strclass(self.__class__)} run={self.testsRun} errors={len(self.errors)} "
                f"failures={len(self.failures)}>")

"""TestCase, the assert* methods, and the skip/expectedFailure decorators."""

import sys
import types
import functools
import contextlib
import re
from .util import safe_repr, strclass, _common_shorten_repr, _count_diff

__unittest = True

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


class SkipTest(Exception):
    """Raise this in a test (or setUp) to skip it; the argument is the reason."""


class _ShouldStop(Exception):
    """Ends the current test early (failfast inside a subtest)."""


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Marks a test function or class as skipped, with the given reason."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def item(*args, **kwargs):
                raise SkipTest(reason)
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        func, reason = reason, ''
        return mark(func)
    return mark


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


_subtest_msg_sentinel = object()


class _Outcome:
    """What happened to one test while its parts (setUp, the method, subtests, tearDown) ran."""

    def __init__(self, result):
        self.result = result
        self.expecting_failure = False
        self.success = True
        self.expectedFailure = None
        self.result_supports_subtests = hasattr(result, 'addSubTest')

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        """Runs one part of a test; its exception is reported (or kept as the expected failure) here."""
        before, self.success = self.success, True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as skipped:
            self.success = False
            _addSkip(self.result, test_case, str(skipped))
        except _ShouldStop:
            pass
        except BaseException:
            self._failed(test_case, subTest, sys.exc_info())
        else:
            if subTest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = before and self.success

    def _failed(self, test_case, subTest, info):
        if self.expecting_failure:
            self.expectedFailure = info
            return
        self.success = False
        if subTest:
            self.result.addSubTest(test_case.test_case, test_case, info)
        else:
            _addError(self.result, test_case, info)


def _addSkip(result, test_case, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test_case, reason)
    else:
        import warnings
        warnings.warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        result.addSuccess(test_case)


def _addError(result, test, info):
    if result is not None and info is not None:
        if issubclass(info[0], test.failureException):
            result.addFailure(test, info)
        else:
            result.addError(test, info)


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Registers a function to call after the module's last test (after tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    value = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return value


def doModuleCleanups():
    """Calls the module cleanups, last registered first; re-raises the first error once all have run."""
    errors = []
    _callCleanups(_module_cleanups, errors.append)
    if errors:
        raise errors[0][1]


def _callCleanups(cleanups, on_error):
    while cleanups:
        function, args, kwargs = cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception:
            on_error(sys.exc_info())


class TestCase:
    """One test: an instance runs the method named by methodName between setUp and tearDown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # Each test class has its own class-fixture state.
        cls._class_cleanups, cls._classSetupFailed = [], False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError(f"no such test method in {self.__class__}: {methodName}")
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        value = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return value

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        value = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return value

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        same = type(self) is type(other)
        return self._testMethodName == other._testMethodName if same else NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f"{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """Runs the with-block as a subtest: its failure is reported with msg and params, and the test goes on."""
        if self._outcome is None or not self._outcome.result_supports_subtests:
            yield
            return
        parent = self._subtest
        merged = dict(parent.params) if parent is not None else {}
        merged.update(params)
        self._subtest = _SubTest(self, msg, merged)
        try:
            with self._outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if not self._outcome.success:
                result = self._outcome.result
                if result is not None and getattr(result, 'failfast', False):
                    raise _ShouldStop
            elif self._outcome.expectedFailure:
                raise _ShouldStop
        finally:
            self._subtest = parent

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            if start is not None:
                start()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                _addSkip(result, self, why)
                return result
            expecting_failure = (getattr(self, '__unittest_expecting_failure__', False)
                                 or getattr(method, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                with outcome.testPartExecutor(self):
                    self.setUp()
                if outcome.success:
                    # Only the method itself may fail as expected; setUp and tearDown errors stay errors.
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        method()
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self.tearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_result:
                stop = getattr(result, 'stopTestRun', None)
                if stop is not None:
                    stop()

    def doCleanups(self):
        outcome = self._outcome or _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                function(*args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        _callCleanups(cls._class_cleanups, cls.tearDown_exceptions.append)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # --- failing -------------------------------------------------------------------------------

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f"{safe_repr(expr)} is not true"))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f"{safe_repr(expr)} is not false"))

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            name = self._type_equality_funcs.get(type(first))
            if name is not None:
                return getattr(self, name) if isinstance(name, str) else name
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, f'{safe_repr(first)} == {safe_repr(second)}'))

    def _within(self, first, second, places, delta):
        """(close enough, how the tolerance reads in a message, the difference)."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            return diff <= delta, f"within {safe_repr(delta)} delta", diff
        places = 7 if places is None else places
        return round(diff, places) == 0, f"within {places!r} places", diff

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        close, tolerance, diff = self._within(first, second, places, delta)
        if not close:
            text = f'{safe_repr(first)} != {safe_repr(second)} {tolerance} ({safe_repr(diff)} difference)'
            self.fail(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        close, tolerance, diff = self._within(first, second, places, delta)
        if close or first == second:
            text = f'{safe_repr(first)} == {safe_repr(second)} {tolerance}'
            if delta is not None:
                text += f' ({safe_repr(diff)} difference)'
            self.fail(self._formatMessage(msg, text))

    def _ndiff_lines(self, a, b):
        import difflib
        return list(difflib.ndiff(a, b))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException(f'First sequence is not a {type_name}: {safe_repr(seq1)}')
            if not isinstance(seq2, seq_type):
                raise self.failureException(f'Second sequence is not a {type_name}: {safe_repr(seq2)}')
        else:
            type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = f'First {type_name} has no length.    Non-sequence?'
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = f'Second {type_name} has no length.    Non-sequence?'
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % ((type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += f'\nUnable to index element {i} of first {type_name}\n'
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += f'\nUnable to index element {i} of second {type_name}\n'
                    break
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _common_shorten_repr(item1, item2)))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 != len2:
                which, extra, short = ('First', seq1, len2) if len1 > len2 else ('Second', seq2, len1)
                differing += f'\n{which} {type_name} contains {abs(len1 - len2)} additional elements.\n'
                try:
                    differing += f'First extra element {short}:\n{safe_repr(extra[short])}\n'
                except (TypeError, IndexError, NotImplementedError):
                    differing += f'Unable to index element {short} of {which.lower()} {type_name}\n'
        standard = differing
        import pprint
        diff = '\n' + '\n'.join(self._ndiff_lines(pprint.pformat(seq1).splitlines(),
                                                   pprint.pformat(seq2).splitlines()))
        standard = self._truncateMessage(standard, diff)
        self.fail(self._formatMessage(msg, standard))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'first argument does not support set difference: {e}')
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'second argument does not support set difference: {e}')
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            import pprint
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(self._ndiff_lines(pprint.pformat(d1).splitlines(),
                                                       pprint.pformat(d2).splitlines()))
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        lines1 = first.splitlines(keepends=True)
        lines2 = second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            lines1 = [first + '\n']
            lines2 = [second + '\n']
        standard = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(self._ndiff_lines(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        differences = _count_diff(first_seq, second_seq)
        if differences:
            lines = ['First has %d, Second has %d:  %r' % d for d in differences]
            standard = 'Element counts were not equal:\n' + '\n'.join(lines)
            self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, f'{safe_repr(member)} not found in {safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not an instance of {cls!r}'))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is an instance of {cls!r}'))

    def _compare(self, ok, a, b, words, msg):
        if not ok:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} {words} {safe_repr(b)}'))

    def assertLess(self, a, b, msg=None):
        self._compare(a < b, a, b, 'not less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a <= b, a, b, 'not less than or equal to', msg)

    def assertGreater(self, a, b, msg=None):
        self._compare(a > b, a, b, 'not greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a >= b, a, b, 'not greater than or equal to', msg)

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standard = f"Regex didn't match: {expected_regex.pattern!r} not found in {text!r}"
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standard = (f'Regex matched: {text[match.start():match.end()]!r} matches '
                        f'{unexpected_regex.pattern!r} in {text!r}')
            self.fail(self._formatMessage(msg, standard))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _RaisesContext(expected_exception, self, expected_regex).handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _WarnsContext(expected_warning, self, expected_regex).handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=True)


def _callable_name(obj):
    return getattr(obj, '__name__', None) or str(obj)


class _ExpectationContext:
    """Shared part of assertRaises/assertWarns: the callable and context-manager forms, and the msg keyword."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _fail(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

    def _expected_name(self):
        return getattr(self.expected, '__name__', None) or str(self.expected)

    def handle(self, name, args, kwargs):
        kinds = self.expected if isinstance(self.expected, tuple) else (self.expected,)
        if not all(isinstance(k, type) and issubclass(k, self._base) for k in kinds):
            raise TypeError(f'{name}() arg 1 must be {self._what}')
        try:
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    raise TypeError(f'{next(iter(kwargs))!r} is an invalid keyword argument for this function')
                return self
            func, *args = args
            self.obj_name = _callable_name(func)
            with self:
                func(*args, **kwargs)
        finally:
            self = None


class _RaisesContext(_ExpectationContext):
    _base = BaseException
    _what = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = self._expected_name()
            if self.obj_name:
                self._fail(f"{name} not raised by {self.obj_name}")
            self._fail(f"{name} not raised")
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._fail(f'"{self.expected_regex.pattern}" does not match "{exc_value}"')
        return True


class _WarnsContext(_ExpectationContext):
    _base = Warning
    _what = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        self._module = warnings
        self._saved = warnings.warn
        self.warnings = []
        seen = self.warnings

        def recording_warn(message, category=None, stacklevel=1, source=None):
            if isinstance(message, Warning):
                category = message.__class__
            elif category is None:
                category = UserWarning
            frame = sys._getframe(stacklevel)
            seen.append(_WarningRecord(message, category, frame.f_code.co_filename, frame.f_lineno))
        warnings.warn = recording_warn
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._module.warn = self._saved
        if exc_type is not None:
            return False
        for record in self.warnings:
            if not issubclass(record.category, self.expected):
                continue
            text = str(record.message)
            if self.expected_regex is not None and not self.expected_regex.search(text):
                continue
            self.warning = record.message if isinstance(record.message, Warning) else record.category(record.message)
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if self.expected_regex is not None:
            for record in self.warnings:
                if issubclass(record.category, self.expected):
                    self._fail(f'"{self.expected_regex.pattern}" does not match "{record.message}"')
        name = self._expected_name()
        if self.obj_name:
            self._fail(f"{name} not triggered by {self.obj_name}")
        self._fail(f"{name} not triggered")


class _WarningRecord:
    def __init__(self, message, category, filename, lineno):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno


class _LoggingWatcher:
    def __init__(self):
        self.records = []
        self.output = []


class _LogsContext:
    """assertLogs/assertNoLogs: a handler on the logger collects records at or above the level."""

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        import logging
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        watcher = self.watcher = _LoggingWatcher()
        formatter = logging.Formatter("%(levelname)s:%(name)s:%(message)s")

        class Capture(logging.Handler):
            def emit(self, record):
                watcher.records.append(record)
                watcher.output.append(formatter.format(record))
        handler = Capture()
        handler.setLevel(self.level)
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self.test_case.fail(self.test_case._formatMessage(
                    None, f"Unexpected logs found: {self.watcher.output!r}"))
        elif not self.watcher.records:
            import logging
            self.test_case.fail(self.test_case._formatMessage(
                None, f"no logs of level {logging.getLevelName(self.level)} or higher triggered on {self.logger.name}"))


class FunctionTestCase(TestCase):
    """Wraps a plain function (with optional set-up and tear-down functions) as a test case."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def setUp(self):
        (self._setUpFunc or _nothing)()

    def tearDown(self):
        (self._tearDownFunc or _nothing)()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return f"{strclass(self.__class__)} ({self.id()})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is None:
            doc = self._testFunc.__doc__
            return doc.split("\n")[0].strip() or None if doc else None
        return self._description


def _nothing():
    pass


class _SubTest(TestCase):
    """One `with self.subTest(...)` block of a test, as the results report it."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self._message, self.params = test_case, message, params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        label = "" if self._message is _subtest_msg_sentinel else f"[{self._message}]"
        values = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        text = " ".join(part for part in (label, f"({values})" if values else "") if part)
        return text or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"

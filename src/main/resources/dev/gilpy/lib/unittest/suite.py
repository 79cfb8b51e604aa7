"""TestSuite: a composite of tests, running class and module fixtures around their tests."""

import sys
from . import case
from .util import strclass

__unittest = True


class BaseTestSuite:
    """A list of tests run in order; no class or module fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests, self._removed_tests = [], 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, self.__class__) else NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        # Tests already run were replaced by None (so they can be freed) but still count.
        return self._removed_tests + sum(t.countTestCases() for t in self._tests if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for each in tests:
            self.addTest(each)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            self._forget(position)
        return result

    def _forget(self, position):
        if not self._cleanup:
            return
        test = self._tests[position]
        self._removed_tests += test.countTestCases() if hasattr(test, 'countTestCases') else 0
        self._tests[position] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _ErrorHolder:
    """Stands for a fixture (setUpClass, setUpModule, ...) when its error is reported: no test of its own."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    __str__ = id

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def run(self, result):
        return None

    __call__ = run

    def countTestCases(self):
        return 0


def _report_fixture_error(result, description, info):
    holder = _ErrorHolder(description)
    if isinstance(info[1], case.SkipTest):
        result.addSkip(holder, str(info[1]))
    else:
        result.addError(holder, info)


class TestSuite(BaseTestSuite):
    """Runs its tests in order; calls setUpClass/tearDownClass and setUpModule/tearDownModule when the class or
    module of consecutive tests changes."""

    def run(self, result, debug=False):
        top_level = not getattr(result, '_testRunEntered', False)
        if top_level:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if not isinstance(test, TestSuite) and isinstance(test, case.TestCase):
                self._leave_class(test, result)
                self._enter_module(test, result)
                self._enter_class(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            test(result)
            self._forget(index)
        if top_level:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def _enter_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(current, '__unittest_skip__', False):
            return
        current._classSetupFailed = False
        try:
            current.setUpClass()
        except Exception:
            current._classSetupFailed = True
            _report_fixture_error(result, f"setUpClass ({strclass(current)})", sys.exc_info())
            current.doClassCleanups()
            for info in current.tearDown_exceptions:
                _report_fixture_error(result, f"setUpClass ({strclass(current)})", info)

    def _leave_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__ if test is not None else None
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        try:
            previous.tearDownClass()
        except Exception:
            _report_fixture_error(result, f"tearDownClass ({strclass(previous)})", sys.exc_info())
        previous.doClassCleanups()
        for info in previous.tearDown_exceptions:
            _report_fixture_error(result, f"tearDownClass ({strclass(previous)})", info)

    def _module_of(self, cls):
        return sys.modules.get(cls.__module__) if cls is not None else None

    def _enter_module(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        name = test.__class__.__module__
        if previous is not None and previous.__module__ == name:
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        setup = getattr(module, 'setUpModule', None)
        if setup is None:
            return
        try:
            setup()
        except Exception:
            result._moduleSetUpFailed = True
            _report_fixture_error(result, f"setUpModule ({name})", sys.exc_info())
            _run_module_cleanups(result, name)

    def _leave_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or getattr(result, '_moduleSetUpFailed', False):
            return
        name = previous.__module__
        module = sys.modules.get(name)
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is not None:
            try:
                teardown()
            except Exception:
                _report_fixture_error(result, f"tearDownModule ({name})", sys.exc_info())
        _run_module_cleanups(result, name)


def _run_module_cleanups(result, name):
    errors = []
    case._callCleanups(case._module_cleanups, errors.append)
    for info in errors:
        _report_fixture_error(result, f"tearDownModule ({name})", info)

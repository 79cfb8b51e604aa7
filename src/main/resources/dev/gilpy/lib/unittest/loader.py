"""TestLoader: builds suites from test case classes, modules and dotted names."""

import sys
import types
import functools
import fnmatch
from . import case, suite
from .util import three_way_cmp

__unittest = True


class _FailedTest(case.TestCase):
    """Stands for a name that could not be loaded; running it raises the error met while loading."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


class TestLoader:
    """Finds the test methods of classes and modules (names starting with testMethodPrefix), sorted."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        classes = [getattr(module, name) for name in dir(module)]
        found = self.suiteClass([self.loadTestsFromTestCase(c) for c in classes
                                 if isinstance(c, type) and issubclass(c, case.TestCase)])
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return found
        try:
            return hook(self, found, pattern)
        except Exception as e:
            failed, message = _make_failed_test(module.__name__, e, self.suiteClass,
                                                f'Failed to call load_tests:\n{e}')
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module = __import__('.'.join(remaining))
                    break
                except ImportError:
                    head = remaining.pop()
                    error_case, error_message = _make_failed_test(
                        head, ImportError(f'Failed to import test module: {head}'), self.suiteClass,
                        f'Failed to import test module: {head}')
                    if not remaining:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                failed, message = _make_failed_test(part, e, self.suiteClass, f'Failed to access attribute:\n{e}')
                self.errors.append(message)
                return failed
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, suite.TestSuite):
            return obj
        method_of_case = isinstance(parent, type) and issubclass(parent, case.TestCase)
        if isinstance(obj, types.FunctionType) and method_of_case:
            instance = parent(parts[-1])
            # A plain function stored on the class stays a function on the instance: not a test method.
            if not isinstance(getattr(instance, parts[-1]), types.FunctionType):
                return self.suiteClass([instance])
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        made = obj()
        if isinstance(made, case.TestCase):
            made = self.suiteClass([made])
        if not isinstance(made, suite.TestSuite):
            raise TypeError(f"calling {obj} returned {made}, not a test")
        return made

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            full = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{name}'
            return any(fnmatch.fnmatchcase(full, p) for p in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Imports the modules in start_dir whose file names match pattern and loads their tests."""
        import os
        start_dir = os.path.abspath(start_dir)
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        if not os.path.isdir(start_dir):
            raise ImportError(f'Start directory is not importable: {start_dir!r}')
        tests = []
        for root, dirs, files in os.walk(start_dir):
            dirs[:] = sorted(d for d in dirs if os.path.isfile(os.path.join(root, d, '__init__.py')))
            for filename in sorted(files):
                if not filename.endswith('.py') or not fnmatch.fnmatch(filename, pattern):
                    continue
                relative = os.path.relpath(os.path.join(root, filename[:-3]), top_level_dir)
                name = relative.replace(os.sep, '.')
                try:
                    __import__(name)
                except case.SkipTest as e:
                    tests.append(self.suiteClass())
                    continue
                except Exception as e:
                    failed, message = _make_failed_test(name, ImportError(
                        f'Failed to import test module: {name}\n{e}'), self.suiteClass,
                        f'Failed to import test module: {name}')
                    self.errors.append(message)
                    tests.append(failed)
                    continue
                tests.append(self.loadTestsFromModule(sys.modules[name], pattern=pattern))
        return self.suiteClass(tests)


defaultTestLoader = TestLoader()


def _loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.__dict__.update(sortTestMethodsUsing=sortUsing, testMethodPrefix=prefix,
                         testNamePatterns=testNamePatterns)
    made.suiteClass = suiteClass or made.suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp, testNamePatterns=None):
    return _loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=three_way_cmp, suiteClass=suite.TestSuite):
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=three_way_cmp, suiteClass=suite.TestSuite):
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)

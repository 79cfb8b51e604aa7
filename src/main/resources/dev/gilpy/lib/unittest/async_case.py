"""IsolatedAsyncioTestCase: a TestCase whose test methods (and asyncSetUp/asyncTearDown) may be coroutines,
each test run in its own event loop."""

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        """Runs before each test, in the test's event loop."""

    async def asyncTearDown(self):
        """Runs after each test, in the test's event loop."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(self._call_maybe_async, func, *args, **kwargs)

    def _call_maybe_async(self, func, /, *args, **kwargs):
        import inspect
        value = func(*args, **kwargs)
        if inspect.isawaitable(value):
            value = self._loop.run_until_complete(value)
        return value

    def run(self, result=None):
        import asyncio
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        try:
            return super().run(result)
        finally:
            self._loop.close()
            asyncio.set_event_loop(None)

    def setUp(self):
        self._loop.run_until_complete(self.asyncSetUp())

    def tearDown(self):
        self._loop.run_until_complete(self.asyncTearDown())

    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        if name.startswith('test') and getattr(getattr(value, '__code__', None), 'co_flags', 0) & 0x80:
            loop = super().__getattribute__('_loop')

            def run_coroutine(*args, **kwargs):
                return loop.run_until_complete(value(*args, **kwargs))
            return run_coroutine
        return value

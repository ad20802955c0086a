# IsolatedAsyncioTestCase: async setUp/tearDown/tests/cleanups in order, enterAsyncContext,
# failures and errors inside coroutines with their tracebacks, a fresh loop per test, skips
# and expected failures, sync tests in an async case.
import asyncio
import io
import re
import unittest

log = []


class Resource:
    async def __aenter__(self):
        log.append("resource enter")
        return "RES"

    async def __aexit__(self, *exc):
        log.append("resource exit")


class A(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append("setUp")

    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.loop = asyncio.get_running_loop()
        self.addAsyncCleanup(self.acleanup, "arg")
        self.addCleanup(log.append, "sync cleanup")

    async def acleanup(self, arg):
        await asyncio.sleep(0)
        log.append("async cleanup " + arg)

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")

    async def test_1_ok(self):
        log.append("test_1")
        r = await self.enterAsyncContext(Resource())
        self.assertEqual(r, "RES")
        await asyncio.sleep(0)
        A.first_loop = self.loop

    async def test_2_fail(self):
        log.append("test_2")
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    async def test_3_error(self):
        async def inner():
            raise ValueError("inside a coroutine")
        await inner()

    def test_4_sync(self):
        log.append("test_4 sync, loop differs: %s" % (self.loop is not A.first_loop))

    @unittest.skip("skipped async")
    async def test_5_skip(self):
        pass

    @unittest.expectedFailure
    async def test_6_xfail(self):
        raise RuntimeError

    async def test_7_context_error(self):
        try:
            await self.enterAsyncContext(object())
        except TypeError as e:
            log.append(str(e))


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(A))
# Tracebacks pass through unittest's async_case and asyncio's runner (their paths and lines
# are the implementation's own): keep only this file's frames.
lines = []
skipping = False
# The script's path (absolute: __main__.__file__ is, since 3.9) is replaced, so the
# output does not depend on where the checkout lives.
for line in re.sub(r"in \d+\.\d+s", "in X s", stream.getvalue()).replace(__file__, "<this file>").splitlines():
    if line.startswith('  File "'):
        skipping = "<this file>" not in line
        if skipping:
            continue
    elif skipping and line.startswith("    "):
        continue
    else:
        skipping = False
    lines.append(line)
print("\n".join(lines))
print("\n".join(log))
print(result.testsRun, len(result.failures), len(result.errors))

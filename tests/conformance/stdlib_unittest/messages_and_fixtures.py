import unittest, io, re

def run(*classes, verbosity=1, **kw):
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    r = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
    print(r, r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped))

class Msgs(unittest.TestCase):
    maxDiff = None
    def test_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': None})
    def test_str(self):
        self.assertEqual("hello world\nsecond line\n", "hello wurld\nsecond line\nthird\n")
    def test_str1(self):
        self.assertEqual("abc", "abd")
    def test_tuple(self):
        self.assertEqual((1, 2), (1, 2, 3))
    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})
    def test_long(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")
    def test_long_list(self):
        self.assertEqual(list(range(30)), list(range(29)) + [99])
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.1)
    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)
    def test_count(self):
        self.assertCountEqual([1, 1, 2, 'a'], [1, 2, 2, 'b'])
    def test_count_unhashable(self):
        self.assertCountEqual([[1], [2]], [[1], [3]])
    def test_is(self):
        self.assertIs([], None)
    def test_isnot(self):
        self.assertIsNot(None, None)
    def test_none(self):
        self.assertIsNone(0)
    def test_notnone(self):
        self.assertIsNotNone(None)
    def test_isinstance(self):
        self.assertIsInstance(3, str)
    def test_notisinstance(self):
        self.assertNotIsInstance(3, int, "msg here")
    def test_regex(self):
        self.assertRegex("hello", r"^w")
    def test_notregex(self):
        self.assertNotRegex("hello", r"l+")
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r"\d+"):
            raise ValueError("no digits")
    def test_raises_callable(self):
        self.assertRaises(KeyError, dict().get, 1)
    def test_raises_other(self):
        with self.assertRaises(KeyError):
            raise TypeError("wrong type")
    def test_true(self):
        self.assertTrue([])
    def test_false(self):
        self.assertFalse("x")
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_ge(self):
        self.assertGreaterEqual(1, 2)
    def test_le(self):
        self.assertLessEqual(3, 2)
    def test_notequal(self):
        self.assertNotEqual(1, 1)
    def test_notin(self):
        self.assertNotIn(1, [1])
    def test_fail(self):
        self.fail("explicit")
    def test_list_len(self):
        self.assertListEqual([1, 2, 3], [1, 2])
    def test_seq_type(self):
        self.assertListEqual((1,), [1])
    def test_nested_exc(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    def test_ok_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertEqual(self.id(), "__main__.Msgs.test_ok_raises")
        self.assertEqual(self.shortDescription(), None)

class Short(unittest.TestCase):
    longMessage = False
    def test_a(self):
        self.assertEqual(1, 2, "only mine")
    def test_b(self):
        self.assertEqual([1], [2])

run(Msgs)
run(Short, verbosity=2)

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")
    def test_never(self):
        print("never")

class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(print, "cleanup 2")
    def test_one(self):
        print("in test")
    def test_two(self):
        self.skipTest("later")

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i, sq=i * i):
                if i == 1:
                    raise ValueError(i)
                self.assertEqual(i % 2, 0)
    def test_msg(self):
        with self.subTest("named"):
            self.fail("x")
    def test_empty(self):
        with self.subTest():
            self.fail("y")

class SetupFail(unittest.TestCase):
    def setUp(self):
        raise OSError("no setup")
    def test_a(self):
        pass
    def tearDown(self):
        print("not printed")

run(Fixtures, Cleanups, Skipped, Sub, SetupFail)
run(Fixtures, Cleanups, Skipped, Sub, SetupFail, verbosity=2)
run(Cleanups, verbosity=0)
run(Sub, failfast=True)
run()

class Doc(unittest.TestCase):
    def test_doc(self):
        """  First line of doc.  
        Second."""
    def runTest(self):
        pass
print(Doc("test_doc"), repr(Doc("test_doc")), Doc("test_doc").shortDescription(), Doc().id())
try:
    Doc("nope")
except ValueError as e:
    print(e)
r = unittest.TestResult()
Msgs("test_fail").run(r)
print(r, r.failures[0][0], r.failures[0][1].splitlines()[-1])
print(unittest.defaultTestLoader.getTestCaseNames(Msgs)[:5])
s = unittest.TestSuite([Doc("test_doc"), Doc()])
print(s.countTestCases(), unittest.TestSuite().countTestCases())
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
run.__globals__
print(ft.shortDescription())

import unittest

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def setUp(self):
        print("setUp", self._testMethodName)
    def tearDown(self):
        print("tearDown")
    def test_ok(self):
        """Docstring first line.

        more"""
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_error(self):
        {}['x']
    @unittest.skip("no reason")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_msg(self):
        self.assertEqual(1, 2, "custom")
    def test_in(self):
        self.assertIn(3, [1, 2])
    def test_raises(self):
        with self.assertRaises(ValueError):
            pass

if __name__ == "__main__":
    import io, re
    def show(buf):
        print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()))
    buf = io.StringIO()
    prog = unittest.main(verbosity=2, exit=False,
                         testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
    show(buf)
    print(prog.result)
    for argv in (["prog", "T.test_ok"], ["prog", "T.test_fail", "T.test_ok"], ["prog", "-k", "xpass"]):
        buf = io.StringIO()
        try:
            unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=buf))
        except SystemExit as e:
            print("exit code", e.code)
        show(buf)

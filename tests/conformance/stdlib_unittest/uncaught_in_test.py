# unittest.main() with the default stream (stderr) whose tests all pass quickly, then
# exit status 0; the timing line is the only varying part, so the program replaces
# stderr with a filter that masks it.
import io
import re
import sys
import unittest


class Mask(io.StringIO):
    pass


class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_div(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_items(self):
        d = {"a": 1}
        self.assertDictEqual(d, {"a": 1})
        self.assertIn("a", d)


real = sys.stderr
sys.stderr = Mask()
try:
    unittest.main()
except SystemExit as e:
    code = e.code
out = sys.stderr.getvalue()
sys.stderr = real
sys.stderr.write(re.sub(r"in \d+\.\d+s", "in X.XXXs", out))
print("exit", code)
raise SystemExit(code)

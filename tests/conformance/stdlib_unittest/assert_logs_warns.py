import io
import logging
import re
import unittest
import warnings


class T(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs("svc", level="INFO") as cm:
            logging.getLogger("svc").info("first %d", 1)
            logging.getLogger("svc.sub").error("second")
        self.assertEqual(cm.output, ["INFO:svc:first 1", "ERROR:svc.sub:second"])
        self.assertEqual([r.getMessage() for r in cm.records], ["first 1", "second"])

    def test_no_logs_fails(self):
        with self.assertRaises(AssertionError) as cm:
            with self.assertLogs("svc", level="ERROR"):
                logging.getLogger("svc").info("too quiet")
        print(cm.exception)

    def test_assert_no_logs(self):
        with self.assertRaises(AssertionError) as cm:
            with self.assertNoLogs("svc"):
                logging.getLogger("svc").warning("oops")
        print(cm.exception)

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old api", DeprecationWarning)
        self.assertEqual(str(cm.warning), "old api")

    def test_warns_missing(self):
        with self.assertWarns(UserWarning):
            pass

    def test_warns_regex(self):
        with self.assertWarnsRegex(UserWarning, "ab+c"):
            warnings.warn("xyz")

    def test_cleanup_context(self):
        class CM:
            def __enter__(self):
                print("enter")
                return 42
            def __exit__(self, *a):
                print("exit")
        self.assertEqual(self.enterContext(CM()), 42)


buf = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()))

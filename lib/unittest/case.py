"""unittest.case: the TestCase classes (pyvm keeps them in the package's __init__)."""
from . import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
               expectedFailure, _SubTest, _Outcome, _AssertRaisesContext, DIFF_OMITTED)

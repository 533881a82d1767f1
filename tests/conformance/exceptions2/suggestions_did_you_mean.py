# "Did you mean" hints: from-import names, module attributes, NameError staged lookup
# (locals, globals, builtins), self.attr hints, and "Did you forget to import".
import sys
def show(code):
    try:
        exec(code, {})
    except Exception as e:
        sys.excepthook(type(e), e, None)
show("from sugg_pkg import valeu")
show("from sugg_pkg import compte")
show("from sugg_pkg import widget")
show("from sugg_pkg import zzzzzz")
show("from sugg_pkg import _privat")
show("import sugg_pkg; sugg_pkg.valeu")
show("import sugg_pkg; sugg_pkg.Widgte")
show("import sugg_pkgd")
show("from sugg_pkg import (value, nothing)")
show("class A:\n  def __init__(self): self.counter = 1\n  def m(self): return counter\nA().m()")
show("class A:\n  def __init__(self): self.counter = 1\n  def m(self): return cuonter\nA().m()")
show("x = [1]; x.apend(2)")
show("'abc'.uper()")
show("prnt('x')")
show("import math; math.sqr(2)")
show("len_ = 1; lenn")
show("class A:\n  __slots__=('aa',)\nA().ab")
show("d = {}; d.itms()")
show("None.foo")
show("int.frm_bytes")
show("abcdefghijklmnop = 1; abcdefghijklmnoq")
show("a=1\nb=2\nc")
show("def f():\n  local_var = 1\n  return local_vr\nf()")
show("import sugg_pkg as hm; hm.__nme__")
show("math.pi")
show("ast_ = 1\nast")
show("def f():\n    sys_ = 2\n    return sys\nf()")
import traceback
try:
    json
except NameError as e:
    traceback.print_exc()
    print(traceback.format_exception_only(e)[-1], end="")

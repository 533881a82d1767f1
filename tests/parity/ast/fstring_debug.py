# f-string debug text and format specs (CPython 3.12.1 quirks kept).
x = y = 1
f"{x = }"
f"{ x = }"
f"{x=!r:>10}"
f"{x = :>{y}}"
f"""{x
 = }"""
f"""{1+2 = # a comment
  }"""
f"""{1 # c
+2 = # d
}"""
f"{'#'=}"
f"{x:{y}}"
f"{x:>{y}}{x}"
f"{x:{y}{y}}"
f"{x:{y}z}"
f"{x:}"
f"{x:{y:{x}}}"
f"{x:{y}}" "tail"

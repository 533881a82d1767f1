s = 'single' "double" '''triple single''' """triple double"""
b = b'bytes' B"bytes" rb'raw' Rb"raw" bR'raw' BR"raw" br'\d' rB''
u = u'unicode' U"unicode" r'raw\n' R"raw\""
e = '\'' "\"" '\\' "\\\\" '\n\t\x00\u1234\N{BULLET}'
empty = '' "" '''''' """"""
multi = """first line
  second line with 'quotes' and "quotes"
third \
continued"""
cont = 'a\
b'
quotes = '''it's "fine" ''' "'" '"'
raw_end = r'\'' r"\""
x = 'é' "€" '\u00e9' b'\xe9'
nested = """ ''' """ + ''' """ '''
adjacent = 'a''b'"c""d"

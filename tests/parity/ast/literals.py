# Every literal form.
0
00
0_0
1
123_456
9223372036854775807
9223372036854775808
123456789012345678901234567890
0xFF
0XfF_fF
0o17
0O_777
0b1010
0B_1111_0000
0xffffffffffffffffffffffffffff
1.5
1.
.5
1e10
1E+10
1e-10
1_000.000_1
1e1_0
1e500
1e-400
0.1
3.141592653589793238462643383279
1j
1J
1.5j
0j
1e100j
1e500j
.5j
True
False
None
...
'single'
"double"
'''triple single'''
"""triple
double"""
''
""
'it\'s'
"say \"hi\""
'both \' and "'
"\a\b\f\n\r\t\v\\\0\x41\101\u00e9\U0001F600\N{BULLET}\N{bullet}"
"\N{LATIN SMALL LETTER E WITH ACUTE}"
"\ud800"
"\udc00\ud800"
"\777"
r"raw \n \d"
R"raw"
u"unicode"
U"unicode"
b"bytes \x00 \xff \n \t \\"
B"Bytes"
br"raw bytes \n"
Rb"raw"
bR"raw"
BR"raw"
rb"\d"
"concat" "enated"
"concat" \
    'across lines'
b"by" b"tes"
u"kind" "kept"
"no kind" u"here"
("paren"
 "thesized"
 "concat")
"line\
continuation"
"""triple with \
continuation"""
"é ü ñ 中文 😀"
"\x7f\x80\xa0\xad"
"\u200b\u2028\u3000"
"quote ' only"
'quote " only'
"""multi
line
string"""
"tab	inside"

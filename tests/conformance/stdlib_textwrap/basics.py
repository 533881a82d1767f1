import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "A well-known, state-of-the-art text-wrapping algorithm--with em-dashes--handles "
        "hyphenated words and supercalifragilisticexpialidocious long ones.")
for width in (10, 17, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 20, break_on_hyphens=False))
print(textwrap.fill(text, 12, break_long_words=False))
print(textwrap.wrap("one. two! three? four.\" five", 80, fix_sentence_endings=True))
print(textwrap.wrap("  leading and   inner   spaces  ", 12), textwrap.wrap("  keep   ws  ", 6, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\nnewlines\n", 8), textwrap.wrap("a\tb", 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("abc-defghij-klmnop", 8), textwrap.wrap("---- -- --a a--b 12-34 ab-cd-e", 4))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=1, placeholder="..."))
print(textwrap.shorten("Hello  world!", 12), textwrap.shorten("Hello world!", 11), textwrap.shorten("Hello world", 20, placeholder="~"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("short", 10))
print(repr(textwrap.dedent("""\
    def f():
        return 1

      # comment
    end
""")))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   \n  x\n    y\n  ")), repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.indent("a\n\nb\n  c", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=15, subsequent_indent="...")
print(w.wrap("Subsequent lines are indented by three dots here."), w.width)
for bad in (lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [...]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

for s in ("1+2j", "1-2J", "  3j ", "(1+2j)", "-1.5e3-2.5e-3j", "j", "-j", "inf+nanj", "1_0+2_0j", "5"):
    print(repr(s), complex(s))
for s in ("1+2", "1 + 2j", "j2", "", "(1+2j", "1+2jj"):
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), e)

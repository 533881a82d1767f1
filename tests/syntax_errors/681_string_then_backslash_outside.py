x = ('a'b\x1Bc')

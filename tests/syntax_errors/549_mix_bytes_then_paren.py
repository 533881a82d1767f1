x = (b'a' 'b')

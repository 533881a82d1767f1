x = bb'a'

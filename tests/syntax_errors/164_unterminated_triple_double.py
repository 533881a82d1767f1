x = """
line 2
line 3
line 4

source = """
def broken(n):
    return n / 0
broken(1)
"""
print("running snippet")
exec(compile(source, "snippet.py", "exec"))

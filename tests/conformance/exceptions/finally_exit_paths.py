def return_in_try():
    try:
        return "try"
    finally:
        print("finally after return")

def return_overridden():
    try:
        return "try"
    finally:
        return "finally wins"

def exception_swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return in finally"

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out

def break_in_try():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i

def continue_in_try():
    for i in range(3):
        try:
            continue
        finally:
            print("cleanup", i)

print(return_in_try())
print(return_overridden())
print(exception_swallowed())
print(break_in_finally())
print(continue_in_finally())
print(break_in_try())
continue_in_try()

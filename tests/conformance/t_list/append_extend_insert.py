a = [1]
a.append(2)
a.append([3])
a.extend((4, 5))
a.extend("ab")
a.extend(range(2))
a.extend({})
a.insert(0, "first")
a.insert(-1, "beforelast")
a.insert(100, "end")
a.insert(-100, "start")
print(a, len(a))
a += [9]
a += "xy"
print(a)
try:
    a.extend(5)
except TypeError as e:
    print(e)
try:
    a + "z"
except TypeError as e:
    print(e)

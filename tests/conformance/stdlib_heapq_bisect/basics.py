import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))], data)
print(heapq.nlargest(3, [1, 8, 2, 9, 4]), heapq.nsmallest(2, [1, 8, 2, 9, 4]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(heapq.nlargest(2, [("a", 2), ("b", 3), ("c", 3)], key=lambda t: t[1]), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
for t in (lambda: heapq.heappop([]), lambda: heapq.heappush(1, 2), lambda: heapq.heapify(1),
          lambda: heapq.heapreplace([], 1), lambda: heapq.heappop(1), lambda: heapq.nlargest(2, 1)):
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for t in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(1, 1)):
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

"""Heap queue algorithm (pyvm's own heapq module): a min-heap kept in a plain list.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so heap[0] is the smallest
item. Only ``<`` is used to compare items, as in CPython.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check_list(heap, fname, what="argument"):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() {what} must be list, not {type(heap).__name__}")


def _sift_up(heap, pos, top=0):
    # Move heap[pos] towards the root (not above index ``top``) while it is smaller than its
    # parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Bottom-up variant, the one CPython uses (so heaps have the same layout): walk the hole
    # at ``pos`` down to a leaf, always promoting the smaller child (the right one on ties),
    # then drop the item into the hole and let it rise back to its place. This costs fewer
    # comparisons than stopping early, since a replaced root usually belongs near the bottom.
    n = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, pos, top)


def heappush(heap, item, /):
    """Add item to the heap."""
    _check_list(heap, "heappush", "argument 1")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item."""
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Remove and return the smallest item, then add item (the heap size stays the same)."""
    _check_list(heap, "heapreplace", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Add item, then remove and return the smallest (in one step)."""
    _check_list(heap, "heappushpop", "argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list into a heap, in place, in linear time."""
    _check_list(heap, "heapify")
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (lazily), like sorted(chain(...))."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    sign = -1 if reverse else 1

    def less(a, b):
        # Ties go to the earlier iterable, which keeps the merge stable.
        if a[0] == b[0] or not (a[0] < b[0] or b[0] < a[0]):
            return a[1] < b[1]
        return (a[0] < b[0]) if sign == 1 else (b[0] < a[0])

    while entries:
        best = 0
        for i in range(1, len(entries)):
            if less(entries[i], entries[best]):
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items, like sorted(iterable, key=key)[:n]."""
    if n <= 0:
        list(iter(iterable))[:0]
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, like sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        iter(iterable)
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


# Max-heap variants (private in CPython 3.12, used by some programs): the same algorithms
# with the comparisons turned around.

def _sift_up_max(heap, pos, top=0):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    n = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, pos, top)


def _heapify_max(heap, /):
    """Rearrange the list into a max-heap, in place."""
    _check_list(heap, "_heapify_max")
    for i in reversed(range(len(heap) // 2)):
        _sift_down_max(heap, i)


def _heappop_max(heap, /):
    """Remove and return the largest item of a max-heap."""
    _check_list(heap, "_heappop_max")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item, /):
    """Remove and return the largest item of a max-heap, then add item."""
    _check_list(heap, "_heapreplace_max", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest

# CPython implements these in C (_heapq): they show no frames in tracebacks.
__import__("_stackinfo").c_implemented(heappush, heappop, heapreplace, heappushpop, heapify, _sift_up,
                                      _sift_down, _sift_up_max, _sift_down_max,
                                      _heapify_max, _heappop_max, _heapreplace_max)

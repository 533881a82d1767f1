import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
print(gc.garbage, type(gc.callbacks).__name__)
print(gc.collect(0) >= 0, gc.collect(generation=2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)), gc.is_tracked(([],)))


class C:
    pass


print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(None), gc.is_tracked(3.5))
lst = [1, "two", C]
refs = gc.get_referents(lst)
print(len(refs) >= 2, C in refs)
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))


class D:
    def __del__(self):
        pass


d = D()
print(gc.is_finalized(d))

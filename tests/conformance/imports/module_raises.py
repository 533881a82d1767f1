import sys
for attempt in range(2):
    try:
        import ipk.broken
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
    print("ipk.broken" in sys.modules, hasattr(sys.modules["ipk"], "broken"))

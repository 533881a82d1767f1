import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[:3], len(t), tuple(t), isinstance(t, tuple), t.tm_zone, t.tm_gmtoff)
print(type(t), type(t).__name__)
for secs in (0, -1, 86399, 951782400, 1e9, 1234567890.75, -86400 * 365, 4102444800, 253402300799):
    print(secs, tuple(time.gmtime(secs)))
print(time.asctime(time.gmtime(0)), '|', time.asctime(time.gmtime(1700000000)))
print(time.mktime(time.gmtime(1700000000)) - 1700000000 == -time.timezone)
fmt = '%Y-%m-%d %H:%M:%S | %y %b %B %a %A %j %p %I | %U %W %w %u | %G %V | %% | %D %F %T %R %e'
for secs in (0, 951782400, 1700000000, 1704067200, 1735603200, 1609459200):
    print(time.strftime(fmt, time.gmtime(secs)))
print(time.strftime('%d/%m/%Y', (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_zone, st == (2020, 1, 2, 3, 4, 5, 3, 2, 0))
for bad in (lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (1, 2)),
            lambda: time.strftime('%Y', 'abc'), lambda: time.gmtime('x'), lambda: time.sleep(-1),
            lambda: time.sleep('x'), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.gmtime(float('nan'))):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

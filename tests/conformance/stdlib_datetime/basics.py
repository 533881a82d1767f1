from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dt

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta(0)), repr(timedelta(-1, 5)), repr(timedelta(microseconds=-1)), str(timedelta(microseconds=-1)))
print(str(timedelta(days=-2, seconds=30)), str(timedelta(weeks=3)), str(timedelta(hours=36)), str(timedelta(milliseconds=1500)))
print(repr(timedelta(seconds=0.5)), repr(timedelta(days=0.25)), repr(timedelta(minutes=1.5)), repr(timedelta(microseconds=2.5)))
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(b - a), a * 2, 3 * b, a * 0.5, a / 2, a / b, a // b, a % b, divmod(a, b), a // 7)
print(a > b, a == timedelta(seconds=18000), a != b, bool(timedelta(0)), hash(a) == hash(timedelta(hours=5)), sorted([a, b]))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max))

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar())
print(d.isoformat(), d.ctime(), d.strftime('%A %d %B %Y | %j %U %W %a %b %y %m'), f'{d:%Y/%m/%d}', format(d, ''))
print(d + timedelta(days=1), d - timedelta(days=365), date(2024, 12, 25) - d, d.replace(day=1), d.replace(year=2025, day=28))
print(date.fromordinal(738000), date.fromisoformat('2023-07-04'), date.fromisoformat('20230704'), date.fromisocalendar(2024, 1, 1))
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2024, 2, 29), hash(d) == hash(date(2024, 2, 29)), date.min, date.max)
print(tuple(d.timetuple()), d.isocalendar().week, date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar())
print([date(2024, 1, 1) + timedelta(days=i * 40) for i in range(4)])

t = time(13, 5, 9, 120)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat(), t.isoformat('minutes'), t.isoformat('milliseconds'), t.hour, t.microsecond)
print(t.strftime('%H:%M:%S.%f %p %I'), t.replace(hour=1), time.fromisoformat('10:20:30.5'), time.min, time.max, t < time(14), t == time(13, 5, 9, 120))

dtm = datetime(2024, 3, 10, 14, 30, 15, 500)
print(dtm, repr(dtm), repr(datetime(2024, 3, 10)), repr(datetime(2024, 3, 10, 1, 2, 3)), dtm.date(), dtm.time(), dtm.isoformat(), dtm.isoformat(' ', 'seconds'))
print(dtm.strftime('%Y-%m-%dT%H:%M:%S.%f'), dtm.ctime(), dtm + timedelta(hours=10), dtm - timedelta(days=10, minutes=1), dtm - datetime(2024, 1, 1))
print(datetime.combine(date(2020, 5, 17), time(8, 15)), datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283+00:00'))
print(repr(datetime.fromisoformat('2011-11-04T00:05:23+04:00')), datetime.strptime('2023-08-09 07:06:05', '%Y-%m-%d %H:%M:%S'), datetime.strptime('5 Mar 21 3PM', '%d %b %y %I%p'))
print(dtm.replace(minute=0, microsecond=0), dtm > datetime(2024, 3, 10), dtm == datetime(2024, 3, 10, 14, 30, 15, 500), tuple(dtm.timetuple()))
print(isinstance(dtm, date), issubclass(datetime, date), dtm.weekday(), dtm.toordinal(), datetime.min, datetime.max)

utc = timezone.utc
aware = datetime(2024, 1, 1, 12, 0, tzinfo=utc)
plus2 = timezone(timedelta(hours=2))
named = timezone(timedelta(hours=-5, minutes=-30), 'EST-ish')
print(aware, repr(aware), aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.dst(), aware.timestamp())
print(repr(utc), repr(plus2), repr(named), str(plus2), str(named), plus2.tzname(None), named.utcoffset(None), dt.UTC is utc)
print(aware.astimezone(plus2), aware.astimezone(named), aware.astimezone(plus2) == aware, aware.astimezone(plus2) - aware)
print(datetime.fromtimestamp(1700000000, utc), datetime.fromtimestamp(0, plus2), datetime.utcfromtimestamp(86400.25) if False else '', datetime(2024, 1, 1, tzinfo=plus2).strftime('%z %Z %:z'))
print(datetime(2024, 1, 1, 10, tzinfo=plus2) < datetime(2024, 1, 1, 9, tzinfo=utc), hash(aware) == hash(aware.astimezone(plus2)), timezone(timedelta(0)) is utc)
print(time(12, tzinfo=plus2), repr(time(12, tzinfo=plus2)), time(12, tzinfo=plus2).utcoffset(), MINYEAR, MAXYEAR)


class Fixed(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=1)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return 'FIX'


f = datetime(2024, 6, 1, 8, tzinfo=Fixed())
print(f.isoformat(), f.tzname(), f.utcoffset(), f.astimezone(utc), f.strftime('%H %Z %z'))
for bad in (lambda: date(2024, 13, 1), lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: time(24),
            lambda: timedelta(days=10 ** 9), lambda: datetime(2024, 1, 1) - aware, lambda: datetime(2024, 1, 1) < aware,
            lambda: date.fromisoformat('2024-1-1'), lambda: timezone(timedelta(hours=25)), lambda: datetime(2024, 1, 1, minute=60),
            lambda: timedelta(1) / 0, lambda: date('x', 1, 1), lambda: date(2024, 1, 1.5), lambda: datetime.strptime('2020', '%Y-%m'),
            lambda: datetime.strptime('2020-01-01x', '%Y-%m-%d'), lambda: time(1, 2, 3, 10 ** 6), lambda: date.max + timedelta(1),
            lambda: time(tzinfo=1), lambda: timedelta(seconds='1')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

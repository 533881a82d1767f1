from datetime import date, datetime, timedelta, timezone, time
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
for bad in (lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: datetime(2024, 1, 1) > date(2024, 1, 1)):
    try:
        bad()
    except TypeError as e:
        print(e)
start = datetime(2024, 1, 30, 23, 59, 59)
for i in range(3):
    start += timedelta(seconds=1, microseconds=500000)
    print(start, start.isoformat(timespec='milliseconds'))
d = datetime(2024, 2, 28, 12, tzinfo=timezone(timedelta(hours=-8)))
print(d.astimezone(timezone.utc), d.timestamp(), d.utctimetuple()[:6], d.date(), d.timetz())
print(datetime.combine(date(2024, 1, 1), time(23, 30)) - datetime(2023, 12, 31), timedelta(days=1, seconds=-1))
print(sum([timedelta(hours=1)] * 30, timedelta()), timedelta(hours=1) * 2.5, timedelta(minutes=10) // timedelta(minutes=3))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), min(datetime(2020, 1, 1), datetime(2019, 12, 31, 23)))
print({date(2024, 1, 1): 'ny'}[date(2024, 1, 1)], date(2024, 1, 1).replace(month=2), date(2024, 1, 31).strftime('%d.%m.%Y %a'))
print(datetime(2024, 7, 4, 9, 5).strftime('%I:%M %p on %A, %B %d, %Y'), datetime(2024, 7, 4).isocalendar())
print(datetime.fromisoformat('2024-07-04T09:05:00Z'), datetime.fromisoformat('2024-07-04'), time.fromisoformat('09:05'))
print(repr(datetime(2024, 1, 1, 0, 0, 0, 1)), repr(time(0, 0, 1)), (datetime(2024, 1, 1) - datetime(2024, 1, 2)).days)

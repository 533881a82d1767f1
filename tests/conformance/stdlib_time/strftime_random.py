import random, time, datetime
random.seed(5)
codes = 'aAbBcdHIjmMpSUwWyYGgVuCeDFTRr%'
for i in range(300):
    secs = random.randint(-2208988800, 4102444800)
    t = time.gmtime(secs)
    fmt = ' '.join('%' + random.choice(codes) for _ in range(6))
    print(secs, time.strftime(fmt, t), datetime.datetime.utcfromtimestamp(secs).isocalendar() if False else datetime.date(*t[:3]).isocalendar()[:2])

import time
t = time.strptime('2024-03-05 10:20:30', '%Y-%m-%d %H:%M:%S')
print(t, t.tm_wday, t.tm_yday)
print(time.strptime('Tue Mar  5 10:20:30 2024'))
print(time.strftime('%Y-%m-%d', time.strptime('05/03/24', '%d/%m/%y')))
try:
    time.strptime('x', '%Y')
except ValueError as e:
    print(e)

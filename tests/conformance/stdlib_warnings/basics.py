import sys
import warnings


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1


def noisy(i):
    warnings.warn(f'noisy call')
    return i


print('start')
sys.stdout.flush()
warnings.warn('plain user warning')
warnings.warn('with category', RuntimeWarning)
warnings.warn(UserWarning('an instance'))
for i in range(3):
    noisy(i)
old_api()
warnings.warn('pending', PendingDeprecationWarning)
sys.stderr.flush()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for i in range(2):
        noisy(i)
    warnings.warn('recorded', FutureWarning)
    old_api()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print([w.lineno for w in caught], caught[0].filename.endswith('basics.py'))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.simplefilter('ignore', UserWarning)
    warnings.warn('ignored')
    try:
        warnings.warn('still error', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('always', category=UserWarning)
    warnings.warn('skip me')
    warnings.warn('Skip me too')
    warnings.warn('keep me')
print([str(w.message) for w in log])

print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'x = 1  '), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'nofile.py', 3), end='')
for bad in (lambda: warnings.warn('x', int), lambda: warnings.simplefilter('bogus'),
            lambda: warnings.warn('x', 'notaclass')):
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)


def custom(message, category, filename, lineno, file=None, line=None):
    print('custom:', message, category.__name__, lineno)


warnings.showwarning = custom
warnings.warn('through custom')
warnings.warn('through custom')
print('end')

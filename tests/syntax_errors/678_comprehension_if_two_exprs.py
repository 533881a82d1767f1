y = {k: v for k, v in d if k[:2] '__'}

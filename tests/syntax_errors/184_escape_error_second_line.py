x = 1
y = 'ok' '\xZZ'

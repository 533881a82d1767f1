f'{x y z}'

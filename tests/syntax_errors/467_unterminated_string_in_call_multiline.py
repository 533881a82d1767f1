print('a',
      'b)

f(f'a{i}' new string)

try: x = 1

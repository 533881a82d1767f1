x = f'{f"abc}'

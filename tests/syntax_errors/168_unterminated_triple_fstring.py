x = f'''abc {x}


f'{import}'

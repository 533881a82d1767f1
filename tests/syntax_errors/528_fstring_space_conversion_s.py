f'{x! s}'

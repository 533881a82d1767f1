x = exec 'a'

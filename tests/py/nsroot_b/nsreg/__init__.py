kind = 'regular'

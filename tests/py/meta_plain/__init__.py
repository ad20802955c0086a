value = 'plain'

s = 'Hello, World'
print(s.lower().split(', '), s[::-1], s.encode('utf-16'), '-'.join(s))

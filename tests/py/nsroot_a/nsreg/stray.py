never = True

# Calling a non-callable value.
handlers = {"a": print, "b": 42}
handlers["a"]("first handler ok")
handlers["b"]("second")

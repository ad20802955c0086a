# an exception raised while handling another prints both; the last line is the newest
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"cannot parse {text!r}")

parse("abc")

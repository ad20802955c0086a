# a chained exception prints both; the last stderr line is the final exception
try:
    {}["missing"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e

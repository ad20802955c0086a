# Standard library: pprint.pformat of a document of records (dicts, lists, long strings,
# sets, tuples) at two widths, plus saferepr of the same document.
import pprint

records = []
for i in range(2500):
    records.append({
        "id": i,
        "name": "user%d" % i,
        "tags": ["alpha", "beta", "gamma", "delta"][: i % 5],
        "bio": "lorem ipsum dolor sit amet " * (i % 6),
        "flags": {i % 3, i % 5, i % 7},
        "pos": (i, i * 2, i * 3),
    })
doc = {"records": records, "count": len(records)}
total = 0
for width in (80, 40):
    total += len(pprint.pformat(doc, width=width))
total += len(pprint.saferepr(doc))
print(total)

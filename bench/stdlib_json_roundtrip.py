# Standard library: a json round trip — dumps and loads of a nested document of records.
import json

records = []
for i in range(2000):
    records.append({
        "id": i,
        "name": "user%d" % i,
        "score": i * 1.25,
        "active": i % 3 == 0,
        "tags": ["a", "b", "tag%d" % (i % 7)],
        "address": {"street": "%d Main St" % i, "zip": "%05d" % i, "note": None},
    })
doc = {"records": records, "count": len(records)}
total = 0
for _ in range(5):
    text = json.dumps(doc)
    back = json.loads(text)
    total += len(text) + back["count"]
print(total, back == doc)
print(len(json.dumps(doc, indent=2, sort_keys=True)))

# Standard library: a regex scan — findall, finditer, sub and split over a log-like text.
import re

lines = []
for i in range(20000):
    lines.append("2024-01-%02d 12:%02d:%02d host%d GET /api/v1/items/%d status=%d bytes=%d" % (
        i % 28 + 1, i % 60, (i * 7) % 60, i % 13, i, 200 if i % 11 else 404, i * 37 % 5000))
text = "\n".join(lines)
dates = re.findall(r"^(\d{4})-(\d{2})-(\d{2})", text, re.M)
errors = sum(1 for m in re.finditer(r"status=(\d+)", text) if m.group(1) != "200")
hosts = {}
for m in re.finditer(r"host(?P<n>\d+) (?P<verb>[A-Z]+)", text):
    hosts[m.group("n")] = hosts.get(m.group("n"), 0) + 1
masked = re.sub(r"bytes=\d+", "bytes=#", text)
words = re.split(r"[\s/=]+", text)
print(len(dates), errors, sorted(hosts.items())[:3], len(masked), len(words))

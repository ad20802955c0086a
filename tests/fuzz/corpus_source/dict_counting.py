# Typical dict-based counting and grouping patterns.
text = "the cat and the big hat sat on a mat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_count)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
letters = {}
for ch in "mississippi":
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(letters, max(letters, key=lambda k: letters[k]))

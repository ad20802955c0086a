# Word frequencies of a text: normalise, count, rank, format.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
def words_of(t):
    out = []
    for raw in t.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            out.append(w)
    return out
words = words_of(text)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(words), "words,", len(counts), "distinct")
for w, c in ranked[:6]:
    print(f"{w:>8} {c:3} " + "*" * c)
longest = max(words, key=len)
print("longest:", longest, len(longest))
by_first = {}
for w in counts:
    by_first.setdefault(w[0], []).append(w)
print({k: sorted(v) for k, v in sorted(by_first.items()) if len(v) > 1})
lines = text.split("\n")
print([len(line.split()) for line in lines])

# Text processing: word frequencies with Counter, regex tokenising, textwrap formatting,
# string methods and f-string alignment in a report table.
import re
import textwrap
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
print(f"{'word':<12}{'count':>6}{'share':>8}")
for word, n in freq.most_common(6):
    print(f"{word:<12}{n:>6}{n / len(words):>8.1%}")
print(textwrap.fill(' '.join(sorted(freq)), width=40))
print(textwrap.indent(textwrap.dedent("""\
    first
      second
    third"""), '> '))
print(textwrap.shorten(TEXT, width=50, placeholder=' [...]'))
caps = [w for w in re.findall(r'\b[A-Z]\w*', TEXT)]
print(caps, TEXT.count('was'), TEXT.title()[:30], TEXT.splitlines()[1][:20].center(30, '*'))
sentences = [s.strip() for s in re.split(r'[,.]\s*', TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len), sorted(set(len(s.split()) for s in sentences)))
table = str.maketrans('aeiou', 'AEIOU', ',')
print(sentences[0].translate(table), '|'.join(w.capitalize() for w in sentences[1].split()[:4]))

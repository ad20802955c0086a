# difflib against CPython: ndiff (with ? hint lines, tabs), unified/context diffs, opcodes, ratio, junk, autojunk, close matches, restore.
import difflib, random
random.seed(5)
out = []
words = ["alpha", "beta", "gamma", "delta", "\tepsilon", "zeta zeta", "eta", " ", "", "# c"]
for trial in range(300):
    a = [random.choice(words) + random.choice(["", "x", "y z"]) + "\n" for _ in range(random.randint(0, 12))]
    b = [random.choice(words) + random.choice(["", "x", "y z"]) + "\n" for _ in range(random.randint(0, 12))]
    out.append(''.join(difflib.ndiff(a, b)))
    out.append(''.join(difflib.unified_diff(a, b, 'a', 'b', n=random.randint(0, 3))))
    out.append(''.join(difflib.context_diff(a, b, 'a', 'b')))
    s = difflib.SequenceMatcher(None, ''.join(a), ''.join(b))
    out.append(repr(s.get_opcodes()) + repr(round(s.ratio(), 6)))
    out.append(repr(list(difflib.ndiff(''.join(a).splitlines(), ''.join(b).splitlines()))))
big_a = [random.choice("abcde") for _ in range(500)]
big_b = [random.choice("abcdef") for _ in range(450)]
s = difflib.SequenceMatcher(None, big_a, big_b)
out.append(repr(s.get_matching_blocks()))
s = difflib.SequenceMatcher(lambda c: c == 'a', big_a, big_b, autojunk=False)
out.append(repr(s.get_opcodes()))
out.append(repr(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"])))
out.append(repr(list(difflib.restore(difflib.ndiff(["a\n","b\n"],["b\n","c\n"]), 2))))
print('\n'.join(out))

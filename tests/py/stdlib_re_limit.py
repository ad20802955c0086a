import re
# Catastrophic backtracking under Bastion's step budget: CPython would hang, so this
# script only runs the pattern under Bastion with a budget (see the unit test); here we
# check ordinary patterns still work after many calls.
pat = re.compile(r"(a+)+b")
print(pat.match("aaaab").group(), pat.search("xaab").span())
print(bool(re.match(r"(x+x+)+y", "xxxy")))

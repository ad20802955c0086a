# getopt: getopt and gnu_getopt with short/long options, prefixes, '--', '-', and every GetoptError message.
import getopt, os

cases = [
    (["-a", "-b", "val", "-cfoo", "x", "-a"], "ab:c:", []),
    (["-abval", "rest"], "ab:", []),
    (["--alpha", "--beta=1", "--beta", "2", "--gam", "x"], "", ["alpha", "beta=", "gamma"]),
    (["--al"], "", ["alpha", "alps"]),
    (["--alp"], "", ["alpha", "alps"]),
    (["--alpha=3"], "", ["alpha"]),
    (["--beta"], "", ["beta="]),
    (["--beta="], "", ["beta="]),
    (["-x"], "ab", []),
    (["-b"], "ab:", []),
    (["--nope"], "", ["yes"]),
    (["-", "-a"], "a", []),
    (["--", "-a"], "a", []),
    (["a", "-a"], "a", []),
    (["-a", "--", "--b"], "a", ["b"]),
    (["--b", "x"], "", "b="),
    (["-:"], "a:", []),
    (("-a", "t"), "a", ()),
    (["--a", "--ab"], "", ["a", "ab"]),
    (["--ab"], "", ["a", "abc", "abd"]),
    ([], "a", []),
]
for args, short, long in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, "->", fn(args, short, long))
        except getopt.GetoptError as e:
            print(fn.__name__, args, "->", type(e).__name__, repr(str(e)), repr(e.msg), repr(e.opt), e.args)

print(getopt.gnu_getopt(["x", "-a", "y", "--", "-b"], "ab"))
print(getopt.gnu_getopt(["x", "-a", "y"], "+ab"))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["x", "-a", "y"], "ab"))
del os.environ["POSIXLY_CORRECT"]
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception), getopt.__all__)
e = getopt.GetoptError("m")
print(repr(e.opt), e.args)

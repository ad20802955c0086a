# Regenerates numbers_text_cases.h: runs each snippet with CPython 3.11 (python3) and records
# its stdout, or the last traceback line on error. Usage: python3 gen_numbers_text_cases.py
NUMBERS = r'''
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7.5, -2))
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0, pow(3, 4, 5), pow(3, -1, 7), pow(-3, 2, -7))
print(2 ** 100, -(2 ** 100), 2 ** 64 - 1, (2 ** 64) // 3, (2 ** 64) % 1000)
print(10 ** 30 // 7, -(10 ** 30) // 7, (10 ** 30) % -7, 10 ** 30 * 10 ** 30)
print(1 << 62, 1 << 63, 1 << 100, -1 >> 100, (1 << 100) >> 99, -(1 << 100) >> 1)
print(4611686018427387903 + 1, -4611686018427387904 - 1, -4611686018427387904 // -1)
print(~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, -5 & 0xFF, (2 ** 70) & -1, -(2 ** 70) | 5, ~(2 ** 70))
print(7 / 2, -7 / 2, 1 / 3, 10 ** 20 / 3, (10 ** 30 + 1) / 10 ** 15, 0 / -5)
print(1 == 1.0, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 1 < 1.5, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(hash(-1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e100))
print(int("42"), int("-17"), int("  8  "), int("+5"), int("1_000"), int("0x1f", 16), int("0x_1f", 0), int("0b101", 0), int("z", 36), int("0_0", 0))
print(int(3.99), int(-3.99), int(1e20), int(True), int("١٢"), int("  12\n"))
print(int("9" * 40), int("-" + "7" * 30, 8))
print(str(2 ** 200), repr(-(3 ** 90)), len(str(7 ** 1000)))
print(hex(255), hex(-255), oct(8), bin(-5), hex(2 ** 70))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x00\x01', 'little'))
print((10).as_integer_ratio(), (5).numerator, (5).denominator, (5).real, (5).imag, (-5).conjugate())
print(round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(7, 2), round(5, -10))
print(True + True, True & True, True | False, True ^ True, ~True, -True, True * 3, type(True & 1).__name__, repr(True), str(False))
print(abs(-5), abs(-2 ** 70), -(-4611686018427387904), +7, abs(-2.5), abs(-0.0))
print(1.5 + 2, 3 - 0.5, 2.5 * 2, 7.0 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 0.5, (-8.0) ** 2)
print(0.1 + 0.2, 1e16, 1e-5, 0.0001, 1.5e300 * 1e10, -1e308 * 10, 123456789012345678.0, 1 / 3)
print(float("3.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"), float(7), float(-0.0))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-0.0001, 2), round(1e-9, 3), round(0.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(1e308, -308))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((1.5).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), (0.1).hex())
print(int(2.5e18), int(-1e19), (2.7).__trunc__(), (2.7).__floor__(), (-2.7).__ceil__(), (1.5).real, (1.5).imag, (1.5).conjugate())
print(1e300 * 1e300, -1e300 * 1e300, 2.0 ** -1075, 1.0 == 1, 0.5 < 1, float("nan") == float("nan"), float("nan") != float("nan"))
print(complex(1, 2), 1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), abs(3 + 4j), (1 + 2j).conjugate(), (2 + 3j).real, (2 + 3j).imag)
print(complex("1+2j"), complex(" (1-2.5j) "), complex("-j"), 1j ** 2, (1 + 1j) ** 0.5, (-8) ** (1 / 3), -1j, complex(-0.0, 0), 1e20j)
print(hash(1j), hash(complex(3, 0)), (1 + 0j) == 1, (1 + 2j) == 1, bool(0j))
'''
ERRORS = r'''
1 / 0
1 // 0
1 % 0
divmod(1, 0)
1.0 / 0
1.0 // 0
1.0 % 0
divmod(1.0, 0)
0 ** -1
0.0 ** -1
pow(2, -1, 4)
pow(2, 3, 0)
pow(2.0, 3, 5)
1 << -1
1 >> -1
int(float("inf"))
int(float("nan"))
int("abc")
int("")
int("1__0")
int("_1")
int("1_")
int("010", 0)
int("12", 1)
int(12, 10)
int(None)
int("x" * 300)
float("abc")
float("")
float("1__0")
float([])
10 ** 400 / 1.0
float(10 ** 400)
10 ** 400 / 3
round(1.5e308, -308)
round(float("inf"))
round(float("nan"))
(2 ** 64).to_bytes(2, "big")
(-1).to_bytes(2, "big")
(1).to_bytes(1, "middle")
float("nan").as_integer_ratio()
float("inf").as_integer_ratio()
1e308 ** 2
float.fromhex("zz")
(1 + 2j) / 0
0j ** -1
complex("x")
"a" + 1
1 + "a"
"a" * 1.5
"a" * (1 << 62)
"ab" * (1 << 62)
"abc"[5]
"abc"["x"]
1 in "abc"
"".join([1])
"a".join(5)
"a".center(5, "ab")
"a".find(1)
"a".startswith(1)
"a".index("b")
"a".split("")
"a".partition("")
"a".strip(1)
"a".encode("xx")
"é".encode("ascii")
"\ud800".encode()
b"\xff".decode()
b"\xe2\x82".decode()
b"ab".decode("xyz")
bytes(-1)
bytes([256])
bytes("a")
bytes(1.5)
b"a" + "b"
b"abc"[5]
"a" in b"abc"
format(1, "s")
format("a", "d")
format(1.0, "d")
format(1, "z")
format("a", "=")
format("a", "+")
format(1, ",x")
format(1.5, "_,")
format(1, ".2d")
format("a", ",")
format(1, "#c")
format(1, "+c")
format(2 ** 40, "c")
format(1, "abc")
format(1, ".")
format(1, "99999999999999999999")
"{}{1}".format(1, 2)
"{0".format(1)
"}".format()
"{0}{1}".format(1)
"{a}".format()
"{!x}".format(1)
"%d" % "a"
"%d %d" % (1,)
"%d" % (1, 2)
"%z" % 1
"%(a)s" % 1
"%c" % 1114112
"%x" % 1.5
'''
STRINGS = r'''
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("\r\x00\x7f\\"))
print(repr("é"), repr("日本"), repr(""), repr("\xa0\xad\x85"), repr("\u200b\U0001f600\ud800"), ascii("é日😀"))
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abcdef"[::-1], "abcdef"[-2:], "abcdef"[10:], "héllo"[1:3], "日本語"[::-1])
print(len("héllo"), len("😀😀"), "b" in "abc", "" in "abc", "abc" < "abd", "a" < "B", "é" > "z", "abc" == "abc", "a" * 3, 3 * "ab", "x" * 0, "x" * -2)
print([c for c in "hé😀"], list(reversed("abc")), sorted("cba"))
print("Hello World".lower(), "Hello World".upper(), "hello world".title(), "hELLO".swapcase(), "hello".capitalize(), "ß".upper(), "ΑΣ".lower(), "ßa".capitalize(), "ABC".casefold(), "ß".casefold(), "ﬁ".upper(), "İ".lower() == "i\u0307")
print("  a b  ".split(), "a,b,,c".split(","), "a,b,,c".split(",", 2), " a b ".rsplit(None, 1), "a,b,,c".rsplit(",", 2), "a b".split(maxsplit=0), "".split(), "".split(","))
print('a b  '.split(None, 1), '  a b'.rsplit(None, 1), ' a  b c '.split(None, 1), ' a b  c '.rsplit(None, 1), "abc".find("", 10), "abc".find("", 3), "abc".startswith("", 4), "abc".count("", 10), "ab" + "ab")
print("x\r\ny\rz\n".splitlines(), "x\r\ny\rz\n".splitlines(True), "a\u2028b".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "é".join(["a", "b"]))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("  hi  ".strip(), "  hi  ".lstrip(), "  hi  ".rstrip(), "xxhixx".strip("x"), "abc".strip("ac"), "\xa0hi\u3000".strip())
print("ab".center(6), "ab".center(5, "*"), "ab".ljust(5, "-"), "ab".rjust(5), "ab".rjust(1), "42".zfill(5), "-42".zfill(5), "+7".zfill(3))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "ab\n\tc".expandtabs(2))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "héllo".replace("l", "L"))
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".find("c", 3), "abc".find("x"), "abc".index("b"), "abcabc".count("bc"), "abc".count(""), "abc".find("", 10))
print("abc".startswith("ab"), "abc".startswith(("x", "a")), "abc".endswith("bc"), "abc".startswith("b", 1), "abc".endswith("a", 0, 1))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), " \t".isspace(), "".isspace(), "Ab Cd".istitle(), "abc".islower(), "ABC".isupper(), "A1".isupper(), "x_1".isidentifier(), "1x".isidentifier(), "é".isascii(), "".isprintable(), "\n".isprintable())
print("abc".translate({97: "X", 98: None}), str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")))
print("hé".encode(), "hé".encode("latin-1"), "€".encode("ascii", "replace"), b"h\xc3\xa9".decode(), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), str(b"hi", "ascii"))
print(b"abc", b"a'b", b'\x00\\\n', bytes(3), bytes([1, 2]), bytes("é", "utf-8"), b"abc"[1], b"abc"[-1:], 98 in b"abc", b"b" in b"abc", b"a" * 3, b"a" + b"b", list(b"ab"), len(b"abc"), b"ab" < b"b", hash(b"abc") == hash("abc"), b"abc".hex())
print(bytearray(b"ab"), bytearray(b"a") + b"b", bytearray(3), b"a" == bytearray(b"a"))
print(str(123), str(1.5), str("x"), str(b"x"), str(), int.__name__, float("1e16"))
'''
LOOP = r'''
s = ""
for i in range(5):
    s += str(i)
print(s, "x" + "y" + "z", "%s" % "abc")
'''
FORMATS = r'''
print(format(1234567, ","), format(-1234567, "_x"), format(255, "#010x"), format(255, "X"), format(5, "c"), format(1234, "n"), format(10, "%"), format(10, "e"), format(10, "08.3f"))
print(format(10, "=+8"), format(-10, "^8"), format(True, ""), format(True, "d"), format(12345678, "_o"), format(12345678, "_b"), format(-0, "+"), format(2 ** 70, ","))
print(format(1234567, "012,"), format(1234567, "012_x"), format(1, "+#012_x"), format(123, "=+10,"), format(1, "x^5"), format(1, "=^5"))
print(format(1.0, ""), format(1e16, ""), format(1.5, ".3"), format(1e16, ".3"), format(123456.0, ".3"), format(1.0, "g"), format(1e-5, ""), format(1.0, ".0"), format(0.0001, ".2"))
print(format(1234.5, ","), format(1234.5, "_.2f"), format(1234567.891, ",.2f"), format(1e300, ","), format(-0.0, "z"), format(-0.001, "z.1f"), format(float("nan"), "+"), format(float("inf"), "010"), format(float("-inf"), "=10"))
print(format(0.5, "%"), format(0.5, ".1%"), format(12.0, "#g"), format(12.0, "#.3g"), format(12.0, "#"), format(1e22, "f"), format(1.5, "n"), format(1234567.0, "n"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format("abc", "10"), format("abc", ">10"), format("abc", "*^10"), format("ab", "05"), format("abc", ".2s"), format("abc", "^7.2"), format("é", "^5"), format("x", ""))
print("{} {}".format(1, 2), "{1} {0}".format(1, 2), "{a}-{b}".format(a=1, b=2), "{0.real}".format(5), "{0[1]}".format([1, 2]), "{0[k]}".format({"k": "v"}), "{:>{w}}".format(1, w=4), "{0!r:>5}".format("a"), "{{}} {}".format(7), "{:{}}".format(1, 3))
print("%d items" % 5, "%s and %r" % ("a", "b"), "%5.2f|%-5d|%05d" % (3.14159, 42, 42), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%e %g %G" % (12345.678, 0.00001234, 1e20), "%c%c" % (65, "b"), "%%", "%(a)s=%(b)d" % {"a": "x", "b": 2})
print("%+d % d %.3d" % (5, 5, 5), "%*d|%-*d" % (5, 1, 5, 2), "%.*f" % (2, 3.14159), "%s" % [1, 2], "%s" % (1,), "%i %u" % (3.9, -2.1), "%10s|%-10s|" % ("a", "b"), "%.2s" % "abc")
x = 3.14159
n = 42
print(f"{x:.2f} {n:>5} {n:#x} {'s':^5} {x!r} {n=} {x:10.3e}")
'''
import os, subprocess, sys
def cstr(s):
    return 'R"PYX(' + s + ')PYX"'
def run(src):
    p = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True)
    out = p.stdout
    if p.returncode != 0:
        out += p.stderr.strip().splitlines()[-1] + '\n'
    return out
out = ['// numbers_text_cases.h: Python snippets and the output CPython 3.11 gives for them', '// (generated by running python3 on each snippet; errors show the last traceback line).', '#pragma once', 'namespace bastion::test {', 'struct ScriptCase { const char* source; const char* expected; };']
def block(name, srcs):
    out.append(f'inline const ScriptCase {name}[] = {{')
    for s in srcs:
        out.append(f'    {{{cstr(s)}, {cstr(run(s))}}},')
    out.append('};')
block('kNumberLines', [l for l in NUMBERS.strip().splitlines()])
block('kErrorLines', ['print(' + l + ')' for l in ERRORS.strip().splitlines()])
block('kStringLines', STRINGS.strip().splitlines())
block('kFormatLines', [FORMATS.strip(), LOOP.strip()])
out.append('} // namespace bastion::test')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'numbers_text_cases.h'), 'w').write('\n'.join(out) + '\n')

# base64: b64 (standard, altchars, urlsafe, validate), b32/b32hex, b16, a85/b85,
# encodebytes/decodebytes, encode/decode over files; inputs and error messages.
import base64, binascii, io, array

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)),
           b"\xff\xfe\xfd\x00\x01", b"hello world" * 7]

for s in samples:
    print(repr(s[:20]), len(s))
    for enc, dec in ((base64.b64encode, base64.b64decode),
                     (base64.standard_b64encode, base64.standard_b64decode),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode),
                     (base64.a85encode, base64.a85decode),
                     (base64.b85encode, base64.b85decode),
                     (base64.encodebytes, base64.decodebytes)):
        e = enc(s)
        print("  %-18s %r %s" % (enc.__name__, e[:90], dec(e) == s))

# bytes-like inputs and ASCII str for decoders
print(base64.b64encode(bytearray(b"abc")), base64.b64encode(memoryview(b"abcd")),
      base64.b64encode(array.array("B", [1, 2, 3])))
print(base64.b64decode("YWJj"), base64.b64decode(bytearray(b"YWJj")), base64.b32decode("MFRGG==="),
      base64.b16decode("616263"), base64.b85decode("VPazd"), base64.a85decode("@:E_W"))
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.b64decode(b"-__-", altchars=b"-_"),
      base64.b64decode("+//+"), base64.urlsafe_b64decode("-__-"), base64.urlsafe_b64decode("+//+"))

# lenient decoding, padding rules
for text in [b"YWJj", b"YW Jj\n", b"YWJ", b"YW=", b"YW==", b"YWI=", b"YWI=YWJj", b"Y", b"YWJjZ",
             b"!!YW@@Jj", b"YW==Jj", b"====", b"", b"YQ", b"YQ=", b"YQ==", b"YQ===", b"Y=Q==",
             b"YWJjZA=", b"YWJjZA==\n\n"]:
    for validate in (False, True):
        try:
            r = base64.b64decode(text, validate=validate)
        except binascii.Error as e:
            r = "binascii.Error: %s" % e
        print(text, validate, r)
for text in [b"YWJj", b"YW=", b"YWI=YWJj", b"=YWJj", b"YW@Jj", b"YWI==", b"YW=Jj", b"Y"]:
    try:
        r = binascii.a2b_base64(text, strict_mode=True)
    except binascii.Error as e:
        r = "binascii.Error: %s" % e
    print("strict", text, r)

# errors
def attempt(fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        print(fn.__name__, "->", r)
    except Exception as e:
        print(fn.__name__, type(e).__name__ + ":", e)

attempt(base64.b64encode, "text")
attempt(base64.b64encode, 12)
attempt(base64.b64decode, 12)
attempt(base64.b64decode, "caf\xe9")
attempt(base64.b64encode, b"x", altchars=b"-")
attempt(base64.b32encode, "text")
attempt(base64.b32decode, b"MFRGG")
attempt(base64.b32decode, b"MFRGG1==")
attempt(base64.b32decode, b"mfrgg===")
attempt(base64.b32decode, b"mfrgg===", casefold=True)
attempt(base64.b32decode, b"M0RGG===")
attempt(base64.b32decode, b"MF1GG===", map01=b"L")
attempt(base64.b32decode, b"MF1GG===", map01=b"I")
attempt(base64.b32decode, b"MFRGG=======")
attempt(base64.b32decode, b"MFR=====")
attempt(base64.b32decode, b"========")
attempt(base64.b32hexdecode, b"c5h66===")
attempt(base64.b32hexdecode, b"c5h66===", casefold=True)
attempt(base64.b16decode, b"abcd")
attempt(base64.b16decode, b"abcd", casefold=True)
attempt(base64.b16decode, b"ABC")
attempt(base64.b16decode, b"AG")
attempt(base64.b85decode, b"VPa\x7f")
attempt(base64.b85decode, b"|NsC0|NsC0")
attempt(base64.b85decode, b"~~~~~")
attempt(base64.a85decode, b"s8W-\"s8W-!")
attempt(base64.a85decode, b"uuuuu")
attempt(base64.a85decode, b"ab z")
attempt(base64.a85decode, b"abcdz")
attempt(base64.a85decode, b"ab\x80")
attempt(base64.a85decode, b"<~@:E_W~>", adobe=True)
attempt(base64.a85decode, b"@:E_W~>", adobe=True)
attempt(base64.a85decode, b"<~@:E_W", adobe=True)
attempt(base64.a85decode, b"y", foldspaces=True)
attempt(base64.a85decode, b"ay", foldspaces=True)
attempt(base64.a85decode, b"@:E _W\n")
attempt(base64.a85decode, b"@:E _W\n", ignorechars=b"")
attempt(base64.encodebytes, "text")
attempt(base64.encodebytes, array.array("i", [1]))
attempt(base64.decodebytes, "YWJj")

# Ascii85 options
data = b"    " * 3 + b"\0\0\0\0" + b"Man is distinguished, not only by his reason" + b"\0\0"
for kwargs in ({}, {"foldspaces": True}, {"pad": True}, {"adobe": True},
               {"wrapcol": 10}, {"wrapcol": 7, "adobe": True}, {"wrapcol": 1, "adobe": True},
               {"foldspaces": True, "wrapcol": 20, "adobe": True, "pad": True}):
    e = base64.a85encode(data, **kwargs)
    print(kwargs, e, base64.a85decode(e, foldspaces=kwargs.get("foldspaces", False),
                                      adobe=kwargs.get("adobe", False)) == data + (b"\0\0" if kwargs.get("pad") else b""))
print(base64.a85encode(b"", adobe=True, wrapcol=3), base64.a85encode(b"\0"), base64.a85encode(b"\0\0\0\0\0"))
print(base64.b85encode(b"\0\0\0\0\0", pad=True), base64.b85encode(b"abcde", pad=True))

# file interfaces
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types, len(base64.__all__))

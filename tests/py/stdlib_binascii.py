# binascii (the part base64 needs): base64 lines, hex with separators, CRCs, errors.
import binascii, array

print(binascii.Error.__mro__[1].__name__, binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))
for data in (b"", b"a", b"ab", b"abc", bytes(range(40)), bytearray(b"xyz"), memoryview(b"mv")):
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False),
          binascii.hexlify(data), binascii.b2a_hex(data), binascii.crc32(data),
          binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2),
      binascii.hexlify(b"\x01\x02\x03\x04\x05", "_", -2), binascii.b2a_hex(b"\xff\x00", sep=" "))
for text in ("00ff10", b"ABCdef", bytearray(b"0a"), "", "abc", "zz", " 0a", "0x", "é0"):
    for fn in (binascii.unhexlify, binascii.a2b_hex):
        try:
            print(fn.__name__, repr(text), fn(text))
        except (binascii.Error, ValueError) as e:
            print(fn.__name__, repr(text), type(e).__name__, e)
crc = 0
for chunk in (b"The quick ", b"brown fox ", b"jumps over the lazy dog"):
    crc = binascii.crc32(chunk, crc)
print(crc, binascii.crc32(b"The quick brown fox jumps over the lazy dog"),
      binascii.crc32(b"abc", 2 ** 40 + 5), binascii.crc32(b"abc", -1))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0x1d0f))
for bad in ("str", 5, None, [1]):
    for fn in (binascii.b2a_base64, binascii.hexlify, binascii.crc32):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
    try:
        binascii.a2b_base64(bad)
    except (TypeError, ValueError) as e:
        print("a2b_base64", type(e).__name__, e)
print(binascii.a2b_base64("YWJj\n"), binascii.a2b_base64(array.array("B", b"YWJj")))

# chr, ord, divmod, round.
print(chr(65), chr(97), chr(48), chr(9731), chr(233), chr(0x1F600) == "\U0001F600")
print(ord("A"), ord("a"), ord(" "), ord("é"), ord("☃"), ord("\n"))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 7), divmod(7.5, 2))
print(round(3.7), round(-3.7), round(0.125, 2), round(2.5), round(3.5), round(1.23456, 3))
shift = 3
msg = "attack at dawn"
enc = ""
for c in msg:
    if "a" <= c <= "z":
        enc += chr((ord(c) - ord("a") + shift) % 26 + ord("a"))
    else:
        enc += c
print(enc)
q, r = divmod(1234, 60)
print(f"{q}m {r}s")

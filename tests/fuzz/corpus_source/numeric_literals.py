# Numeric literal forms the tokenizer must read.
print(0, 00, 0_0, 1_2_3, 0x1F, 0X1f, 0o755, 0O12, 0b1011, 0B11)
print(1.0, 1., .5, 1e3, 1E-3, 1_000.000_1, 3.14e+2, 0e0, 1_0e1_0)
print(0.1e-1, 12345678901234567890e-20, 9007199254740993.0)
print(type(1e3).__name__, type(0x10).__name__, type(10 / 5).__name__)

# Literal forms: triple quotes, raw strings, escapes, implicit concatenation, continuation.
block = """line one
line two
    indented"""
print(block)
print(len(block.split("\n")))
single = '''it's "quoted"'''
print(single)
print(r"raw \n stays", r"C:\path\to", len(r"\t"))
print("escapes: [\t] [\\] [\'] [\"] [\x41] [\101] [\u00e9]")
joined = ("implicit "
          "concatenation "
          'across lines')
print(joined)
total = 1 + \
        2 + \
        3
print(total)
print("""\
starts without newline""")
empty = """"""
print(repr(empty), repr(''''''), "a" "" "b")
print(f"""triple {total} f-string""", rf"raw f {total}\n")

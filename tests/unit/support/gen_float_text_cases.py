# Regenerates float_text_cases.h and bigint_cases.h from CPython 3.11 (python3).
# Usage: python3 gen_float_text_cases.py
import os, random, struct
random.seed(11)
def cstr(s): 
    return '"' + s.replace('\\','\\\\').replace('"','\\"').replace('\n','\\n').replace('\t','\\t') + '"'
def hexd(v): return 'std::bit_cast<double>(uint64_t{0x%016x})' % struct.unpack('<Q', struct.pack('<d', v))[0]
vals = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.0001234, 123456789012345678.0,
        1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2.675, 1e100, 1e-100, 3.141592653589793, 100.0, 1234.5, 0.5, 2.5,
        float('inf'), float('-inf'), 4.35, 8.41e21, 1e21, 123.456, 9.999999999999999e22, 2**53, 2**53+2, 2**63, 0.1+0.2]
for _ in range(60):
    vals.append(struct.unpack('d', struct.pack('Q', random.getrandbits(64)))[0])
    vals.append(random.random() * 10 ** random.randint(-25, 25))
vals = [float(v) for v in vals if v == v]
lines = []
lines.append('// Generated from CPython 3.11 (python3): repr(v) and format(v, spec) of doubles.')
lines.append('struct ReprCase { double value; const char* repr; };')
lines.append('inline const ReprCase kReprCases[] = {')
for v in vals: lines.append(f'    {{{hexd(v)}, {cstr(repr(v))}}},')
lines.append('};')
lines.append('struct FormatCase { double value; char code; int precision; unsigned flags; const char* text; };')
lines.append('inline const FormatCase kFormatCases[] = {')
for v in vals[:60]:
    for code in 'eEfgG':
        for p in (0, 1, 6, 17):
            if code == 'f' and abs(v) > 1e30: continue
            lines.append(f'    {{{hexd(v)}, \'{code}\', {p}, 0, {cstr(format(v, "."+str(p)+code))}}},')
            lines.append(f'    {{{hexd(v)}, \'{code}\', {p}, 4, {cstr(format(v, "#."+str(p)+code))}}},')
            lines.append(f'    {{{hexd(v)}, \'{code}\', {p}, 1, {cstr(format(v, "+."+str(p)+code))}}},')
lines.append('};')
lines.append('struct HashCase { double value; int64_t hash; };')
lines.append('inline const HashCase kHashCases[] = {')
for v in vals: lines.append(f'    {{{hexd(v)}, {hash(v)}LL}},')
lines.append('};')
parse = ['1_000.5', '1__0', '_1', '1_', ' 12 ', 'inF', '-Infinity', 'nan', '+nan', '1e500', '-1e-500', '.5', '5.', '.', 'e5', '1e', '1e+5', '0x10', '1.5e-3_0',
         '  -0.0  ', '++1', '1.2.3', '1e5_0', '12abc', '0001.000100e001', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
         '1.7976931348623158e308', '1.7976931348623159e308', 'infinity', 'infinit', '1_2_3.4_5e1_0', '', ' ', '\t3.5\n', '1e-5', '0.1', '1.', '-.5e-2']
lines.append('struct ParseCase { const char* text; bool ok; double value; };')
lines.append('inline const ParseCase kParseCases[] = {')
for s in parse:
    try:
        v = float(s); lines.append(f'    {{{cstr(s)}, true, {hexd(v) if v == v else "std::numeric_limits<double>::quiet_NaN()"}}},')
    except ValueError: lines.append(f'    {{{cstr(s)}, false, 0.0}},')
lines.append('};')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'float_text_cases.h'),'w').write('// float_text_cases.h: tables for float_text_test.cpp, generated with CPython 3.11.\n#pragma once\n#include <bit>\n#include <cstdint>\n#include <limits>\nnamespace bastion::test {\n' + '\n'.join(lines) + '\n} // namespace bastion::test\n')

# bigint cases
ints = [0, 1, -1, 7, -7, 2**63, -2**63, 2**64, -2**64, 2**64-1, 2**62, -(2**62), 10**40+7, -(10**40)-3, 3**200, -(5**150), 2**1100, 12345678901234567890123]
for _ in range(40): ints.append(random.getrandbits(random.randint(1, 300)) * random.choice([1,-1]))
lines = ['struct BigCase { const char* a; const char* b; const char* sum; const char* diff; const char* prod; const char* quot; const char* rem;',
         '                 const char* band; const char* bor; const char* bxor; const char* hex_a; const char* truediv; int64_t hash_a; };',
         'inline const BigCase kBigCases[] = {']
for a in ints:
    for b in random.sample(ints, 3):
        if b == 0: continue
        try: td = repr(a/b)
        except OverflowError: td = 'OVF'
        lines.append(f'    {{"{a}", "{b}", "{a+b}", "{a-b}", "{a*b}", "{a//b}", "{a%b}", "{a&b}", "{a|b}", "{a^b}", "{a:x}", "{td}", {hash(a)}LL}},')
lines.append('};')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bigint_cases.h'),'w').write('// bigint_cases.h: tables for bigint_test.cpp, generated with CPython 3.11.\n#pragma once\n#include <cstdint>\nnamespace bastion::test {\n' + '\n'.join(lines) + '\n} // namespace bastion::test\n')

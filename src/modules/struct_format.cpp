// struct_format.cpp: the `struct` format language and item codec (CPython 3.11
// Modules/_struct.c): the byte order prefix, repeat counts and whitespace, the native
// (x86-64 Linux: sizes and alignment of the C types) and standard size tables, checked size
// arithmetic ("total struct size too long" instead of an overflow), and packing/unpacking of
// one item with the conversions and messages CPython gives for each byte order. On this
// little-endian machine CPython packs '<' and '=' items of the same size as the native ones
// with the native routines, so their messages are the native ones ("short format requires
// ..."), while '>' and '!' use the big-endian routines ("'h' format requires ...").
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "modules/struct_internal.h"
#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

struct FormatDef {
    char code;
    uint8_t size;
    uint8_t align; // native mode only
};

constexpr FormatDef kNative[] = {
    {'x', 1, 1}, {'b', 1, 1}, {'B', 1, 1}, {'c', 1, 1}, {'s', 1, 1}, {'p', 1, 1}, {'h', 2, 2},
    {'H', 2, 2}, {'i', 4, 4}, {'I', 4, 4}, {'l', 8, 8}, {'L', 8, 8}, {'q', 8, 8}, {'Q', 8, 8},
    {'n', 8, 8}, {'N', 8, 8}, {'?', 1, 1}, {'e', 2, 2}, {'f', 4, 4}, {'d', 8, 8}, {'P', 8, 8},
};
constexpr FormatDef kStandard[] = {
    {'x', 1, 1}, {'b', 1, 1}, {'B', 1, 1}, {'c', 1, 1}, {'s', 1, 1}, {'p', 1, 1}, {'h', 2, 1},
    {'H', 2, 1}, {'i', 4, 1}, {'I', 4, 1}, {'l', 4, 1}, {'L', 4, 1}, {'q', 8, 1}, {'Q', 8, 1},
    {'?', 1, 1}, {'e', 2, 1}, {'f', 4, 1}, {'d', 8, 1},
};

const FormatDef* find_def(StructOrder order, char c) {
    if (order == StructOrder::Native) {
        for (const FormatDef& d : kNative)
            if (d.code == c)
                return &d;
        return nullptr;
    }
    for (const FormatDef& d : kStandard)
        if (d.code == c)
            return &d;
    return nullptr;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Raised too_long(Interpreter& interp, Type* error) { return interp.raise(error, "total struct size too long"); }

// --- integers ------------------------------------------------------------------------------

// CPython get_pylong: an int as is, else __index__, else struct.error.
Result<Ref> get_pylong(Interpreter& interp, Type* error, Value v) {
    if (is_int(interp, v))
        return Ref::borrow(v);
    if (type_of(interp, v)->number.index == nullptr)
        return interp.raise(error, "required argument is not an integer");
    return index(interp, v);
}

// The magnitude of a non-negative int when it fits 64 bits.
bool int_to_u64(Value v, uint64_t* out) {
    int64_t s = 0;
    if (int_to_i64(v, &s)) {
        if (s < 0)
            return false;
        *out = static_cast<uint64_t>(s);
        return true;
    }
    if (!v.is_obj())
        return false;
    auto* io = static_cast<IntObject*>(v.obj());
    if (io->negative || io->nlimbs > 1)
        return false;
    *out = io->nlimbs == 0 ? 0 : io->limbs()[0];
    return true;
}

// CPython get_long / get_longlong / get_ssize_t (C long is 64 bits here).
Result<int64_t> get_long(Interpreter& interp, Type* error, Value v) {
    BASTION_TRY_ASSIGN(Ref n, get_pylong(interp, error, v));
    int64_t x = 0;
    if (!int_to_i64(n, &x))
        return interp.raise(error, "argument out of range");
    return x;
}

// CPython get_ulong / get_ulonglong / get_size_t.
Result<uint64_t> get_ulong(Interpreter& interp, Type* error, Value v) {
    BASTION_TRY_ASSIGN(Ref n, get_pylong(interp, error, v));
    uint64_t x = 0;
    if (!int_to_u64(n, &x))
        return interp.raise(error, "argument out of range");
    return x;
}

// An OverflowError from a pack routine; CPython turns it into struct.error "int too large to
// convert" when the packed value is an int.
Raised overflow(Interpreter& interp, Type* error, Value v, std::string_view message) {
    if (is_int(interp, v))
        return interp.raise(error, "int too large to convert");
    return interp.raise(interp.exc.OverflowError, message);
}

Raised range_signed(Interpreter& interp, Type* error, char code, int size) {
    int64_t largest = static_cast<int64_t>((~uint64_t{0} >> ((8 - size) * 8)) >> 1);
    return interp.raise_fmt(error, "'{}' format requires {} <= number <= {}", code, ~largest, largest);
}
Raised range_unsigned(Interpreter& interp, Type* error, char code, int size) {
    return interp.raise_fmt(error, "'{}' format requires 0 <= number <= {}", code, ~uint64_t{0} >> ((8 - size) * 8));
}

void store(uint8_t* dst, uint64_t bits, int size, bool little) {
    for (int i = 0; i < size; ++i) {
        int shift = little ? i : size - 1 - i;
        dst[i] = static_cast<uint8_t>(bits >> (8 * shift));
    }
}
uint64_t load(const uint8_t* src, int size, bool little) {
    uint64_t bits = 0;
    for (int i = 0; i < size; ++i) {
        int shift = little ? i : size - 1 - i;
        bits |= static_cast<uint64_t>(src[i]) << (8 * shift);
    }
    return bits;
}

// Native and little-endian integer items (CPython's np_* routines, and lp_int/lp_uint for
// the 4-byte standard 'l'/'L').
Status pack_native_int(Interpreter& interp, Type* error, StructOrder order, char code, Value v, uint8_t* dst) {
    bool native = order == StructOrder::Native;
    switch (code) {
    case 'h': {
        BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
        if (x < -32768 || x > 32767)
            return interp.raise(error, "short format requires -32768 <= number <= 32767");
        store(dst, static_cast<uint64_t>(x), 2, true);
        return {};
    }
    case 'H': {
        BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
        if (x < 0 || x > 65535)
            return interp.raise(error, "ushort format requires 0 <= number <= 65535");
        store(dst, static_cast<uint64_t>(x), 2, true);
        return {};
    }
    case 'i':
    case 'l': {
        if (code == 'l' && native) {
            BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
            store(dst, static_cast<uint64_t>(x), 8, true);
            return {};
        }
        BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
        if (x < INT32_MIN || x > INT32_MAX)
            return range_signed(interp, error, code, 4);
        store(dst, static_cast<uint64_t>(x), 4, true);
        return {};
    }
    case 'I':
    case 'L': {
        BASTION_TRY_ASSIGN(uint64_t x, get_ulong(interp, error, v));
        if (code == 'L' && native) {
            store(dst, x, 8, true);
            return {};
        }
        if (x > UINT32_MAX)
            return range_unsigned(interp, error, code, 4);
        store(dst, x, 4, true);
        return {};
    }
    case 'q':
    case 'n': {
        BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
        store(dst, static_cast<uint64_t>(x), 8, true);
        return {};
    }
    case 'Q':
    case 'N': {
        BASTION_TRY_ASSIGN(uint64_t x, get_ulong(interp, error, v));
        store(dst, x, 8, true);
        return {};
    }
    case 'P': { // PyLong_AsVoidPtr: C long for negatives, unsigned long otherwise
        BASTION_TRY_ASSIGN(Ref n, get_pylong(interp, error, v));
        uint64_t u = 0;
        if (int_sign(n) < 0) {
            int64_t s = 0;
            if (!int_to_i64(n, &s))
                return overflow(interp, error, v, "Python int too large to convert to C long");
            u = static_cast<uint64_t>(s);
        } else if (!int_to_u64(n, &u)) {
            return overflow(interp, error, v, "Python int too large to convert to C unsigned long");
        }
        store(dst, u, 8, true);
        return {};
    }
    default:
        break;
    }
    return interp.raise(interp.exc.SystemError, "struct: bad integer format");
}

// Big-endian integer items (CPython bp_int / bp_uint / bp_longlong / bp_ulonglong).
Status pack_big_int(Interpreter& interp, Type* error, char code, int size, Value v, uint8_t* dst) {
    switch (code) {
    case 'h':
    case 'i':
    case 'l': {
        BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
        int64_t largest = size == 2 ? 32767 : INT32_MAX;
        if (x < -largest - 1 || x > largest)
            return range_signed(interp, error, code, size);
        store(dst, static_cast<uint64_t>(x), size, false);
        return {};
    }
    case 'H':
    case 'I':
    case 'L': {
        BASTION_TRY_ASSIGN(uint64_t x, get_ulong(interp, error, v));
        if (x >> (8 * size) != 0)
            return range_unsigned(interp, error, code, size);
        store(dst, x, size, false);
        return {};
    }
    case 'q': {
        BASTION_TRY_ASSIGN(Ref n, get_pylong(interp, error, v));
        int64_t x = 0;
        if (!int_to_i64(n, &x))
            return overflow(interp, error, v, "int too big to convert");
        store(dst, static_cast<uint64_t>(x), 8, false);
        return {};
    }
    case 'Q': {
        BASTION_TRY_ASSIGN(Ref n, get_pylong(interp, error, v));
        if (int_sign(n) < 0)
            return overflow(interp, error, v, "can't convert negative int to unsigned");
        uint64_t x = 0;
        if (!int_to_u64(n, &x))
            return overflow(interp, error, v, "int too big to convert");
        store(dst, x, 8, false);
        return {};
    }
    default:
        break;
    }
    return interp.raise(interp.exc.SystemError, "struct: bad integer format");
}

// PyFloat_AsDouble with every failure reported as struct.error (as CPython's pack routines
// do); MemoryError and BaseExceptions that are not Exceptions (StepLimitExceeded) pass.
Result<double> get_double(Interpreter& interp, Type* error, Value v) {
    Result<double> d = float_as_double(interp, v);
    if (d.ok())
        return d.value();
    Raised r = d.take_error();
    if (!raised_matches(r, interp.exc.Exception) || raised_matches(r, interp.exc.MemoryError))
        return r;
    return interp.raise(error, "required argument is not a float");
}

} // namespace

// --- the format ----------------------------------------------------------------------------

StructParser::StructParser(std::string_view format) : m_fmt(format) {
    if (!m_fmt.empty()) {
        switch (m_fmt[0]) {
        case '@':
            m_pos = 1;
            break;
        case '=':
        case '<':
            m_order = StructOrder::Little;
            m_pos = 1;
            break;
        case '>':
        case '!':
            m_order = StructOrder::Big;
            m_pos = 1;
            break;
        default:
            break;
        }
    }
}

Result<bool> StructParser::next(Interpreter& interp, Type* error, StructGroup* out) {
    while (m_pos < m_fmt.size()) {
        char c = m_fmt[m_pos++];
        if (is_space(c))
            continue;
        int64_t num = 1;
        if (is_digit(c)) {
            num = c - '0';
            for (;;) {
                if (m_pos >= m_fmt.size())
                    return interp.raise(error, "repeat count given without format specifier");
                c = m_fmt[m_pos++];
                if (!is_digit(c))
                    break;
                if (num >= kMax / 10 && (num > kMax / 10 || (c - '0') > kMax % 10))
                    return too_long(interp, error);
                num = num * 10 + (c - '0');
            }
        }
        const FormatDef* def = find_def(m_order, c);
        if (def == nullptr)
            return interp.raise(error, "bad char in struct format");
        if (m_order == StructOrder::Native && def->align > 1 && m_size > 0) {
            int64_t extra = (def->align - 1) - (m_size - 1) % def->align;
            if (extra > kMax - m_size)
                return too_long(interp, error);
            m_size += extra;
        }
        if (num > (kMax - m_size) / def->size)
            return too_long(interp, error);
        int64_t offset = m_size;
        m_size += num * def->size;
        if (c == 'x' || (num == 0 && c != 's' && c != 'p'))
            continue;
        out->code = c;
        out->count = num;
        out->offset = offset;
        out->itemsize = def->size;
        return true;
    }
    return false;
}

Result<StructLayout> struct_layout(Interpreter& interp, Type* error, std::string_view format) {
    StructParser parser(format);
    StructLayout layout;
    layout.order = parser.order();
    StructGroup g;
    for (;;) {
        BASTION_TRY_ASSIGN(bool more, parser.next(interp, error, &g));
        if (!more)
            break;
        layout.nitems += (g.code == 's' || g.code == 'p') ? 1 : g.count; // count <= size: no overflow
    }
    layout.size = parser.size();
    return layout;
}

// --- items ---------------------------------------------------------------------------------

Status struct_pack_item(Interpreter& interp, Type* error, StructOrder order, char code, Value v, uint8_t* dst) {
    bool little = order != StructOrder::Big;
    switch (code) {
    case 'b': {
        BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
        if (x < -128 || x > 127)
            return interp.raise(error, "byte format requires -128 <= number <= 127");
        dst[0] = static_cast<uint8_t>(x);
        return {};
    }
    case 'B': {
        BASTION_TRY_ASSIGN(int64_t x, get_long(interp, error, v));
        if (x < 0 || x > 255)
            return interp.raise(error, "ubyte format requires 0 <= number <= 255");
        dst[0] = static_cast<uint8_t>(x);
        return {};
    }
    case 'c': {
        if (!is_bytes(interp, v) || static_cast<BytesObject*>(v.obj())->size != 1)
            return interp.raise(error, "char format requires a bytes object of length 1");
        dst[0] = static_cast<BytesObject*>(v.obj())->data()[0];
        return {};
    }
    case '?': {
        BASTION_TRY_ASSIGN(bool b, is_true(interp, v));
        dst[0] = b ? 1 : 0;
        return {};
    }
    case 'e': {
        BASTION_TRY_ASSIGN(double x, get_double(interp, error, v));
        Status s = struct_pack_half(interp, x, dst, little);
        if (!s.ok() && is_int(interp, v)) // an OverflowError
            return interp.raise(error, "int too large to convert");
        return s;
    }
    case 'f': {
        BASTION_TRY_ASSIGN(double x, get_double(interp, error, v));
        auto y = static_cast<float>(x);
        if (order != StructOrder::Native && std::isinf(y) && !std::isinf(x))
            return overflow(interp, error, v, "float too large to pack with f format");
        store(dst, std::bit_cast<uint32_t>(y), 4, little);
        return {};
    }
    case 'd': {
        BASTION_TRY_ASSIGN(double x, get_double(interp, error, v));
        store(dst, std::bit_cast<uint64_t>(x), 8, little);
        return {};
    }
    default:
        break;
    }
    if (order == StructOrder::Big) {
        const FormatDef* def = find_def(order, code);
        BASTION_CHECK(def != nullptr);
        return pack_big_int(interp, error, code, def->size, v, dst);
    }
    return pack_native_int(interp, error, order, code, v, dst);
}

Result<Ref> struct_unpack_item(Interpreter& interp, StructOrder order, char code, const uint8_t* src) {
    const FormatDef* def = find_def(order, code);
    BASTION_CHECK(def != nullptr);
    bool little = order != StructOrder::Big;
    int size = def->size;
    switch (code) {
    case 'c': {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, std::span<const uint8_t>(src, 1)));
        return Ref(std::move(b));
    }
    case '?':
        return interp.new_bool(src[0] != 0);
    case 'e':
        return float_from_double(interp, struct_unpack_half(src, little));
    case 'f':
        return float_from_double(interp, static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(load(src, 4, little)))));
    case 'd':
        return float_from_double(interp, std::bit_cast<double>(load(src, 8, little)));
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n': {
        uint64_t bits = load(src, size, little);
        if (size < 8) {
            uint64_t sign = uint64_t{1} << (8 * size - 1);
            bits = (bits ^ sign) - sign; // sign-extend
        }
        return int_from_i64(interp, static_cast<int64_t>(bits));
    }
    default: // B H I L Q N P
        return int_from_u64(interp, load(src, size, little));
    }
}

// --- half floats (CPython PyFloat_Pack2 / PyFloat_Unpack2) -----------------------------------

Status struct_pack_half(Interpreter& interp, double x, uint8_t* dst, bool little_endian) {
    unsigned sign = 0;
    int e = 0;
    unsigned bits = 0;
    if (x == 0.0) {
        sign = std::signbit(x) ? 1 : 0;
    } else if (std::isinf(x)) {
        sign = x < 0.0 ? 1 : 0;
        e = 0x1f;
    } else if (std::isnan(x)) {
        sign = std::signbit(x) ? 1 : 0;
        e = 0x1f;
        bits = 512;
    } else {
        sign = x < 0.0 ? 1 : 0;
        if (sign)
            x = -x;
        double f = std::frexp(x, &e);
        f *= 2.0; // [1.0, 2.0)
        e--;
        if (e >= 16)
            return interp.raise(interp.exc.OverflowError, "float too large to pack with e format");
        if (e < -25) { // underflow to zero
            f = 0.0;
            e = 0;
        } else if (e < -14) { // gradual underflow
            f = std::ldexp(f, 14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = static_cast<unsigned>(f); // truncation
        if ((f - bits > 0.5) || ((f - bits == 0.5) && (bits % 2 == 1))) { // round half to even
            ++bits;
            if (bits == 1024) {
                bits = 0;
                ++e;
                if (e == 31)
                    return interp.raise(interp.exc.OverflowError, "float too large to pack with e format");
            }
        }
    }
    store(dst, bits | (static_cast<unsigned>(e) << 10) | (sign << 15), 2, little_endian);
    return {};
}

double struct_unpack_half(const uint8_t* src, bool little_endian) {
    auto h = static_cast<unsigned>(load(src, 2, little_endian));
    bool sign = (h >> 15) & 1;
    int e = static_cast<int>((h >> 10) & 0x1f);
    unsigned f = h & 0x3ff;
    if (e == 0x1f) {
        if (f == 0)
            return sign ? -HUGE_VAL : HUGE_VAL;
        return sign ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
    }
    double x = static_cast<double>(f) / 1024.0;
    if (e == 0) {
        e = -14;
    } else {
        x += 1.0;
        e -= 15;
    }
    x = std::ldexp(x, e);
    return sign ? -x : x;
}

} // namespace bastion

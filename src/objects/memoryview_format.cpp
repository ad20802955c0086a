// memoryview_format.cpp: sizes, packing and unpacking of memoryview items for the native
// single-character formats (CPython: Objects/memoryobject.c, unpack_single/pack_single).
// Items are copied with memcpy, so unaligned views are fine.
#include "objects/memoryview_format.h"

#include <cstring>
#include <limits>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/bytes_util.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "vm/interpreter.h"

namespace bastion {

int64_t mv_format_itemsize(std::string_view format) {
    if (format.size() == 2 && format[0] == '@')
        format.remove_prefix(1);
    if (format.size() != 1)
        return 0;
    switch (format[0]) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

char mv_format_char(std::string_view format) { return format.empty() ? 'B' : format.back(); }

namespace {

template <typename T>
T load(const uint8_t* p) {
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

template <typename T>
void store(uint8_t* p, T v) {
    std::memcpy(p, &v, sizeof(T));
}

bool is_signed_format(char f) { return f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n'; }

Raised type_error(Interpreter& interp, char fmt) {
    return interp.raise_fmt(interp.exc.TypeError, "memoryview: invalid type for format '{}'", fmt);
}
Raised value_error(Interpreter& interp, char fmt) {
    return interp.raise_fmt(interp.exc.ValueError, "memoryview: invalid value for format '{}'", fmt);
}

bool raised_is(Raised& r, Type* t) { return r.exception.get().is_obj() && is_subtype(r.exception.obj()->type, t); }

// CPython's fix_error_int: TypeError -> invalid type, OverflowError/ValueError -> invalid value.
Raised fix_error(Interpreter& interp, char fmt, Raised r) {
    if (raised_is(r, interp.exc.TypeError))
        return type_error(interp, fmt);
    if (raised_is(r, interp.exc.OverflowError) || raised_is(r, interp.exc.ValueError))
        return value_error(interp, fmt);
    return r;
}

// An integer item: its value as a 128-bit integer, or false when out of [lo, hi].
Result<bool> int_in_range(Interpreter& interp, char fmt, Value v, __int128 lo, __int128 hi, __int128* out) {
    if (!is_int(interp, v) && type_of(interp, v)->number.index == nullptr)
        return type_error(interp, fmt);
    Result<Ref> r = index(interp, v);
    if (!r)
        return fix_error(interp, fmt, r.take_error());
    Value i = r.value().get();
    int64_t small = 0;
    __int128 x = 0;
    if (int_to_i64(i, &small)) {
        x = small;
    } else {
        auto* big = static_cast<IntObject*>(i.obj());
        if (big->negative || big->nlimbs != 1)
            return false;
        x = static_cast<__int128>(big->limbs()[0]);
    }
    if (x < lo || x > hi)
        return false;
    *out = x;
    return true;
}

} // namespace

Result<Ref> mv_unpack(Interpreter& interp, char fmt, const uint8_t* p) {
    switch (fmt) {
    case 'B': return Ref::small_int(p[0]);
    case 'b': return Ref::small_int(static_cast<int8_t>(p[0]));
    case 'c': {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, std::span<const uint8_t>(p, 1)));
        return std::move(b).into_ref();
    }
    case '?': return interp.new_bool(p[0] != 0);
    case 'h': return Ref::small_int(load<int16_t>(p));
    case 'H': return Ref::small_int(load<uint16_t>(p));
    case 'i': return Ref::small_int(load<int32_t>(p));
    case 'I': return Ref::small_int(load<uint32_t>(p));
    case 'l': case 'q': case 'n': return int_from_i64(interp, load<int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': return int_from_u64(interp, load<uint64_t>(p));
    case 'f': return float_from_double(interp, load<float>(p));
    case 'd': return float_from_double(interp, load<double>(p));
    default: return interp.raise_fmt(interp.exc.NotImplementedError, "memoryview: format {} not supported", fmt);
    }
}

Status mv_pack(Interpreter& interp, char fmt, Value v, uint8_t* out) {
    switch (fmt) {
    case 'c': {
        if (!is_bytes(interp, v))
            return type_error(interp, fmt);
        std::span<const uint8_t> b = bytes_like_view(v);
        if (b.size() != 1)
            return value_error(interp, fmt);
        out[0] = b[0];
        return {};
    }
    case '?': {
        BASTION_TRY_ASSIGN(bool t, is_true(interp, v));
        out[0] = t ? 1 : 0;
        return {};
    }
    case 'f': case 'd': {
        Result<double> r = float_as_double(interp, v);
        if (!r)
            return fix_error(interp, fmt, r.take_error());
        if (fmt == 'f')
            store(out, static_cast<float>(r.value())); // C's conversion: out of range gives inf, as CPython
        else
            store(out, r.value());
        return {};
    }
    case 'P': {
        // PyLong_AsVoidPtr: any value of a C long or unsigned long.
        __int128 x = 0;
        BASTION_TRY_ASSIGN(bool ok, int_in_range(interp, fmt, v, std::numeric_limits<int64_t>::min(),
                                                 std::numeric_limits<uint64_t>::max(), &x));
        if (!ok)
            return value_error(interp, fmt);
        store(out, static_cast<uint64_t>(x));
        return {};
    }
    default: break;
    }
    int64_t size = mv_format_itemsize(std::string_view(&fmt, 1));
    if (size == 0)
        return interp.raise_fmt(interp.exc.NotImplementedError, "memoryview: format {} not supported", fmt);
    int bits = static_cast<int>(size * 8);
    __int128 lo = 0, hi = 0;
    if (is_signed_format(fmt)) {
        lo = -(static_cast<__int128>(1) << (bits - 1));
        hi = (static_cast<__int128>(1) << (bits - 1)) - 1;
    } else {
        hi = (static_cast<__int128>(1) << bits) - 1;
    }
    __int128 x = 0;
    BASTION_TRY_ASSIGN(bool ok, int_in_range(interp, fmt, v, lo, hi, &x));
    if (!ok)
        return value_error(interp, fmt);
    uint64_t bitsval = static_cast<uint64_t>(x); // two's complement, then the low `size` bytes
    switch (size) {
    case 1: out[0] = static_cast<uint8_t>(bitsval); break;
    case 2: store(out, static_cast<uint16_t>(bitsval)); break;
    case 4: store(out, static_cast<uint32_t>(bitsval)); break;
    default: store(out, bitsval); break;
    }
    return {};
}

} // namespace bastion

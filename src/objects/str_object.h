// str_object.h: Python `str` in the compact representation — 1, 2 or 4 bytes per code
// point, chosen by the widest character, stored inline after the header; an ASCII flag;
// a cached hash. Implemented in objects/str_object.cpp (+ str_methods.cpp etc.).
// Lengths are checked with support/checked.h before every allocation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/value.h"

namespace bastion {

struct StrObject : Object {
    int64_t length = 0;  // code points
    int64_t hash = -1;   // -1: not computed yet
    uint8_t kind = 1;    // bytes per code point: 1, 2 or 4
    bool ascii = true;   // every code point < 128 (then the data is also valid UTF-8)
    bool interned = false;
    int64_t capacity = 0; // code units the data area holds when > length (spare room for in-place appends)

    // Code points live right after the object (allocated by make_var).
    uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
    const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
    uint32_t at(int64_t i) const { // no bounds check: callers index within [0, length)
        switch (kind) {
        case 1:
            return data()[i];
        case 2:
            return reinterpret_cast<const uint16_t*>(data())[i];
        default:
            return reinterpret_cast<const uint32_t*>(data())[i];
        }
    }
    // The text when ascii (no copy).
    std::string_view ascii_view() const { return {reinterpret_cast<const char*>(data()), static_cast<std::size_t>(length)}; }
};

// Construction. UTF-8 input must be valid (lone surrogates in their 3-byte form are
// accepted, as code constants use them); invalid input yields a ValueError.
Result<Own<StrObject>> str_from_utf8(Interpreter&, std::string_view utf8);
Result<Own<StrObject>> str_from_ascii(Interpreter&, std::string_view ascii);
Result<Own<StrObject>> str_from_code_points(Interpreter&, const uint32_t* cps, int64_t n);
Result<Own<StrObject>> str_concat(Interpreter&, StrObject* a, StrObject* b);
// The VM's `s + t` / `s += t` on two exact str (CPython's unicode_concatenate): when `lhs`
// holds the only reference to a non-interned str, t is appended in place into spare
// capacity, growing it geometrically, so building a string with += is linear overall.
// `lhs` is unchanged when an error is returned.
bool str_concat_applicable(Interpreter&, Value lhs, Value rhs);
// The concatenation of n str (or str subclass) values, sized exactly, each copied once:
// what BUILD_STRING (f-string assembly) needs. SystemError for a non-str item.
Result<Own<StrObject>> str_join_parts(Interpreter&, const Ref* items, std::size_t n);
Result<Ref> str_concat_inplace(Interpreter&, Ref& lhs, Value rhs);
// UTF-8 (surrogates encoded in their 3-byte form).
std::string str_to_utf8(const StrObject* s);
int64_t str_hash(StrObject* s); // computes and caches
bool str_equal(const StrObject* a, const StrObject* b);
bool is_str(Interpreter&, Value v); // str or a subclass

} // namespace bastion

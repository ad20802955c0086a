// code_image.cpp: constructors and queries of the plain-data code image.
#include "bytecode/code_image.h"

#include <algorithm>
#include <cstring>

namespace bastion::bc {

Constant Constant::ellipsis() {
    Constant c;
    c.kind = Kind::Ellipsis;
    return c;
}
Constant Constant::boolean(bool v) {
    Constant c;
    c.kind = Kind::Bool;
    c.bool_value = v;
    return c;
}
Constant Constant::integer(int64_t v) {
    Constant c;
    c.kind = Kind::Int;
    c.negative = v < 0;
    // Negate in unsigned arithmetic so INT64_MIN has a magnitude too.
    uint64_t mag = c.negative ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    if (mag != 0)
        c.limbs.push_back(mag);
    return c;
}
Constant Constant::floating(double v) {
    Constant c;
    c.kind = Kind::Float;
    c.real = v;
    return c;
}
Constant Constant::complex(double re, double im) {
    Constant c;
    c.kind = Kind::Complex;
    c.real = re;
    c.imag = im;
    return c;
}
Constant Constant::str(std::string utf8) {
    Constant c;
    c.kind = Kind::Str;
    c.text = std::move(utf8);
    return c;
}
Constant Constant::bytes(std::string raw) {
    Constant c;
    c.kind = Kind::Bytes;
    c.text = std::move(raw);
    return c;
}
Constant Constant::tuple(std::vector<Constant> items) {
    Constant c;
    c.kind = Kind::Tuple;
    c.items = std::move(items);
    return c;
}
Constant Constant::frozenset(std::vector<Constant> items) {
    Constant c;
    c.kind = Kind::FrozenSet;
    c.items = std::move(items);
    return c;
}
Constant Constant::code_object(std::shared_ptr<const CodeImage> image) {
    Constant c;
    c.kind = Kind::Code;
    c.code = std::move(image);
    return c;
}

bool Constant::int_fits_i64(int64_t* out) const {
    if (kind != Kind::Int || limbs.size() > 1)
        return false;
    uint64_t mag = limbs.empty() ? 0 : limbs[0];
    if (!negative) {
        if (mag > static_cast<uint64_t>(INT64_MAX))
            return false;
        *out = static_cast<int64_t>(mag);
        return true;
    }
    if (mag > static_cast<uint64_t>(INT64_MAX) + 1)
        return false;
    *out = static_cast<int64_t>(uint64_t{0} - mag);
    return true;
}

static bool same_bits(double a, double b) {
    uint64_t x, y;
    std::memcpy(&x, &a, sizeof x);
    std::memcpy(&y, &b, sizeof y);
    return x == y;
}

bool Constant::same_as(const Constant& other) const {
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::None:
    case Kind::Ellipsis:
        return true;
    case Kind::Bool:
        return bool_value == other.bool_value;
    case Kind::Int:
        return negative == other.negative && limbs == other.limbs;
    case Kind::Float:
        return same_bits(real, other.real);
    case Kind::Complex:
        return same_bits(real, other.real) && same_bits(imag, other.imag);
    case Kind::Str:
    case Kind::Bytes:
        return text == other.text;
    case Kind::Tuple:
    case Kind::FrozenSet:
        if (items.size() != other.items.size())
            return false;
        for (size_t i = 0; i < items.size(); ++i)
            if (!items[i].same_as(other.items[i]))
                return false;
        return true;
    case Kind::Code:
        return code == other.code;
    }
    return false;
}

const LineEntry* CodeImage::position_for(uint32_t pc) const {
    // Last entry whose start <= pc.
    auto it = std::upper_bound(line_table.begin(), line_table.end(), pc,
                               [](uint32_t p, const LineEntry& e) { return p < e.start; });
    if (it == line_table.begin())
        return nullptr;
    return &*std::prev(it);
}

uint32_t CodeImage::line_for(uint32_t pc) const {
    const LineEntry* e = position_for(pc);
    return e ? e->line : 0;
}

} // namespace bastion::bc

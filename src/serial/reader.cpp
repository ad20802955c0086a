// reader.cpp: marshal bytes -> values, constants and code images, from UNTRUSTED input.
// Every read is bounds-checked; a count is compared with the bytes left before anything is
// allocated for it (wabt#819); nesting is capped at kMaxNesting; strings are validated.
// It does not verify code: callers pass images to verify::verify(). Writing: writer.cpp.
#include <cstring>
#include <string>

#include "serial/serial.h"
#include "support/utf8.h"

namespace bastion::serial {

namespace {

using Kind = LoadError::Kind;

// Strict UTF-8, or with allow_surrogates the 3-byte forms of U+D800..U+DFFF too
// (support/utf8.h, the one UTF-8 scanner).
bool valid_utf8(const uint8_t* p, std::size_t n, bool allow_surrogates) {
    return utf8_scan(std::string_view(reinterpret_cast<const char*>(p), n), allow_surrogates).ok;
}

enum class Text : uint8_t { Strict, Surrogates, Raw };

class Reader {
public:
    explicit Reader(std::span<const uint8_t> bytes) : m_bytes(bytes) {}

    std::size_t position() const { return m_pos; }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }

    LoadError error(Kind kind, std::string detail) const { return LoadError{kind, m_pos, std::move(detail)}; }

    Result<void, LoadError> need(std::size_t n) const {
        if (n > remaining())
            return error(Kind::Truncated, "marshal data too short");
        return {};
    }
    Result<uint8_t, LoadError> u8() {
        BASTION_TRY(need(1));
        return m_bytes[m_pos++];
    }
    Result<uint32_t, LoadError> u32() {
        BASTION_TRY(need(4));
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= uint32_t{m_bytes[m_pos + static_cast<std::size_t>(i)]} << (8 * i);
        m_pos += 4;
        return v;
    }
    Result<uint64_t, LoadError> u64() {
        BASTION_TRY(need(8));
        uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= uint64_t{m_bytes[m_pos + static_cast<std::size_t>(i)]} << (8 * i);
        m_pos += 8;
        return v;
    }
    Result<double, LoadError> f64() {
        BASTION_TRY_ASSIGN(uint64_t bits, u64());
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    // A count of items that each take at least `min_size` bytes: checked against the input
    // left before the caller allocates anything for them.
    Result<uint32_t, LoadError> count(std::size_t min_size) {
        BASTION_TRY_ASSIGN(uint32_t n, u32());
        if (n > remaining() / min_size)
            return error(Kind::Truncated, "marshal data too short");
        return n;
    }
    Result<std::string, LoadError> string(Text text) {
        BASTION_TRY_ASSIGN(uint32_t n, count(1));
        const uint8_t* p = m_bytes.data() + m_pos;
        if (text != Text::Raw && !valid_utf8(p, n, text == Text::Surrogates))
            return error(Kind::BadValue, "invalid UTF-8 in a string");
        m_pos += n;
        return std::string(reinterpret_cast<const char*>(p), n);
    }

    template <typename Node>
    Result<Node, LoadError> node(uint32_t depth);
    Result<std::shared_ptr<const bc::CodeImage>, LoadError> code_record(uint32_t depth);

private:
    Result<void, LoadError> integer(Tag tag, bool* negative, std::vector<uint64_t>* limbs);
    Result<void, LoadError> string_list(std::vector<std::string>* out);

    std::span<const uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

Result<void, LoadError> Reader::integer(Tag tag, bool* negative, std::vector<uint64_t>* limbs) {
    if (tag == Tag::Int) {
        BASTION_TRY_ASSIGN(uint64_t bits, u64());
        *negative = (bits >> 63) != 0;
        uint64_t mag = *negative ? uint64_t{0} - bits : bits;
        if (mag != 0)
            limbs->push_back(mag);
        return {};
    }
    BASTION_TRY_ASSIGN(uint8_t sign, u8());
    if (sign > 1)
        return error(Kind::BadValue, "long sign byte must be 0 or 1");
    *negative = sign == 1;
    BASTION_TRY_ASSIGN(uint32_t n, count(8));
    if (n == 0)
        return error(Kind::BadValue, "long with no limbs (use the int form)");
    limbs->reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
        BASTION_TRY_ASSIGN(uint64_t limb, u64());
        limbs->push_back(limb);
    }
    if (limbs->back() == 0)
        return error(Kind::BadValue, "long with a zero top limb");
    if (n == 1 && (*negative ? limbs->front() <= uint64_t{1} << 63 : limbs->front() <= uint64_t{INT64_MAX}))
        return error(Kind::BadValue, "long that fits the int form");
    return {};
}

Result<void, LoadError> Reader::string_list(std::vector<std::string>* out) {
    BASTION_TRY_ASSIGN(uint32_t n, count(4));
    out->reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
        BASTION_TRY_ASSIGN(std::string s, string(Text::Strict));
        out->push_back(std::move(s));
    }
    return {};
}

// One value (Node = Value) or constant (Node = bc::Constant) at nesting `depth`.
template <typename Node>
Result<Node, LoadError> Reader::node(uint32_t depth) {
    if (depth > kMaxNesting)
        return error(Kind::TooDeep, "nesting deeper than " + std::to_string(kMaxNesting));
    const std::size_t at = m_pos;
    BASTION_TRY_ASSIGN(uint8_t byte, u8());
    using K = typename Node::Kind;
    Node out;
    const Tag tag = static_cast<Tag>(byte);
    auto items = [&](K kind, uint32_t per_entry) -> Result<void, LoadError> {
        out.kind = kind;
        BASTION_TRY_ASSIGN(uint32_t n, count(per_entry)); // each value takes >= 1 byte
        uint64_t total = uint64_t{n} * per_entry;
        out.items.reserve(total);
        for (uint64_t i = 0; i < total; ++i) {
            BASTION_TRY_ASSIGN(Node item, node<Node>(depth + 1));
            out.items.push_back(std::move(item));
        }
        return {};
    };
    switch (tag) {
    case Tag::None:
        out.kind = K::None;
        return out;
    case Tag::Ellipsis:
        out.kind = K::Ellipsis;
        return out;
    case Tag::False:
    case Tag::True:
        out.kind = K::Bool;
        out.bool_value = tag == Tag::True;
        return out;
    case Tag::Int:
    case Tag::Long:
        out.kind = K::Int;
        BASTION_TRY(integer(tag, &out.negative, &out.limbs));
        return out;
    case Tag::Float: {
        out.kind = K::Float;
        BASTION_TRY_ASSIGN(out.real, f64());
        return out;
    }
    case Tag::Complex: {
        out.kind = K::Complex;
        BASTION_TRY_ASSIGN(out.real, f64());
        BASTION_TRY_ASSIGN(out.imag, f64());
        return out;
    }
    case Tag::Str:
    case Tag::Bytes: {
        out.kind = tag == Tag::Str ? K::Str : K::Bytes;
        BASTION_TRY_ASSIGN(out.text, string(tag == Tag::Str ? Text::Surrogates : Text::Raw));
        return out;
    }
    case Tag::Tuple:
        BASTION_TRY(items(K::Tuple, 1));
        return out;
    case Tag::FrozenSet:
        BASTION_TRY(items(K::FrozenSet, 1));
        return out;
    case Tag::Code: {
        out.kind = K::Code;
        BASTION_TRY_ASSIGN(out.code, code_record(depth));
        return out;
    }
    case Tag::List:
    case Tag::Set:
    case Tag::Dict:
        if constexpr (std::is_same_v<Node, Value>) {
            if (tag == Tag::Dict)
                BASTION_TRY(items(K::Dict, 2));
            else
                BASTION_TRY(items(tag == Tag::List ? K::List : K::Set, 1));
            return out;
        }
        break;
    }
    LoadError e = error(Kind::BadTag, "unknown type code 0x" + [&] {
        const char* hex = "0123456789abcdef";
        return std::string{hex[byte >> 4], hex[byte & 15]};
    }());
    e.offset = at;
    return e;
}

// The fields after a 'c' tag (format.h). Constants are one level deeper than the code.
Result<std::shared_ptr<const bc::CodeImage>, LoadError> Reader::code_record(uint32_t depth) {
    auto image = std::make_shared<bc::CodeImage>();
    for (uint32_t* field : {&image->argcount, &image->posonlyargcount, &image->kwonlyargcount, &image->stacksize,
                            &image->flags, &image->firstlineno}) {
        BASTION_TRY_ASSIGN(*field, u32());
    }
    BASTION_TRY_ASSIGN(uint32_t ncode, count(4));
    image->code.reserve(ncode);
    for (uint32_t i = 0; i < ncode; ++i) {
        BASTION_TRY_ASSIGN(uint32_t unit, u32());
        if (!bc::is_valid_opcode(bc::raw_opcode(unit)))
            return error(Kind::BadValue, "unknown opcode " + std::to_string(bc::raw_opcode(unit)) + " in unit " +
                                             std::to_string(i));
        image->code.push_back(unit);
    }
    BASTION_TRY_ASSIGN(uint32_t nconsts, count(1));
    image->consts.reserve(nconsts);
    for (uint32_t i = 0; i < nconsts; ++i) {
        BASTION_TRY_ASSIGN(bc::Constant c, node<bc::Constant>(depth + 1));
        image->consts.push_back(std::move(c));
    }
    for (auto* list : {&image->names, &image->varnames, &image->cellvars, &image->freevars})
        BASTION_TRY(string_list(list));
    for (std::string* s : {&image->name, &image->qualname, &image->filename}) {
        BASTION_TRY_ASSIGN(*s, string(Text::Strict));
    }
    BASTION_TRY_ASSIGN(uint32_t nexc, count(16));
    image->exception_table.resize(nexc);
    for (bc::ExceptionEntry& e : image->exception_table)
        for (uint32_t* field : {&e.start, &e.end, &e.handler, &e.depth}) {
            BASTION_TRY_ASSIGN(*field, u32());
        }
    BASTION_TRY_ASSIGN(uint32_t nlines, count(20));
    image->line_table.resize(nlines);
    for (bc::LineEntry& e : image->line_table)
        for (uint32_t* field : {&e.start, &e.line, &e.end_line, &e.col, &e.end_col}) {
            BASTION_TRY_ASSIGN(*field, u32());
        }
    return std::shared_ptr<const bc::CodeImage>(std::move(image));
}

Result<void, LoadError> no_trailing(const Reader& r) {
    if (r.remaining() != 0)
        return r.error(Kind::Trailing, std::to_string(r.remaining()) + " bytes after the value");
    return {};
}

} // namespace

std::string LoadError::message() const {
    if (kind == Kind::Truncated)
        return "marshal data too short";
    return "bad marshal data (" + detail + ")";
}

Result<Value, LoadError> read_value_prefix(std::span<const uint8_t> bytes, std::size_t* consumed) {
    Reader r(bytes);
    BASTION_TRY_ASSIGN(Value v, r.node<Value>(0));
    *consumed = r.position();
    return v;
}

Result<Value, LoadError> read_value(std::span<const uint8_t> bytes) {
    Reader r(bytes);
    BASTION_TRY_ASSIGN(Value v, r.node<Value>(0));
    BASTION_TRY(no_trailing(r));
    return v;
}

Result<bc::Constant, LoadError> read_constant(std::span<const uint8_t> bytes) {
    Reader r(bytes);
    BASTION_TRY_ASSIGN(bc::Constant c, r.node<bc::Constant>(0));
    BASTION_TRY(no_trailing(r));
    return c;
}

Result<std::shared_ptr<const bc::CodeImage>, LoadError> read_code(std::span<const uint8_t> bytes) {
    Reader r(bytes);
    BASTION_TRY_ASSIGN(uint8_t tag, r.u8());
    if (tag != static_cast<uint8_t>(Tag::Code))
        return LoadError{Kind::BadTag, 0, "expected a code object"};
    BASTION_TRY_ASSIGN(std::shared_ptr<const bc::CodeImage> image, r.code_record(0));
    BASTION_TRY(no_trailing(r));
    return image;
}

} // namespace bastion::serial

// writer.cpp: values, constants and code images -> marshal bytes (serial/format.h). Iterative
// (an explicit task stack), so a deep input cannot overflow the C stack, and infallible.
// Also the Value <-> Constant conversions. Reading is reader.cpp's job.
#include <cstring>
#include <type_traits>
#include <variant>

#include "serial/serial.h"

namespace bastion::serial {

namespace {

class Writer {
public:
    std::string take() { return std::move(m_out); }

    void u8(uint8_t v) { m_out.push_back(static_cast<char>(v)); }
    void u32(uint32_t v) {
        for (int i = 0; i < 4; ++i)
            u8(static_cast<uint8_t>(v >> (8 * i)));
    }
    void u64(uint64_t v) {
        for (int i = 0; i < 8; ++i)
            u8(static_cast<uint8_t>(v >> (8 * i)));
    }
    void f64(double d) {
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        u64(bits);
    }
    void count(std::size_t n) {
        BASTION_CHECK(n <= UINT32_MAX); // no in-memory structure we write is that large
        u32(static_cast<uint32_t>(n));
    }
    void string(const std::string& s) {
        count(s.size());
        m_out.append(s);
    }
    void tag(Tag t) { u8(static_cast<uint8_t>(t)); }

    // Writes everything reachable from the first task.
    template <typename Root>
    void run(const Root* root) {
        m_tasks.push_back(root);
        while (!m_tasks.empty()) {
            Task task = m_tasks.back();
            m_tasks.pop_back();
            std::visit([this](auto* node) { this->write(*node); }, task);
        }
    }

private:
    struct CodeTail {
        const bc::CodeImage* image;
    };
    using Task = std::variant<const Value*, const bc::Constant*, const bc::CodeImage*, const CodeTail*>;

    template <typename Node>
    void push_items_reversed(const std::vector<Node>& items) {
        for (std::size_t i = items.size(); i-- > 0;)
            m_tasks.push_back(&items[i]);
    }

    void integer(bool negative, const std::vector<uint64_t>& limbs) {
        uint64_t mag = limbs.empty() ? 0 : limbs[0];
        bool fits = limbs.size() <= 1 && (negative ? mag <= uint64_t{1} << 63 : mag <= uint64_t{INT64_MAX});
        if (fits) {
            tag(Tag::Int);
            u64(negative ? uint64_t{0} - mag : mag); // two's complement of the value
            return;
        }
        tag(Tag::Long);
        u8(negative ? 1 : 0);
        count(limbs.size());
        for (uint64_t limb : limbs)
            u64(limb);
    }

    // Scalars and containers shared by Value and Constant (their fields have the same names).
    template <typename Node>
    void write(const Node& node) {
        using K = typename Node::Kind;
        switch (node.kind) {
        case K::None:
            return tag(Tag::None);
        case K::Ellipsis:
            return tag(Tag::Ellipsis);
        case K::Bool:
            return tag(node.bool_value ? Tag::True : Tag::False);
        case K::Int:
            return integer(node.negative, node.limbs);
        case K::Float:
            tag(Tag::Float);
            return f64(node.real);
        case K::Complex:
            tag(Tag::Complex);
            f64(node.real);
            return f64(node.imag);
        case K::Str:
            tag(Tag::Str);
            return string(node.text);
        case K::Bytes:
            tag(Tag::Bytes);
            return string(node.text);
        case K::Tuple:
        case K::FrozenSet:
            tag(node.kind == K::Tuple ? Tag::Tuple : Tag::FrozenSet);
            count(node.items.size());
            return push_items_reversed(node.items);
        case K::Code:
            BASTION_CHECK(node.code != nullptr);
            return write(*node.code);
        default:
            break;
        }
        if constexpr (std::is_same_v<Node, Value>) {
            switch (node.kind) {
            case K::List:
            case K::Set:
                tag(node.kind == K::List ? Tag::List : Tag::Set);
                count(node.items.size());
                return push_items_reversed(node.items);
            case K::Dict:
                BASTION_CHECK(node.items.size() % 2 == 0);
                tag(Tag::Dict);
                count(node.items.size() / 2);
                return push_items_reversed(node.items);
            default:
                break;
            }
        }
        BASTION_UNREACHABLE();
    }

    // The code record up to the constants; the rest is written by the CodeTail task, which
    // runs after every constant task pushed here.
    void write(const bc::CodeImage& image) {
        tag(Tag::Code);
        for (uint32_t v : {image.argcount, image.posonlyargcount, image.kwonlyargcount, image.stacksize, image.flags,
                           image.firstlineno})
            u32(v);
        count(image.code.size());
        for (uint32_t unit : image.code)
            u32(unit);
        count(image.consts.size());
        m_tails.push_back(std::make_unique<CodeTail>(CodeTail{&image}));
        m_tasks.push_back(m_tails.back().get());
        push_items_reversed(image.consts);
    }

    void write(const CodeTail& tail) {
        const bc::CodeImage& image = *tail.image;
        for (const auto* list : {&image.names, &image.varnames, &image.cellvars, &image.freevars}) {
            count(list->size());
            for (const std::string& s : *list)
                string(s);
        }
        string(image.name);
        string(image.qualname);
        string(image.filename);
        count(image.exception_table.size());
        for (const bc::ExceptionEntry& e : image.exception_table)
            for (uint32_t v : {e.start, e.end, e.handler, e.depth})
                u32(v);
        count(image.line_table.size());
        for (const bc::LineEntry& e : image.line_table)
            for (uint32_t v : {e.start, e.line, e.end_line, e.col, e.end_col})
                u32(v);
    }

    std::string m_out;
    std::vector<Task> m_tasks;
    std::vector<std::unique_ptr<CodeTail>> m_tails;
};

} // namespace

std::string write_value(const Value& value) {
    Writer w;
    w.run(&value);
    return w.take();
}

std::string write_constant(const bc::Constant& constant) {
    Writer w;
    w.run(&constant);
    return w.take();
}

std::string write_code(const bc::CodeImage& image) {
    Writer w;
    w.run(&image);
    return w.take();
}

// Recursive: Values and Constants reach here from the bounded reader or from verified images.
Value Value::from_constant(const bc::Constant& c) {
    Value v;
    v.kind = static_cast<Kind>(c.kind); // the constant kinds are Value's first eleven, in order
    v.bool_value = c.bool_value;
    v.negative = c.negative;
    v.limbs = c.limbs;
    v.real = c.real;
    v.imag = c.imag;
    v.text = c.text;
    v.code = c.code;
    v.items.reserve(c.items.size());
    for (const bc::Constant& item : c.items)
        v.items.push_back(from_constant(item));
    return v;
}

bool Value::to_constant(bc::Constant* out) const {
    if (kind == Kind::List || kind == Kind::Set || kind == Kind::Dict)
        return false;
    bc::Constant c;
    c.kind = static_cast<bc::Constant::Kind>(kind);
    c.bool_value = bool_value;
    c.negative = negative;
    c.limbs = limbs;
    c.real = real;
    c.imag = imag;
    c.text = text;
    c.code = code;
    c.items.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].to_constant(&c.items[i]))
            return false;
    *out = std::move(c);
    return true;
}

static_assert(static_cast<int>(Value::Kind::Code) == static_cast<int>(bc::Constant::Kind::Code));
static_assert(static_cast<int>(Value::Kind::FrozenSet) == static_cast<int>(bc::Constant::Kind::FrozenSet));
static_assert(static_cast<int>(Value::Kind::None) == static_cast<int>(bc::Constant::Kind::None));

} // namespace bastion::serial

// bytes_methods.cpp: the methods bytes and bytearray share (CPython's bytes_methods.c
// and the non-mutating half of bytearrayobject.c): searching, splitting, joining,
// stripping, replace, translate/maketrans, padding, ASCII case mapping and predicates,
// hex/fromhex and decode. Results have the family of `self`. Arguments accept any buffer
// (bytes, bytearray, memoryview); data pointers are taken only after every argument
// conversion that can run Python code.
#include <algorithm>
#include <cstring>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_util.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

int64_t bytes_find(std::span<const uint8_t> hay, std::span<const uint8_t> needle, int64_t start, int64_t end) {
    int64_t n = static_cast<int64_t>(needle.size());
    if (end - start < n)
        return -1;
    if (n == 0)
        return start;
    int64_t at = find_bytes_fast(hay.data() + start, end - start, needle.data(), n);
    return at < 0 ? -1 : start + at;
}

int64_t bytes_rfind(std::span<const uint8_t> hay, std::span<const uint8_t> needle, int64_t start, int64_t end) {
    int64_t n = static_cast<int64_t>(needle.size());
    if (end - start < n)
        return -1;
    if (n == 0)
        return end;
    if (n == 1) {
        const void* p = memrchr(hay.data() + start, needle[0], static_cast<std::size_t>(end - start));
        return p ? static_cast<const uint8_t*>(p) - hay.data() : -1;
    }
    // Horspool from the right, on the byte c just before the window: moving the window left
    // by s puts c at needle[s - 1], so the safe shift is the smallest s with needle[s - 1]
    // == c (n + 1 when c is not in the needle).
    int64_t skip[256];
    std::fill(std::begin(skip), std::end(skip), n + 1);
    for (int64_t i = n - 1; i >= 0; --i)
        skip[needle[static_cast<std::size_t>(i)]] = i + 1;
    int64_t pos = end - n;
    while (pos >= start) {
        if (hay[static_cast<std::size_t>(pos)] == needle[0] &&
            std::memcmp(hay.data() + pos, needle.data(), static_cast<std::size_t>(n)) == 0)
            return pos;
        if (pos == start)
            break;
        pos -= skip[hay[static_cast<std::size_t>(pos - 1)]] > 0 ? std::min<int64_t>(skip[hay[static_cast<std::size_t>(pos - 1)]], pos - start) : 1;
    }
    return -1;
}

namespace {

using Bytes = std::span<const uint8_t>;

bool is_b(Value self) { return self.obj()->type->has_flag(kTypeBytesSubclass); }
Bytes view_of(Value self) { return bytes_like_view(self); }
Bytes as_bytes(std::string_view s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }

Result<Ref> make(Interpreter& interp, Value self, std::string_view data) { return bytes_same_kind(interp, self, as_bytes(data)); }
Result<Ref> make(Interpreter& interp, Value self, Bytes data) { return bytes_same_kind(interp, self, data); }
// self unchanged: bytes returns itself (exact type), bytearray a copy.
Result<Ref> unchanged(Interpreter& interp, Value self) {
    if (self.obj()->type == interp.types.bytes)
        return Ref::borrow(self);
    return make(interp, self, view_of(self));
}

bool ascii_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool ascii_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
bool ascii_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
bool ascii_alpha(uint8_t c) { return ascii_lower(c) || ascii_upper(c); }
bool ascii_digit(uint8_t c) { return c >= '0' && c <= '9'; }
uint8_t to_lower(uint8_t c) { return ascii_upper(c) ? static_cast<uint8_t>(c + 32) : c; }
uint8_t to_upper(uint8_t c) { return ascii_lower(c) ? static_cast<uint8_t>(c - 32) : c; }

Value arg(CallArgs args, std::size_t i) { return i < args.npos ? args.items[i] : Value(); }
bool is_none(Interpreter& interp, Value v) { return v.is_null() || v.is(Value(interp.none)); }
bool is_index_like(Interpreter& interp, Value v) { return is_int(interp, v) || type_of(interp, v)->number.index != nullptr; }

// A sub-sequence argument: an int in range(256) or a buffer.
struct SubArg {
    BufferView buf;
    uint8_t byte = 0;
    bool single = false;
    Bytes bytes() const { return single ? Bytes(&byte, 1) : buf.bytes(); }
};

Result<SubArg> sub_arg(Interpreter& interp, Value v) {
    SubArg s;
    if (is_index_like(interp, v)) {
        BASTION_TRY_ASSIGN(Ref i, index(interp, v));
        int64_t x = 0;
        if (!int_to_i64(i, &x) || x < 0 || x > 255)
            return interp.raise(interp.exc.ValueError, "byte must be in range(0, 256)");
        s.byte = static_cast<uint8_t>(x);
        s.single = true;
        return s;
    }
    if (!has_buffer(interp, v)) {
        return interp.raise_fmt(interp.exc.TypeError, "argument should be integer or bytes-like object, not '{}'",
                                type_of(interp, v)->name);
    }
    BASTION_TRY_ASSIGN(s.buf, get_buffer(interp, v));
    return s;
}

// --- Searching -----------------------------------------------------------------------------------

// CPython's METH_VARARGS count message (getargs.c): "find() takes at least 1 argument (0 given)".
Status tuple_args(Interpreter& interp, CallArgs args, std::string_view name, std::size_t min, std::size_t max) {
    std::size_t n = args.npos;
    if (n >= min && n <= max) [[likely]]
        return {};
    std::size_t bound = n < min ? min : max;
    return interp.raise_fmt(interp.exc.TypeError, "{}() takes {} {} argument{} ({} given)", name,
                            min == max ? "exactly" : n < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", n);
}

Status search_args(Interpreter& interp, Value self, CallArgs args, std::string_view name, SubArg* sub, int64_t* start,
                   int64_t* end) {
    BASTION_TRY(no_keywords(interp, args, name));
    BASTION_TRY(tuple_args(interp, args, name, 1, 3));
    BASTION_TRY(str_slice_bounds(interp, arg(args, 1), arg(args, 2), static_cast<int64_t>(view_of(self).size()), start, end));
    BASTION_TRY_ASSIGN(*sub, sub_arg(interp, args.items[0]));
    int64_t n = static_cast<int64_t>(view_of(self).size()); // re-read: conversions may have run Python code
    *end = std::min(*end, n);
    return {};
}

template <bool Reverse, bool Raise>
Result<Ref> m_find(Interpreter& interp, Value self, CallArgs args) {
    SubArg sub;
    int64_t start = 0, end = 0;
    BASTION_TRY(search_args(interp, self, args, Reverse ? (Raise ? "rindex" : "rfind") : (Raise ? "index" : "find"), &sub,
                            &start, &end));
    int64_t r = -1;
    if (start <= end)
        r = Reverse ? bytes_rfind(view_of(self), sub.bytes(), start, end) : bytes_find(view_of(self), sub.bytes(), start, end);
    if (r < 0 && Raise)
        return interp.raise(interp.exc.ValueError, "subsection not found");
    return Ref::small_int(r);
}

int64_t count_in(Bytes hay, Bytes needle, int64_t start, int64_t end, int64_t max_count) {
    if (start > end)
        return 0;
    if (needle.empty())
        return std::min(end - start + 1, max_count);
    int64_t count = 0;
    for (int64_t i = start; count < max_count;) {
        int64_t pos = bytes_find(hay, needle, i, end);
        if (pos < 0)
            break;
        ++count;
        i = pos + static_cast<int64_t>(needle.size());
    }
    return count;
}

Result<Ref> m_count(Interpreter& interp, Value self, CallArgs args) {
    SubArg sub;
    int64_t start = 0, end = 0;
    BASTION_TRY(search_args(interp, self, args, "count", &sub, &start, &end));
    return Ref::small_int(count_in(view_of(self), sub.bytes(), start, end, INT64_MAX));
}

template <bool Ends>
Result<Ref> m_startswith(Interpreter& interp, Value self, CallArgs args) {
    std::string_view name = Ends ? "endswith" : "startswith";
    BASTION_TRY(no_keywords(interp, args, name));
    BASTION_TRY(tuple_args(interp, args, name, 1, 3));
    int64_t start = 0, end = 0;
    BASTION_TRY(str_slice_bounds(interp, arg(args, 1), arg(args, 2), static_cast<int64_t>(view_of(self).size()), &start, &end));
    auto test = [&](Bytes p) {
        Bytes data = view_of(self);
        int64_t e = std::min(end, static_cast<int64_t>(data.size()));
        int64_t n = static_cast<int64_t>(p.size());
        if (e - start < n || start > static_cast<int64_t>(data.size()))
            return false;
        return n == 0 || std::memcmp(data.data() + (Ends ? e - n : start), p.data(), p.size()) == 0;
    };
    Value prefix = args.items[0];
    if (is_tuple(interp, prefix)) {
        auto* t = static_cast<TupleObject*>(prefix.obj());
        for (int64_t i = 0; i < t->size; ++i) {
            BASTION_TRY_ASSIGN(BufferView b, get_buffer(interp, t->at(i)));
            if (test(b.bytes()))
                return interp.new_bool(true);
        }
        return interp.new_bool(false);
    }
    if (!has_buffer(interp, prefix)) {
        return interp.raise_fmt(interp.exc.TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                                type_of(interp, prefix)->name);
    }
    BASTION_TRY_ASSIGN(BufferView b, get_buffer(interp, prefix));
    return interp.new_bool(test(b.bytes()));
}

// --- Splitting and joining ------------------------------------------------------------------------

Status push(Interpreter& interp, ListObject* list, Value self, Bytes data, int64_t a, int64_t b) {
    BASTION_TRY_ASSIGN(Ref piece, make(interp, self, data.subspan(static_cast<std::size_t>(a), static_cast<std::size_t>(b - a))));
    return list_append(interp, list, piece);
}

Status split_args(Interpreter& interp, CallArgs args, std::string_view name, BufferView* sep, bool* has_sep, int64_t* maxsplit) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{name, {"sep", "maxsplit"}, 0, 0, 0}, argv));
    *maxsplit = -1;
    if (!argv[1].is_null()) {
        BASTION_TRY_ASSIGN(*maxsplit, text_ssize_arg(interp, argv[1]));
    }
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    *has_sep = !is_none(interp, argv[0]);
    if (*has_sep) {
        BASTION_TRY_ASSIGN(*sep, get_buffer(interp, argv[0]));
        if (sep->len() == 0)
            return interp.raise(interp.exc.ValueError, "empty separator");
    }
    return {};
}

template <bool Reverse>
Result<Ref> m_split(Interpreter& interp, Value self, CallArgs args) {
    BufferView sep;
    bool has_sep = false;
    int64_t maxsplit = 0;
    BASTION_TRY(split_args(interp, args, Reverse ? "rsplit" : "split", &sep, &has_sep, &maxsplit));
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    Bytes data = view_of(self);
    int64_t n = static_cast<int64_t>(data.size());
    std::vector<std::pair<int64_t, int64_t>> pieces;
    if (!has_sep) {
        if (!Reverse) {
            int64_t i = 0;
            while (true) {
                while (i < n && ascii_space(data[i]))
                    ++i;
                if (i >= n)
                    break;
                if (static_cast<int64_t>(pieces.size()) >= maxsplit) {
                    pieces.emplace_back(i, n); // the rest, trailing whitespace kept (as CPython)
                    break;
                }
                int64_t j = i;
                while (j < n && !ascii_space(data[j]))
                    ++j;
                pieces.emplace_back(i, j);
                i = j;
            }
        } else {
            int64_t i = n;
            while (true) {
                while (i > 0 && ascii_space(data[i - 1]))
                    --i;
                if (i <= 0)
                    break;
                if (static_cast<int64_t>(pieces.size()) >= maxsplit) {
                    pieces.emplace_back(0, i); // the rest, leading whitespace kept
                    break;
                }
                int64_t j = i;
                while (j > 0 && !ascii_space(data[j - 1]))
                    --j;
                pieces.emplace_back(j, i);
                i = j;
            }
        }
    } else {
        Bytes s = sep.bytes();
        int64_t m = static_cast<int64_t>(s.size());
        if (!Reverse) {
            int64_t i = 0;
            while (static_cast<int64_t>(pieces.size()) < maxsplit) {
                int64_t pos = bytes_find(data, s, i, n);
                if (pos < 0)
                    break;
                pieces.emplace_back(i, pos);
                i = pos + m;
            }
            pieces.emplace_back(i, n);
        } else {
            int64_t e = n;
            while (static_cast<int64_t>(pieces.size()) < maxsplit) {
                int64_t pos = bytes_rfind(data, s, 0, e);
                if (pos < 0)
                    break;
                pieces.emplace_back(pos + m, e);
                e = pos;
            }
            pieces.emplace_back(0, e);
        }
    }
    if (Reverse)
        std::reverse(pieces.begin(), pieces.end());
    for (auto [a, b] : pieces)
        BASTION_TRY(push(interp, list.get(), self, view_of(self), a, b));
    return std::move(list).into_ref();
}

Result<Ref> m_splitlines(Interpreter& interp, Value self, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"splitlines", {"keepends"}, 0, 0, 0}, argv));
    bool keep = false;
    if (!argv[0].is_null()) {
        BASTION_TRY_ASSIGN(keep, is_true(interp, argv[0]));
    }
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    Bytes data = view_of(self);
    int64_t n = static_cast<int64_t>(data.size());
    std::vector<std::pair<int64_t, int64_t>> pieces;
    for (int64_t i = 0; i < n;) {
        int64_t j = i;
        while (j < n && data[j] != '\n' && data[j] != '\r')
            ++j;
        int64_t eol = j;
        if (j < n) {
            if (data[j] == '\r' && j + 1 < n && data[j + 1] == '\n')
                j += 2;
            else
                ++j;
        }
        pieces.emplace_back(i, keep ? j : eol);
        i = j;
    }
    for (auto [a, b] : pieces)
        BASTION_TRY(push(interp, list.get(), self, view_of(self), a, b));
    return std::move(list).into_ref();
}

template <bool Reverse>
Result<Ref> m_partition(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, Reverse ? "rpartition" : "partition"));
    BASTION_TRY(check_positional(interp, args, Reverse ? "rpartition" : "partition", 1, 1));
    BASTION_TRY_ASSIGN(BufferView sep, get_buffer(interp, args.items[0]));
    if (sep.len() == 0)
        return interp.raise(interp.exc.ValueError, "empty separator");
    Bytes data = view_of(self);
    int64_t n = static_cast<int64_t>(data.size());
    int64_t pos = Reverse ? bytes_rfind(data, sep.bytes(), 0, n) : bytes_find(data, sep.bytes(), 0, n);
    Ref parts[3];
    if (pos < 0) {
        BASTION_TRY_ASSIGN(parts[Reverse ? 2 : 0], unchanged(interp, self));
        BASTION_TRY_ASSIGN(parts[1], make(interp, self, std::string_view()));
        BASTION_TRY_ASSIGN(parts[Reverse ? 0 : 2], make(interp, self, std::string_view()));
    } else {
        int64_t m = sep.len();
        BASTION_TRY_ASSIGN(parts[0], make(interp, self, data.subspan(0, static_cast<std::size_t>(pos))));
        if (is_b(self) && sep.owner().obj()->type == interp.types.bytes) {
            parts[1] = Ref::borrow(sep.owner());
        } else {
            BASTION_TRY_ASSIGN(parts[1], make(interp, self, sep.bytes()));
        }
        BASTION_TRY_ASSIGN(parts[2], make(interp, self, data.subspan(static_cast<std::size_t>(pos + m))));
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {parts[0], parts[1], parts[2]}));
    return std::move(t).into_ref();
}

Result<Ref> m_join(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "join"));
    BASTION_TRY(check_positional(interp, args, "join", 1, 1));
    BASTION_TRY_ASSIGN(Own<ListObject> items, list_from_iterable(interp, args.items[0]));
    std::vector<BufferView> views;
    views.reserve(items->items.size());
    for (std::size_t i = 0; i < items->items.size(); ++i) {
        Value item = items->items[i];
        if (!has_buffer(interp, item)) {
            return interp.raise_fmt(interp.exc.TypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                                    type_of(interp, item)->name);
        }
        BASTION_TRY_ASSIGN(BufferView v, get_buffer(interp, item));
        views.push_back(std::move(v));
    }
    Bytes sep = view_of(self);
    int64_t total = 0;
    for (std::size_t i = 0; i < views.size(); ++i) {
        auto t = checked_add(total, views[i].len());
        if (t && i > 0)
            t = checked_add(*t, static_cast<int64_t>(sep.size()));
        if (!t || *t > kMaxContainerLength)
            return interp.no_memory();
        total = *t;
    }
    uint8_t* out = nullptr;
    BASTION_TRY_ASSIGN(Ref result, bytes_alloc_same_kind(interp, self, total, &out));
    sep = view_of(self);
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (i > 0 && !sep.empty()) {
            std::memcpy(out, sep.data(), sep.size());
            out += sep.size();
        }
        if (views[i].len() > 0) {
            std::memcpy(out, views[i].data(), static_cast<std::size_t>(views[i].len()));
            out += views[i].len();
        }
    }
    return result;
}

// --- Stripping, replacing, translating --------------------------------------------------------------

template <int Which> // 1 left, 2 right, 3 both
Result<Ref> m_strip(Interpreter& interp, Value self, CallArgs args) {
    std::string_view name = Which == 3 ? "strip" : Which == 1 ? "lstrip" : "rstrip";
    BASTION_TRY(no_keywords(interp, args, name));
    BASTION_TRY(check_positional(interp, args, name, 0, 1));
    bool set[256] = {};
    BufferView chars;
    if (args.npos == 1 && !is_none(interp, args.items[0])) {
        BASTION_TRY_ASSIGN(chars, get_buffer(interp, args.items[0]));
        for (uint8_t c : chars.bytes())
            set[c] = true;
    } else {
        for (int c : {' ', '\t', '\n', '\v', '\f', '\r'})
            set[c] = true;
    }
    Bytes data = view_of(self);
    int64_t a = 0, b = static_cast<int64_t>(data.size());
    if (Which & 1)
        while (a < b && set[data[a]])
            ++a;
    if (Which & 2)
        while (b > a && set[data[b - 1]])
            --b;
    if (a == 0 && b == static_cast<int64_t>(data.size()))
        return unchanged(interp, self);
    return make(interp, self, data.subspan(static_cast<std::size_t>(a), static_cast<std::size_t>(b - a)));
}

Result<Ref> m_replace(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "replace"));
    BASTION_TRY(check_positional(interp, args, "replace", 2, 3));
    int64_t maxcount = -1;
    if (args.npos == 3) {
        BASTION_TRY_ASSIGN(maxcount, text_ssize_arg(interp, args.items[2]));
    }
    if (maxcount < 0)
        maxcount = INT64_MAX;
    BASTION_TRY_ASSIGN(BufferView oldb, get_buffer(interp, args.items[0]));
    BASTION_TRY_ASSIGN(BufferView newb, get_buffer(interp, args.items[1]));
    Bytes data = view_of(self), from = oldb.bytes(), to = newb.bytes();
    int64_t n = static_cast<int64_t>(data.size());
    int64_t count = count_in(data, from, 0, n, maxcount);
    if (count == 0)
        return unchanged(interp, self);
    // Result length: n + count * (len(to) - len(from)), checked.
    auto grow = checked_mul(count, static_cast<int64_t>(to.size()) - static_cast<int64_t>(from.size()));
    auto total = grow ? checked_add(n, *grow) : std::nullopt;
    if (!total)
        return interp.raise(interp.exc.OverflowError, "replace bytes is too long");
    if (*total > kMaxContainerLength)
        return interp.no_memory();
    uint8_t* out = nullptr;
    BASTION_TRY_ASSIGN(Ref result, bytes_alloc_same_kind(interp, self, *total, &out));
    data = view_of(self);
    auto put = [&](Bytes b) {
        if (!b.empty())
            std::memcpy(out, b.data(), b.size());
        out += b.size();
    };
    if (from.empty()) {
        int64_t i = 0;
        for (int64_t k = 0; k < count; ++k) {
            put(to);
            if (i < n)
                *out++ = data[i++];
        }
        put(data.subspan(static_cast<std::size_t>(i)));
    } else {
        int64_t i = 0;
        for (int64_t k = 0; k < count; ++k) {
            int64_t pos = bytes_find(data, from, i, n);
            put(data.subspan(static_cast<std::size_t>(i), static_cast<std::size_t>(pos - i)));
            put(to);
            i = pos + static_cast<int64_t>(from.size());
        }
        put(data.subspan(static_cast<std::size_t>(i)));
    }
    return result;
}

Result<Ref> m_translate(Interpreter& interp, Value self, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"translate", {"table", "delete"}, 1, 1, 0}, argv));
    BufferView table, del;
    if (!is_none(interp, argv[0])) {
        BASTION_TRY_ASSIGN(table, get_buffer(interp, argv[0]));
        if (table.len() != 256)
            return interp.raise(interp.exc.ValueError, "translation table must be 256 characters long");
    }
    bool drop[256] = {};
    if (!argv[1].is_null()) {
        BASTION_TRY_ASSIGN(del, get_buffer(interp, argv[1]));
        for (uint8_t c : del.bytes())
            drop[c] = true;
    }
    std::string out;
    Bytes data = view_of(self);
    out.reserve(data.size());
    for (uint8_t c : data)
        if (!drop[c])
            out.push_back(static_cast<char>(table.valid() ? table.data()[c] : c));
    return make(interp, self, out);
}

Result<Ref> m_maketrans(Interpreter& interp, Value, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "maketrans"));
    BASTION_TRY(check_positional(interp, args, "maketrans", 2, 2));
    BASTION_TRY_ASSIGN(BufferView from, get_buffer(interp, args.items[0]));
    BASTION_TRY_ASSIGN(BufferView to, get_buffer(interp, args.items[1]));
    if (from.len() != to.len())
        return interp.raise(interp.exc.ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; ++i)
        table[i] = static_cast<uint8_t>(i);
    for (int64_t i = 0; i < from.len(); ++i)
        table[from.data()[i]] = to.data()[i];
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, Bytes(table, 256)));
    return std::move(b).into_ref();
}

template <bool Suffix>
Result<Ref> m_remove(Interpreter& interp, Value self, CallArgs args) {
    std::string_view name = Suffix ? "removesuffix" : "removeprefix";
    BASTION_TRY(no_keywords(interp, args, name));
    BASTION_TRY(check_positional(interp, args, name, 1, 1));
    BASTION_TRY_ASSIGN(BufferView affix, get_buffer(interp, args.items[0]));
    Bytes data = view_of(self), a = affix.bytes();
    if (!a.empty() && a.size() <= data.size() &&
        std::memcmp(data.data() + (Suffix ? data.size() - a.size() : 0), a.data(), a.size()) == 0) {
        return make(interp, self, Suffix ? data.subspan(0, data.size() - a.size()) : data.subspan(a.size()));
    }
    return unchanged(interp, self);
}

// --- Padding ---------------------------------------------------------------------------------------

Result<uint8_t> fill_arg(Interpreter& interp, Value v, std::string_view name) {
    if (v.is_null())
        return uint8_t{' '};
    if (is_bytes_like(interp, v) && bytes_like_view(v).size() == 1)
        return bytes_like_view(v)[0];
    return interp.raise_fmt(interp.exc.TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name,
                            type_of(interp, v)->name);
}

Result<Ref> padded(Interpreter& interp, Value self, int64_t left, int64_t right, uint8_t fill) {
    Bytes data = view_of(self);
    auto total = checked_add(static_cast<int64_t>(data.size()), left);
    if (total)
        total = checked_add(*total, right);
    if (!total || *total > kMaxContainerLength)
        return interp.no_memory();
    uint8_t* out = nullptr;
    BASTION_TRY_ASSIGN(Ref result, bytes_alloc_same_kind(interp, self, *total, &out));
    data = view_of(self);
    std::memset(out, fill, static_cast<std::size_t>(left));
    if (!data.empty())
        std::memcpy(out + left, data.data(), data.size());
    std::memset(out + left + static_cast<int64_t>(data.size()), fill, static_cast<std::size_t>(right));
    return result;
}

template <char Align>
Result<Ref> m_pad(Interpreter& interp, Value self, CallArgs args) {
    std::string_view name = Align == '^' ? "center" : Align == '<' ? "ljust" : "rjust";
    BASTION_TRY(no_keywords(interp, args, name));
    BASTION_TRY(check_positional(interp, args, name, 1, 2));
    BASTION_TRY_ASSIGN(int64_t width, text_ssize_arg(interp, args.items[0]));
    BASTION_TRY_ASSIGN(uint8_t fill, fill_arg(interp, arg(args, 1), name));
    int64_t n = static_cast<int64_t>(view_of(self).size());
    if (width <= n)
        return unchanged(interp, self);
    int64_t marg = width - n;
    int64_t left = Align == '<' ? 0 : Align == '>' ? marg : marg / 2 + (marg & width & 1);
    return padded(interp, self, left, marg - left, fill);
}

Result<Ref> m_zfill(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "zfill"));
    BASTION_TRY(check_positional(interp, args, "zfill", 1, 1));
    BASTION_TRY_ASSIGN(int64_t width, text_ssize_arg(interp, args.items[0]));
    Bytes data = view_of(self);
    int64_t n = static_cast<int64_t>(data.size());
    if (width <= n)
        return unchanged(interp, self);
    uint8_t* out = nullptr;
    BASTION_TRY_ASSIGN(Ref result, bytes_alloc_same_kind(interp, self, width, &out));
    data = view_of(self);
    std::size_t fill = static_cast<std::size_t>(width - n);
    std::memset(out, '0', fill);
    if (n > 0)
        std::memcpy(out + fill, data.data(), data.size());
    if (n > 0 && (out[fill] == '+' || out[fill] == '-')) {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return result;
}

Result<Ref> m_expandtabs(Interpreter& interp, Value self, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"expandtabs", {"tabsize"}, 0, 0, 0}, argv));
    int64_t tab = 8;
    if (!argv[0].is_null()) {
        BASTION_TRY_ASSIGN(tab, text_int_arg(interp, argv[0]));
    }
    Bytes data = view_of(self);
    // First pass: the exact length, with overflow checks (CPython: "result too long").
    int64_t total = 0, col = 0;
    for (uint8_t c : data) {
        int64_t add = 1;
        if (c == '\t')
            add = tab > 0 ? tab - col % tab : 0;
        auto t = checked_add(total, add);
        if (!t)
            return interp.raise(interp.exc.OverflowError, "result too long");
        total = *t;
        col = (c == '\n' || c == '\r') ? 0 : col + add;
    }
    if (total > kMaxContainerLength)
        return interp.no_memory();
    uint8_t* out = nullptr;
    BASTION_TRY_ASSIGN(Ref result, bytes_alloc_same_kind(interp, self, total, &out));
    data = view_of(self);
    col = 0;
    for (uint8_t c : data) {
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                std::memset(out, ' ', static_cast<std::size_t>(k));
                out += k;
                col += k;
            }
        } else {
            *out++ = c;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return result;
}

// --- Case and predicates ----------------------------------------------------------------------------

enum class Case { Lower, Upper, Swap, Title, Capitalize };

template <Case C>
Result<Ref> m_case(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "lower", 0, 0));
    Bytes data = view_of(self);
    std::string out(reinterpret_cast<const char*>(data.data()), data.size());
    bool prev_cased = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        uint8_t c = static_cast<uint8_t>(out[i]);
        uint8_t r = c;
        switch (C) {
        case Case::Lower: r = to_lower(c); break;
        case Case::Upper: r = to_upper(c); break;
        case Case::Swap: r = ascii_lower(c) ? to_upper(c) : to_lower(c); break;
        case Case::Title:
            r = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = ascii_alpha(c);
            break;
        case Case::Capitalize: r = i == 0 ? to_upper(c) : to_lower(c); break;
        }
        out[i] = static_cast<char>(r);
    }
    return make(interp, self, out);
}

template <bool (*Pred)(uint8_t)>
Result<Ref> m_all(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "isalpha", 0, 0));
    Bytes data = view_of(self);
    if (data.empty())
        return interp.new_bool(false);
    return interp.new_bool(std::all_of(data.begin(), data.end(), Pred));
}

bool ascii_alnum(uint8_t c) { return ascii_alpha(c) || ascii_digit(c); }

Result<Ref> m_isascii(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "isascii", 0, 0));
    Bytes data = view_of(self);
    return interp.new_bool(std::all_of(data.begin(), data.end(), [](uint8_t c) { return c < 0x80; }));
}

template <bool Upper>
Result<Ref> m_iscase(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, Upper ? "isupper" : "islower", 0, 0));
    bool cased = false;
    for (uint8_t c : view_of(self)) {
        if (Upper ? ascii_lower(c) : ascii_upper(c))
            return interp.new_bool(false);
        cased |= Upper ? ascii_upper(c) : ascii_lower(c);
    }
    return interp.new_bool(cased);
}

Result<Ref> m_istitle(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "istitle", 0, 0));
    bool cased = false, prev = false;
    for (uint8_t c : view_of(self)) {
        if (ascii_upper(c)) {
            if (prev)
                return interp.new_bool(false);
            prev = cased = true;
        } else if (ascii_lower(c)) {
            if (!prev)
                return interp.new_bool(false);
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return interp.new_bool(cased);
}

// --- hex, fromhex, decode -----------------------------------------------------------------------------

Result<Ref> m_hex(Interpreter& interp, Value self, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"hex", {"sep", "bytes_per_sep"}, 0, 0, 0}, argv));
    int64_t per = 1;
    if (!argv[1].is_null()) {
        BASTION_TRY_ASSIGN(per, index_to_i64(interp, argv[1]));
    }
    int sep = -1;
    if (!argv[0].is_null()) {
        uint32_t c = 0;
        if (is_str(interp, argv[0])) {
            auto* s = static_cast<StrObject*>(argv[0].obj());
            if (s->length != 1)
                return interp.raise(interp.exc.ValueError, "sep must be length 1.");
            c = s->at(0);
        } else if (is_bytes_like(interp, argv[0])) {
            auto v = bytes_like_view(argv[0]);
            if (v.size() != 1)
                return interp.raise(interp.exc.ValueError, "sep must be length 1.");
            c = v[0];
        } else {
            return interp.raise(interp.exc.TypeError, "sep must be str or bytes.");
        }
        if (c >= 0x80)
            return interp.raise(interp.exc.ValueError, "sep must be ASCII.");
        sep = static_cast<int>(c);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    Bytes data = view_of(self);
    int64_t n = static_cast<int64_t>(data.size());
    if (n > kMaxContainerLength / 3)
        return interp.no_memory();
    int64_t group = per < 0 ? -per : per;
    if (sep < 0 || group == 0 || n == 0) { // no separator: two digits per byte, straight into the str
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_new_raw(interp, 2 * n, 0x7F));
        data = view_of(self); // re-read: nothing ran, but the view must match the allocation's time
        uint8_t* o = s->data();
        for (int64_t i = 0; i < n && i < static_cast<int64_t>(data.size()); ++i) {
            o[2 * i] = static_cast<uint8_t>(kHex[data[static_cast<std::size_t>(i)] >> 4]);
            o[2 * i + 1] = static_cast<uint8_t>(kHex[data[static_cast<std::size_t>(i)] & 15]);
        }
        return std::move(s).into_ref();
    }
    std::string out;
    out.reserve(static_cast<std::size_t>(n * 3));
    for (int64_t i = 0; i < n; ++i) {
        if (sep >= 0 && group > 0 && i > 0) {
            // Groups count from the right when bytes_per_sep > 0, from the left when < 0.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary)
                out.push_back(static_cast<char>(sep));
        }
        out.push_back(kHex[data[i] >> 4]);
        out.push_back(kHex[data[i] & 15]);
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, out));
    return std::move(s).into_ref();
}

int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9')
        return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f')
        return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return static_cast<int>(c - 'A' + 10);
    return -1;
}

Result<Ref> m_fromhex(Interpreter& interp, Value cls, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "fromhex"));
    BASTION_TRY(check_positional(interp, args, "fromhex", 1, 1));
    Value a = args.items[0];
    if (!is_str(interp, a))
        return interp.raise_fmt(interp.exc.TypeError, "fromhex() argument must be str, not {}", type_of(interp, a)->name);
    auto* s = static_cast<StrObject*>(a.obj());
    std::string out;
    for (int64_t i = 0; i < s->length;) {
        uint32_t c = s->at(i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            ++i;
            continue;
        }
        int hi = hex_value(c);
        if (hi < 0)
            return interp.raise_fmt(interp.exc.ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i);
        int lo = i + 1 < s->length ? hex_value(s->at(i + 1)) : -1;
        if (lo < 0)
            return interp.raise_fmt(interp.exc.ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i + 1);
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    Type* t = static_cast<Type*>(cls.obj());
    Bytes data = as_bytes(out);
    if (t == interp.types.bytes) {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
        return std::move(b).into_ref();
    }
    if (t == interp.types.bytearray) {
        BASTION_TRY_ASSIGN(Own<ByteArrayObject> b, bytearray_from(interp, data));
        return std::move(b).into_ref();
    }
    // A subclass: cls(bytes), as CPython.
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
    return call_positional(interp, cls, {Value(b)});
}

Result<Ref> m_decode(Interpreter& interp, Value self, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"decode", {"encoding", "errors"}, 0, 0, 0}, argv));
    for (int i = 0; i < 2; ++i) {
        if (!argv[i].is_null() && !is_str(interp, argv[i])) {
            return interp.raise_fmt(interp.exc.TypeError, "decode() argument '{}' must be str, not {}",
                                    i == 0 ? "encoding" : "errors", type_of(interp, argv[i])->name);
        }
    }
    std::string enc = argv[0].is_null() ? "utf-8" : str_to_utf8(static_cast<StrObject*>(argv[0].obj()));
    std::string errors = argv[1].is_null() ? "strict" : str_to_utf8(static_cast<StrObject*>(argv[1].obj()));
    // An export for the duration, as CPython: an error handler cannot resize a bytearray
    // being decoded (BufferError).
    BASTION_TRY_ASSIGN(BufferView view, get_buffer(interp, self));
    BASTION_TRY_ASSIGN(Own<StrObject> s, bytes_decode(interp, view.bytes(), enc, errors));
    return std::move(s).into_ref();
}

Result<Ref> m_bytes(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__bytes__", 0, 0));
    if (self.obj()->type == interp.types.bytes)
        return Ref::borrow(self);
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, view_of(self)));
    return std::move(b).into_ref();
}

Result<Ref> m_getnewargs(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__getnewargs__", 0, 0));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, view_of(self)));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {Value(b)}));
    return std::move(t).into_ref();
}

constexpr MethodDef kCommonMethods[] = {
    {"find", m_find<false, false>},
    {"rfind", m_find<true, false>},
    {"index", m_find<false, true>},
    {"rindex", m_find<true, true>},
    {"count", m_count},
    {"startswith", m_startswith<false>},
    {"endswith", m_startswith<true>},
    {"split", m_split<false>},
    {"rsplit", m_split<true>},
    {"splitlines", m_splitlines},
    {"partition", m_partition<false>},
    {"rpartition", m_partition<true>},
    {"join", m_join},
    {"strip", m_strip<3>},
    {"lstrip", m_strip<1>},
    {"rstrip", m_strip<2>},
    {"replace", m_replace},
    {"translate", m_translate},
    {"maketrans", m_maketrans, kMethStatic},
    {"removeprefix", m_remove<false>},
    {"removesuffix", m_remove<true>},
    {"center", m_pad<'^'>},
    {"ljust", m_pad<'<'>},
    {"rjust", m_pad<'>'>},
    {"zfill", m_zfill},
    {"expandtabs", m_expandtabs},
    {"lower", m_case<Case::Lower>},
    {"upper", m_case<Case::Upper>},
    {"swapcase", m_case<Case::Swap>},
    {"title", m_case<Case::Title>},
    {"capitalize", m_case<Case::Capitalize>},
    {"isalnum", m_all<ascii_alnum>},
    {"isalpha", m_all<ascii_alpha>},
    {"isdigit", m_all<ascii_digit>},
    {"isspace", m_all<ascii_space>},
    {"isascii", m_isascii},
    {"islower", m_iscase<false>},
    {"isupper", m_iscase<true>},
    {"istitle", m_istitle},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethClass},
    {"decode", m_decode},
};

constexpr MethodDef kBytesOnly[] = {
    {"__bytes__", m_bytes},
    {"__getnewargs__", m_getnewargs},
};

} // namespace

Status init_bytes_common_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.bytes, kCommonMethods));
    BASTION_TRY(add_methods(interp, interp.types.bytes, kBytesOnly));
    return add_methods(interp, interp.types.bytearray, kCommonMethods);
}

} // namespace bastion

// str_methods.cpp: the methods of str (searching, splitting, joining, case mapping,
// padding, predicates, encode, format, translate), with ASCII fast paths. The shared
// algorithms (find, substring, builder) are in str_object.cpp.
#include <algorithm>
#include <cstring>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_format.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/unicode.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

StrObject* S(Value v) { return static_cast<StrObject*>(v.obj()); }

Result<Ref> done(Result<Own<StrObject>> r) {
    if (!r.ok())
        return r.take_error();
    return std::move(r).value().into_ref();
}

// no_keywords / check_positional (objects/native.cpp) with the common case (no keywords, a
// positional count in range) answered here; anything else asks them (same errors, same text).
inline Status no_kw(Interpreter& interp, CallArgs args, std::string_view name) {
    if (args.kwnames == nullptr) [[likely]]
        return {};
    return no_keywords(interp, args, name);
}

inline Status npos_in(Interpreter& interp, CallArgs args, std::string_view name, std::size_t min, std::size_t max) {
    if (args.npos >= min && args.npos <= max) [[likely]]
        return {};
    return check_positional(interp, args, name, min, max);
}

// CPython's METH_NOARGS and METH_O methods (and the Argument Clinic ones without
// keywords): keywords are refused first, then the count is checked, both messages naming
// the method by its qualified name ("str.upper() takes no keyword arguments", "str.join()
// takes exactly one argument (0 given)").
inline Status fixed_args(Interpreter& interp, CallArgs args, std::string_view qualname, std::size_t n) {
    if (args.kwnames == nullptr && args.npos == n) [[likely]]
        return {};
    BASTION_TRY(no_keywords(interp, args, qualname));
    return check_positional(interp, args, qualname, n, n);
}

// CPython's METH_VARARGS methods (find, count, startswith, ...: PyArg_ParseTuple): the
// count message of getargs.c, "find() takes at least 1 argument (0 given)".
inline Status tuple_args(Interpreter& interp, CallArgs args, std::string_view name, std::size_t min, std::size_t max) {
    std::size_t n = args.npos;
    if (n >= min && n <= max) [[likely]]
        return {};
    std::size_t bound = n < min ? min : max;
    return interp.raise_fmt(interp.exc.TypeError, "{}() takes {} {} argument{} ({} given)", name,
                            min == max ? "exactly" : n < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", n);
}

// A str argument numbered `pos` of `fname` (Argument Clinic's message):
// "replace() argument 1 must be str, not int".
Result<StrObject*> str_arg_n(Interpreter& interp, Value v, std::string_view fname, int pos) {
    if (v.is_obj() && v.obj()->type == interp.types.str) [[likely]]
        return static_cast<StrObject*>(v.obj());
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{}() argument {} must be str, not {}", fname, pos,
                                type_of(interp, v)->name);
    return static_cast<StrObject*>(v.obj());
}

// text_reserve (objects/str_object.cpp) answers a size under 1 MiB at once: that answer
// here, without the call; larger sizes are probed by it.
inline Status reserve_text(Interpreter& interp, int64_t bytes) {
    if (bytes < (int64_t{1} << 20)) [[likely]]
        return {};
    return text_reserve(interp, bytes);
}

// A str argument, or TypeError "must be str, not T".
Result<StrObject*> str_arg(Interpreter& interp, Value v) {
    if (v.is_obj() && v.obj()->type == interp.types.str) [[likely]] // what is_str answers first
        return S(v);
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "must be str, not {}", type_of(interp, v)->name);
    return S(v);
}

Value arg(CallArgs args, std::size_t i) { return i < args.npos ? args.items[i] : Value(); }

bool is_none(Interpreter& interp, Value v) { return v.is_null() || v.is(Value(interp.none)); }

// --- Searching ----------------------------------------------------------------------------------

// find/rfind/index/rindex/count(sub[, start[, end]])
Status search_args(Interpreter& interp, Value self, CallArgs args, std::string_view name, StrObject** sub, int64_t* start,
                   int64_t* end) {
    BASTION_TRY(no_kw(interp, args, name));
    BASTION_TRY(tuple_args(interp, args, name, 1, 3));
    BASTION_TRY_ASSIGN(*sub, str_arg(interp, args.items[0]));
    return str_slice_bounds(interp, arg(args, 1), arg(args, 2), S(self)->length, start, end);
}

template <bool Reverse, bool Raise>
Result<Ref> m_find(Interpreter& interp, Value self, CallArgs args) {
    StrObject* sub = nullptr;
    int64_t start = 0, end = 0;
    BASTION_TRY(search_args(interp, self, args, Reverse ? (Raise ? "rindex" : "rfind") : (Raise ? "index" : "find"), &sub, &start, &end));
    int64_t r = -1;
    if (start <= end && start <= S(self)->length)
        r = Reverse ? str_rfind(S(self), sub, start, end) : str_find(S(self), sub, start, end);
    if (r < 0 && Raise)
        return interp.raise(interp.exc.ValueError, "substring not found");
    return Ref::small_int(r);
}

Result<Ref> m_count(Interpreter& interp, Value self, CallArgs args) {
    StrObject* sub = nullptr;
    int64_t start = 0, end = 0;
    BASTION_TRY(search_args(interp, self, args, "count", &sub, &start, &end));
    if (start > end || start > S(self)->length)
        return Ref::small_int(0);
    return Ref::small_int(str_count(S(self), sub, start, end, INT64_MAX));
}

template <bool Ends>
Result<Ref> m_startswith(Interpreter& interp, Value self, CallArgs args) {
    std::string_view name = Ends ? "endswith" : "startswith";
    BASTION_TRY(no_kw(interp, args, name));
    BASTION_TRY(tuple_args(interp, args, name, 1, 3));
    int64_t start = 0, end = 0;
    BASTION_TRY(str_slice_bounds(interp, arg(args, 1), arg(args, 2), S(self)->length, &start, &end));
    auto test = [&](StrObject* p) {
        if (end - start < p->length || start > S(self)->length)
            return false;
        return str_match_at(S(self), Ends ? end - p->length : start, p);
    };
    Value prefix = args.items[0];
    if (is_str(interp, prefix))
        return interp.new_bool(test(S(prefix)));
    if (is_tuple(interp, prefix)) {
        auto* t = static_cast<TupleObject*>(prefix.obj());
        for (int64_t i = 0; i < t->size; ++i) {
            Value item = t->at(i);
            if (!is_str(interp, item)) {
                return interp.raise_fmt(interp.exc.TypeError, "tuple for {} must only contain str, not {}", name,
                                        type_of(interp, item)->name);
            }
            if (test(S(item)))
                return interp.new_bool(true);
        }
        return interp.new_bool(false);
    }
    return interp.raise_fmt(interp.exc.TypeError, "{} first arg must be str or a tuple of str, not {}", name,
                            type_of(interp, prefix)->name);
}

// --- Splitting and joining ------------------------------------------------------------------------

// str.isspace() without a table lookup below U+1680 (the first space above Latin-1).
inline bool is_ws(uint32_t c) {
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    if (c < 0x1680)
        return c == 0x85 || c == 0xA0;
    return unicode::is_space(c);
}

template <typename T>
const T* units_of(const StrObject* s) {
    return reinterpret_cast<const T*>(s->data());
}

// Calls f(data) with s's code units typed by its kind.
template <typename F>
decltype(auto) with_units(const StrObject* s, F&& f) {
    if (s->kind == 1)
        return f(units_of<uint8_t>(s));
    if (s->kind == 2)
        return f(units_of<uint16_t>(s));
    return f(units_of<uint32_t>(s));
}

// Short-piece loops: scalar code (the vectorizer's set-up costs more than a word's copy).
#if defined(__GNUC__) && !defined(__clang__)
#define BASTION_SCALAR_LOOPS [[gnu::optimize("no-tree-vectorize")]]
#else
#define BASTION_SCALAR_LOOPS
#endif

// Stores u[0, n) into r, converting to r's kind (r holds exactly the units' kind or wider).
template <typename T>
BASTION_SCALAR_LOOPS inline void store_units(StrObject* r, int64_t at, const T* u, int64_t n) {
    BASTION_CHECK(at >= 0 && n >= 0 && at + n <= r->length);
    switch (r->kind) {
    case 1: {
        uint8_t* d = r->data() + at;
        for (int64_t i = 0; i < n; ++i)
            d[i] = static_cast<uint8_t>(u[i]);
        break;
    }
    case 2: {
        auto* d = reinterpret_cast<uint16_t*>(r->data()) + at;
        for (int64_t i = 0; i < n; ++i)
            d[i] = static_cast<uint16_t>(u[i]);
        break;
    }
    default: {
        auto* d = reinterpret_cast<uint32_t*>(r->data()) + at;
        for (int64_t i = 0; i < n; ++i)
            d[i] = u[i];
        break;
    }
    }
}

// A new exact str holding u[a, b) of s (s[a:b]), in canonical form: the OR of the units has
// a bit at or above 7, 8 or 16 exactly when some unit does, so it picks the kind and the
// ascii flag as the maximum would, in one pass without compares. Short pieces (the words
// split gives) are copied by one typed loop, long ones by str_substring's copies.
template <typename T>
BASTION_SCALAR_LOOPS Result<Own<StrObject>> piece_of(Interpreter& interp, StrObject* s, const T* u, int64_t a, int64_t b) {
    BASTION_CHECK(0 <= a && a <= b && b <= s->length);
    if (b - a > 64 || (a == 0 && b == s->length))
        return str_substring(interp, s, a, b); // (s itself when it is the whole of an exact str)
    uint32_t bits = 0;
    for (int64_t i = a; i < b; ++i)
        bits |= u[i];
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, b - a, bits));
    store_units(r.get(), 0, u + a, b - a);
    return r;
}

Status push_piece(Interpreter& interp, ListObject* list, StrObject* s, int64_t a, int64_t b) {
    Result<Own<StrObject>> piece = with_units(s, [&](const auto* u) { return piece_of(interp, s, u, a, b); });
    if (!piece.ok())
        return piece.take_error();
    return list_append(interp, list, piece.value().get());
}

Status split_args(Interpreter& interp, CallArgs args, std::string_view name, Value* sep, int64_t* maxsplit) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{name, {"sep", "maxsplit"}, 0, 0, 0}, argv));
    *sep = argv[0];
    *maxsplit = -1;
    if (!argv[1].is_null()) {
        BASTION_TRY_ASSIGN(*maxsplit, text_ssize_arg(interp, argv[1]));
    }
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    if (!is_none(interp, *sep) && !is_str(interp, *sep))
        return interp.raise_fmt(interp.exc.TypeError, "must be str or None, not {}", type_of(interp, *sep)->name);
    if (!is_none(interp, *sep) && S(*sep)->length == 0)
        return interp.raise(interp.exc.ValueError, "empty separator");
    return {};
}

Result<Ref> m_split(Interpreter& interp, Value self, CallArgs args) {
    Value sep;
    int64_t maxsplit = 0;
    BASTION_TRY(split_args(interp, args, "split", &sep, &maxsplit));
    StrObject* s = S(self);
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    int64_t n = s->length, i = 0;
    if (is_none(interp, sep)) {
        Status st = with_units(s, [&](const auto* u) -> Status {
            while (true) {
                while (i < n && is_ws(u[i]))
                    ++i;
                if (i >= n)
                    break;
                if (maxsplit-- == 0) { // the rest, trailing whitespace included (CPython)
                    BASTION_TRY(push_piece(interp, list.get(), s, i, n));
                    break;
                }
                int64_t j = i;
                while (j < n && !is_ws(u[j]))
                    ++j;
                BASTION_TRY(push_piece(interp, list.get(), s, i, j));
                i = j;
            }
            return {};
        });
        BASTION_TRY(std::move(st));
    } else {
        StrObject* p = S(sep);
        while (maxsplit-- > 0) {
            int64_t pos = str_find(s, p, i, n);
            if (pos < 0)
                break;
            BASTION_TRY(push_piece(interp, list.get(), s, i, pos));
            i = pos + p->length;
        }
        BASTION_TRY(push_piece(interp, list.get(), s, i, n));
    }
    return std::move(list).into_ref();
}

Result<Ref> m_rsplit(Interpreter& interp, Value self, CallArgs args) {
    Value sep;
    int64_t maxsplit = 0;
    BASTION_TRY(split_args(interp, args, "rsplit", &sep, &maxsplit));
    StrObject* s = S(self);
    std::vector<std::pair<int64_t, int64_t>> pieces; // collected right to left
    int64_t j = s->length;
    if (is_none(interp, sep)) {
        while (true) {
            while (j > 0 && is_ws(s->at(j - 1)))
                --j;
            if (j <= 0)
                break;
            if (maxsplit-- == 0) { // the rest, leading whitespace included (CPython)
                pieces.emplace_back(0, j);
                break;
            }
            int64_t i = j;
            while (i > 0 && !is_ws(s->at(i - 1)))
                --i;
            pieces.emplace_back(i, j);
            j = i;
        }
    } else {
        StrObject* p = S(sep);
        while (maxsplit-- > 0) {
            int64_t pos = str_rfind(s, p, 0, j);
            if (pos < 0)
                break;
            pieces.emplace_back(pos + p->length, j);
            j = pos;
        }
        pieces.emplace_back(0, j);
    }
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
        BASTION_TRY(push_piece(interp, list.get(), s, it->first, it->second));
    return std::move(list).into_ref();
}

inline bool is_line_break(uint32_t c) {
    if (c <= 0x1E)
        return (c >= '\n' && c <= '\r') || c >= 0x1C;
    return c == 0x85 || c == 0x2028 || c == 0x2029;
}

Result<Ref> m_splitlines(Interpreter& interp, Value self, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"splitlines", {"keepends"}, 0, 0, 0}, argv));
    bool keepends = false;
    if (!argv[0].is_null()) {
        BASTION_TRY_ASSIGN(keepends, is_true(interp, argv[0]));
    }
    StrObject* s = S(self);
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    int64_t n = s->length;
    Status st = with_units(s, [&](const auto* u) -> Status {
        int64_t i = 0;
        while (i < n) {
            int64_t j = i;
            while (j < n && !is_line_break(u[j]))
                ++j;
            int64_t eol = j;
            if (j < n) {
                if (u[j] == '\r' && j + 1 < n && u[j + 1] == '\n')
                    j += 2;
                else
                    ++j;
                if (keepends)
                    eol = j;
            }
            BASTION_TRY(push_piece(interp, list.get(), s, i, eol));
            i = j;
        }
        return {};
    });
    BASTION_TRY(std::move(st));
    return std::move(list).into_ref();
}

template <bool Reverse>
Result<Ref> m_partition(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, Reverse ? "str.rpartition" : "str.partition", 1));
    BASTION_TRY_ASSIGN(StrObject * sep, str_arg(interp, args.items[0]));
    if (sep->length == 0)
        return interp.raise(interp.exc.ValueError, "empty separator");
    StrObject* s = S(self);
    int64_t pos = Reverse ? str_rfind(s, sep, 0, s->length) : str_find(s, sep, 0, s->length);
    Ref a, b, c;
    Ref empty = Ref::borrow(Value(interp.empty_str));
    if (pos < 0) {
        BASTION_TRY_ASSIGN(Own<StrObject> whole, str_substring(interp, s, 0, s->length));
        if (Reverse) {
            a = empty, b = empty, c = std::move(whole).into_ref();
        } else {
            a = std::move(whole).into_ref(), b = empty, c = empty;
        }
    } else {
        BASTION_TRY_ASSIGN(Own<StrObject> head, str_substring(interp, s, 0, pos));
        BASTION_TRY_ASSIGN(Own<StrObject> tail, str_substring(interp, s, pos + sep->length, s->length));
        a = std::move(head).into_ref();
        b = Ref::borrow(Value(sep));
        c = std::move(tail).into_ref();
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {a.get(), b.get(), c.get()}));
    return std::move(t).into_ref();
}

// sep.join over items[0, count): each checked to be a str, the result sized exactly
// (checked), then each piece copied once. No Python code runs from the first check to the
// last copy (the only allocation is an exact str, which is no collected container, so no
// collection and no finalizer can start), which lets a list's or tuple's own storage be read
// in place; `unchanged` re-checks that after the allocation all the same.
template <typename Item, typename Unchanged>
Result<Ref> join_items(Interpreter& interp, StrObject* sep, const Item* items, std::size_t count, Unchanged unchanged) {
    int64_t total = 0;
    uint8_t kind = sep->kind;
    bool ascii = sep->ascii;
    for (std::size_t i = 0; i < count; ++i) {
        Value item = items[i];
        if (!(item.is_obj() && item.obj()->type == interp.types.str) && !is_str(interp, item)) {
            return interp.raise_fmt(interp.exc.TypeError, "sequence item {}: expected str instance, {} found", i,
                                    type_of(interp, item)->name);
        }
        auto t = checked_add(total, S(item)->length);
        if (t && i > 0)
            t = checked_add(*t, sep->length);
        if (!t)
            return interp.raise(interp.exc.OverflowError, "join() result is too long for a Python string");
        total = *t;
        kind = std::max(kind, S(item)->kind);
        ascii = ascii && S(item)->ascii;
    }
    if (count == 1 && S(items[0])->type == interp.types.str)
        return Ref::borrow(items[0]);
    if (count == 0)
        return Ref::borrow(Value(interp.empty_str));
    if (count > 1 && sep->length > 0) {
        // The separator only counts toward the kind when it is actually used.
    } else {
        kind = 1;
        ascii = true;
        for (std::size_t i = 0; i < count; ++i) {
            kind = std::max(kind, S(items[i])->kind);
            ascii = ascii && S(items[i])->ascii;
        }
    }
    uint32_t rep = ascii ? 0x7F : kind == 1 ? 0xFF : kind == 2 ? 0xFFFF : 0x10FFFF;
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, total, rep));
    if (!unchanged())
        return interp.raise(interp.exc.RuntimeError, "join() argument changed size during join");
    int64_t at = 0;
    auto put = [&](const StrObject* part) {
        if (part->length > 64) {
            str_copy_units(r.get(), at, part, 0, part->length);
        } else { // a short piece: one typed loop, no library call
            with_units(part, [&](const auto* u) { store_units(r.get(), at, u, part->length); });
        }
        at += part->length;
    };
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            put(sep);
        put(S(items[i]));
    }
    return std::move(r).into_ref();
}

Result<Ref> m_join(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.join", 1));
    Value iterable = args.items[0];
    StrObject* sep = S(self);
    Type* it = type_of(interp, iterable);
    // An exact list or tuple is read in place (CPython's PySequence_Fast); the Ref keeps it alive.
    if (it == interp.types.list) {
        Ref keep = Ref::borrow(iterable);
        auto* list = static_cast<ListObject*>(iterable.obj());
        const Ref* data = list->items.data();
        std::size_t count = list->items.size();
        return join_items(interp, sep, data, count,
                          [&] { return list->items.size() == count && list->items.data() == data; });
    }
    if (it == interp.types.tuple) {
        auto* t = static_cast<TupleObject*>(iterable.obj());
        return join_items(interp, sep, t->items(), static_cast<std::size_t>(t->size), [] { return true; });
    }
    if (!it->iter && !it->getitem)
        return interp.raise(interp.exc.TypeError, "can only join an iterable");
    // Materialised first: items must stay alive, and the total size is known before copying.
    // A list or tuple subclass is iterated (its __iter__ may differ), as CPython does.
    Ref source = Ref::borrow(iterable);
    if (is_list(interp, iterable) || is_tuple(interp, iterable)) {
        BASTION_TRY_ASSIGN(source, get_iter(interp, iterable));
    }
    BASTION_TRY_ASSIGN(Own<ListObject> items, list_from_iterable(interp, source));
    return join_items(interp, sep, items->items.data(), items->items.size(), [] { return true; });
}

// --- Case mapping ---------------------------------------------------------------------------------

enum class Case { Lower, Upper, Swap, Fold };

// Final sigma (SpecialCasing): Σ lowers to ς at the end of a word.
bool final_sigma(const StrObject* s, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && unicode::is_case_ignorable(s->at(j)))
        --j;
    if (j < 0 || !unicode::is_cased(s->at(j)))
        return false;
    j = i + 1;
    while (j < s->length && unicode::is_case_ignorable(s->at(j)))
        ++j;
    return j >= s->length || !unicode::is_cased(s->at(j));
}

void lower_into(const StrObject* s, int64_t i, StrBuilder& b) {
    uint32_t c = s->at(i);
    if (c == 0x3A3) {
        b.append(final_sigma(s, i) ? 0x3C2 : 0x3C3);
        return;
    }
    uint32_t out[3];
    int n = unicode::to_lower_full(c, out);
    for (int k = 0; k < n; ++k)
        b.append(out[k]);
}

void map_into(uint32_t c, int (*fn)(uint32_t, uint32_t*), StrBuilder& b) {
    uint32_t out[3];
    int n = fn(c, out);
    for (int k = 0; k < n; ++k)
        b.append(out[k]);
}

template <Case C>
Result<Ref> m_case(Interpreter& interp, Value self, CallArgs args) {
    constexpr const char* kName = C == Case::Lower   ? "str.lower"
                                  : C == Case::Upper ? "str.upper"
                                  : C == Case::Swap  ? "str.swapcase"
                                                     : "str.casefold";
    BASTION_TRY(fixed_args(interp, args, kName, 0));
    StrObject* s = S(self);
    if (s->ascii) {
        BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, s->length, 0x7F));
        for (int64_t i = 0; i < s->length; ++i) {
            uint8_t c = s->data()[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            if ((C == Case::Lower || C == Case::Fold || C == Case::Swap) && up)
                c = static_cast<uint8_t>(c + 32);
            else if ((C == Case::Upper || C == Case::Swap) && lo)
                c = static_cast<uint8_t>(c - 32);
            r->data()[i] = c;
        }
        return std::move(r).into_ref();
    }
    StrBuilder b;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if constexpr (C == Case::Lower) {
            lower_into(s, i, b);
        } else if constexpr (C == Case::Upper) {
            map_into(c, unicode::to_upper_full, b);
        } else if constexpr (C == Case::Fold) {
            map_into(c, unicode::casefold_full, b);
        } else {
            if (unicode::is_upper(c))
                lower_into(s, i, b);
            else if (unicode::is_lower(c))
                map_into(c, unicode::to_upper_full, b);
            else
                b.append(c);
        }
    }
    return done(b.finish(interp));
}

Result<Ref> m_title(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.title", 0));
    StrObject* s = S(self);
    StrBuilder b;
    bool prev_cased = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (prev_cased)
            lower_into(s, i, b);
        else
            map_into(c, unicode::to_title_full, b);
        prev_cased = unicode::is_cased(c);
    }
    return done(b.finish(interp));
}

Result<Ref> m_capitalize(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.capitalize", 0));
    StrObject* s = S(self);
    StrBuilder b;
    for (int64_t i = 0; i < s->length; ++i) {
        if (i == 0)
            map_into(s->at(0), unicode::to_title_full, b);
        else
            lower_into(s, i, b);
    }
    return done(b.finish(interp));
}

// --- Predicates -----------------------------------------------------------------------------------

constexpr char kIsAlpha[] = "str.isalpha", kIsAlnum[] = "str.isalnum", kIsDecimal[] = "str.isdecimal",
               kIsDigit[] = "str.isdigit", kIsNumeric[] = "str.isnumeric", kIsSpace[] = "str.isspace";

template <bool (*Pred)(uint32_t), const char* QualName>
Result<Ref> m_all(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, QualName, 0));
    StrObject* s = S(self);
    if (s->length == 0)
        return interp.new_bool(false);
    for (int64_t i = 0; i < s->length; ++i) {
        if (!Pred(s->at(i)))
            return interp.new_bool(false);
    }
    return interp.new_bool(true);
}

bool is_alnum(uint32_t c) {
    return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
}

Result<Ref> m_isprintable(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.isprintable", 0));
    StrObject* s = S(self);
    for (int64_t i = 0; i < s->length; ++i) {
        if (!unicode::is_printable(s->at(i)))
            return interp.new_bool(false);
    }
    return interp.new_bool(true); // true for the empty string too
}

Result<Ref> m_isascii(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.isascii", 0));
    return interp.new_bool(S(self)->ascii);
}

// islower/isupper: every cased character has the case, and at least one is cased.
template <bool Upper>
Result<Ref> m_iscase(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, Upper ? "str.isupper" : "str.islower", 0));
    StrObject* s = S(self);
    bool cased = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (Upper ? (unicode::is_lower(c) || unicode::is_title(c)) : (unicode::is_upper(c) || unicode::is_title(c)))
            return interp.new_bool(false);
        cased = cased || (Upper ? unicode::is_upper(c) : unicode::is_lower(c));
    }
    return interp.new_bool(cased);
}

Result<Ref> m_istitle(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.istitle", 0));
    StrObject* s = S(self);
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (prev_cased)
                return interp.new_bool(false);
            prev_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!prev_cased)
                return interp.new_bool(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return interp.new_bool(cased);
}

Result<Ref> m_isidentifier(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.isidentifier", 0));
    StrObject* s = S(self);
    if (s->length == 0 || !unicode::is_xid_start(s->at(0)))
        return interp.new_bool(false);
    for (int64_t i = 1; i < s->length; ++i) {
        if (!unicode::is_xid_continue(s->at(i)))
            return interp.new_bool(false);
    }
    return interp.new_bool(true);
}

// --- Stripping and padding ------------------------------------------------------------------------

template <int Side> // 1: left, 2: right, 3: both
Result<Ref> m_strip(Interpreter& interp, Value self, CallArgs args) {
    std::string_view name = Side == 1 ? "lstrip" : Side == 2 ? "rstrip" : "strip";
    BASTION_TRY(no_kw(interp, args, Side == 1 ? "str.lstrip" : Side == 2 ? "str.rstrip" : "str.strip"));
    BASTION_TRY(npos_in(interp, args, name, 0, 1));
    Value chars = arg(args, 0);
    StrObject* set = nullptr;
    if (!is_none(interp, chars)) {
        if (!is_str(interp, chars))
            return interp.raise_fmt(interp.exc.TypeError, "{} arg must be None or str", name);
        set = S(chars);
    }
    StrObject* s = S(self);
    auto strip_it = [&](uint32_t c) {
        if (!set)
            return unicode::is_space(c);
        for (int64_t k = 0; k < set->length; ++k) {
            if (set->at(k) == c)
                return true;
        }
        return false;
    };
    int64_t a = 0, b = s->length;
    if (Side & 1)
        while (a < b && strip_it(s->at(a)))
            ++a;
    if (Side & 2)
        while (b > a && strip_it(s->at(b - 1)))
            --b;
    return done(str_substring(interp, s, a, b));
}

// center/ljust/rjust(width, fillchar=' ')
template <char Align>
Result<Ref> m_pad(Interpreter& interp, Value self, CallArgs args) {
    std::string_view name = Align == '^' ? "center" : Align == '<' ? "ljust" : "rjust";
    BASTION_TRY(no_kw(interp, args, Align == '^' ? "str.center" : Align == '<' ? "str.ljust" : "str.rjust"));
    BASTION_TRY(npos_in(interp, args, name, 1, 2));
    BASTION_TRY_ASSIGN(int64_t width, text_ssize_arg(interp, args.items[0]));
    uint32_t fill = ' ';
    if (args.npos > 1) {
        if (!is_str(interp, args.items[1])) {
            return interp.raise_fmt(interp.exc.TypeError, "The fill character must be a unicode character, not {}",
                                    type_of(interp, args.items[1])->name);
        }
        if (S(args.items[1])->length != 1)
            return interp.raise(interp.exc.TypeError, "The fill character must be exactly one character long");
        fill = S(args.items[1])->at(0);
    }
    StrObject* s = S(self);
    if (width <= s->length)
        return done(str_substring(interp, s, 0, s->length));
    BASTION_TRY(reserve_text(interp, width > kMaxContainerLength / 4 ? width : width * (fill < 0x100 && s->kind == 1 ? 1 : 4)));
    int64_t pad = width - s->length;
    // CPython's center puts the extra space on the right unless both are odd.
    int64_t left = Align == '<' ? 0 : Align == '>' ? pad : pad / 2 + (pad & width & 1);
    return done(str_pad(interp, s, s->length, left, pad - left, fill));
}

Result<Ref> m_zfill(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.zfill", 1));
    BASTION_TRY_ASSIGN(int64_t width, text_ssize_arg(interp, args.items[0]));
    StrObject* s = S(self);
    if (width <= s->length)
        return done(str_substring(interp, s, 0, s->length));
    BASTION_TRY(reserve_text(interp, width > kMaxContainerLength / 4 ? width : width * S(self)->kind));
    // The zeros go after a leading sign: pad on the left, then move the sign to the front.
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_pad(interp, s, s->length, width - s->length, 0, '0'));
    uint32_t first = s->length > 0 ? s->at(0) : 0;
    if (first == '+' || first == '-') {
        str_store(r.get(), 0, first);
        str_store(r.get(), width - s->length, '0');
    }
    return std::move(r).into_ref();
}

Result<Ref> m_expandtabs(Interpreter& interp, Value self, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"expandtabs", {"tabsize"}, 0, 0, 0}, argv));
    int64_t tabsize = 8;
    if (!argv[0].is_null()) {
        BASTION_TRY_ASSIGN(tabsize, text_int_arg(interp, argv[0]));
    }
    StrObject* s = S(self);
    // The exact length first (CPython: OverflowError "result too long"), then one reserve.
    int64_t total = 0, col = 0;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        int64_t add = c == '\t' ? (tabsize > 0 ? tabsize - col % tabsize : 0) : 1;
        auto t = checked_add(total, add);
        if (!t)
            return interp.raise(interp.exc.OverflowError, "result too long");
        total = *t;
        col = (c == '\n' || c == '\r') ? 0 : col + add;
    }
    BASTION_TRY(reserve_text(interp, total > kMaxContainerLength / 4 ? total : total * s->kind));
    StrBuilder b;
    col = 0;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                b.append_repeat(' ', n);
                col += n;
            }
        } else {
            b.append(c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return done(b.finish(interp));
}

// --- Replacing ------------------------------------------------------------------------------------

Result<Ref> m_replace(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_kw(interp, args, "str.replace"));
    BASTION_TRY(npos_in(interp, args, "replace", 2, 3));
    BASTION_TRY_ASSIGN(StrObject * old, str_arg_n(interp, args.items[0], "replace", 1));
    BASTION_TRY_ASSIGN(StrObject * with, str_arg_n(interp, args.items[1], "replace", 2));
    int64_t count = INT64_MAX;
    if (args.npos > 2) {
        BASTION_TRY_ASSIGN(count, text_ssize_arg(interp, args.items[2]));
        if (count < 0)
            count = INT64_MAX;
    }
    StrObject* s = S(self);
    // The result's size, checked before building it (CPython: OverflowError/MemoryError).
    int64_t found = old->length == 0 ? std::min(count, s->length + 1) : str_count(s, old, 0, s->length, count);
    auto grow = checked_mul(found, with->length - old->length);
    auto total = grow ? checked_add(s->length, *grow) : std::nullopt;
    if (!total)
        return interp.raise(interp.exc.OverflowError, "replace string is too long");
    BASTION_TRY(reserve_text(interp, *total > kMaxContainerLength / 4 ? *total : *total * 4));
    if (old->length > 0) {
        if (found == 0)
            return done(str_substring(interp, s, 0, s->length)); // s itself when exact
        if (old->length == 1 && with->length == 1 && s->kind == 1 && old->ascii && with->ascii) {
            // One ASCII character for another in Latin-1 text (CPython's replace_1char): a copy,
            // then the first `found` matches overwritten; kind and ascii flag stay s's.
            BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, s->length, s->ascii ? 0x7F : 0xFF));
            std::memcpy(r->data(), s->data(), static_cast<std::size_t>(s->length));
            const uint8_t from = old->data()[0], to = with->data()[0];
            uint8_t* d = r->data();
            int64_t at = 0;
            for (int64_t k = 0; k < found; ++k) {
                const void* hit = std::memchr(d + at, from, static_cast<std::size_t>(s->length - at));
                BASTION_CHECK(hit != nullptr);
                at = static_cast<const uint8_t*>(hit) - d;
                d[at++] = to;
            }
            return std::move(r).into_ref();
        }
        // Sized exactly and filled at the wider kind with typed copies (the matches are
        // exactly the ones str_count saw: nothing runs in between), then narrowed when the
        // replaced text held the only wide characters.
        auto rep = [](const StrObject* x) -> uint32_t {
            return x->ascii ? 0x7F : x->kind == 1 ? 0xFF : x->kind == 2 ? 0xFFFF : 0x10FFFF;
        };
        BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, *total, std::max(rep(s), rep(with))));
        int64_t i = 0, at = 0;
        for (int64_t k = 0; k < found; ++k) {
            int64_t pos = str_find(s, old, i, s->length);
            BASTION_CHECK(pos >= 0);
            str_copy_units(r.get(), at, s, i, pos);
            at += pos - i;
            str_copy_units(r.get(), at, with, 0, with->length);
            at += with->length;
            i = pos + old->length;
        }
        str_copy_units(r.get(), at, s, i, s->length);
        BASTION_CHECK(at + (s->length - i) == *total);
        // Already canonical when `with` (present: found > 0) needs the result's width, or
        // when `old` is narrower than s (s's widest character is outside every match).
        if (rep(with) >= rep(s) || rep(old) < rep(s))
            return std::move(r).into_ref();
        return done(str_canonical(interp, std::move(r)));
    }
    StrBuilder b;
    // An empty `old`: `with` before every character and at the end, count times at most.
    int64_t n = s->length;
    for (int64_t i = 0; i <= n; ++i) {
        if (count-- > 0)
            b.append(with);
        else {
            b.append(s, i, n);
            break;
        }
        if (i < n)
            b.append(s->at(i));
    }
    return done(b.finish(interp));
}

template <bool Suffix>
Result<Ref> m_remove(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, Suffix ? "str.removesuffix" : "str.removeprefix", 1));
    BASTION_TRY_ASSIGN(StrObject * p, str_arg(interp, args.items[0]));
    StrObject* s = S(self);
    if (p->length > 0 && str_match_at(s, Suffix ? s->length - p->length : 0, p))
        return done(Suffix ? str_substring(interp, s, 0, s->length - p->length) : str_substring(interp, s, p->length, s->length));
    return done(str_substring(interp, s, 0, s->length));
}

// str.maketrans(x[, y[, z]]) -> dict of code point -> code point / str / None.
Result<Ref> m_maketrans(Interpreter& interp, Value, CallArgs args) {
    BASTION_TRY(no_kw(interp, args, "str.maketrans"));
    BASTION_TRY(npos_in(interp, args, "maketrans", 1, 3));
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
    if (args.npos == 1) {
        Value x = args.items[0];
        if (!is_dict(interp, x))
            return interp.raise(interp.exc.TypeError, "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (dict_next(static_cast<DictObject*>(x.obj()), &pos, &k, &v)) {
            Ref key = Ref::borrow(k);
            if (is_str(interp, k)) {
                if (S(k)->length != 1)
                    return interp.raise(interp.exc.ValueError, "string keys in translate table must be of length 1");
                key = Ref::small_int(S(k)->at(0));
            } else if (!is_int(interp, k)) {
                return interp.raise(interp.exc.TypeError, "keys in translate table must be strings or integers");
            }
            BASTION_TRY(dict_set(interp, d.get(), key, v));
        }
        return std::move(d).into_ref();
    }
    BASTION_TRY_ASSIGN(StrObject * x, str_arg(interp, args.items[0]));
    BASTION_TRY_ASSIGN(StrObject * y, str_arg(interp, args.items[1]));
    if (x->length != y->length)
        return interp.raise(interp.exc.ValueError, "the first two maketrans arguments must have equal length");
    for (int64_t i = 0; i < x->length; ++i)
        BASTION_TRY(dict_set(interp, d.get(), Value::small_int(x->at(i)), Value::small_int(y->at(i))));
    if (args.npos > 2) {
        BASTION_TRY_ASSIGN(StrObject * z, str_arg(interp, args.items[2]));
        for (int64_t i = 0; i < z->length; ++i)
            BASTION_TRY(dict_set(interp, d.get(), Value::small_int(z->at(i)), Value(interp.none)));
    }
    return std::move(d).into_ref();
}

Result<Ref> m_translate(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.translate", 1));
    Value table = args.items[0];
    StrObject* s = S(self);
    StrBuilder b;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        auto r = get_item(interp, table, Value::small_int(c));
        if (!r.ok()) {
            Raised err = r.take_error();
            BASTION_TRY_ASSIGN(bool lookup, is_instance(interp, err.exception, Value(interp.exc.LookupError)));
            if (!lookup)
                return err;
            b.append(c);
            continue;
        }
        Ref m = std::move(r).value();
        if (m.get().is(Value(interp.none)))
            continue;
        if (is_str(interp, m)) {
            b.append(S(m));
        } else if (is_int(interp, m)) {
            int64_t v = 0;
            if (!int_to_i64(m, &v) || v < 0 || v > 0x10FFFF)
                return interp.raise(interp.exc.ValueError, "character mapping must be in range(0x110000)");
            b.append(static_cast<uint32_t>(v));
        } else {
            return interp.raise(interp.exc.TypeError, "character mapping must return integer, None or str");
        }
    }
    return done(b.finish(interp));
}

// --- Encoding and formatting ----------------------------------------------------------------------

Result<Ref> m_encode(Interpreter& interp, Value self, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"encode", {"encoding", "errors"}, 0, 0, 0}, argv));
    for (int k : {0, 1}) {
        if (!argv[k].is_null() && !is_str(interp, argv[k])) {
            return interp.raise_fmt(interp.exc.TypeError, "encode() argument '{}' must be str, not {}",
                                    k == 0 ? "encoding" : "errors", type_of(interp, argv[k])->name);
        }
    }
    std::string enc = argv[0].is_null() ? "utf-8" : str_to_utf8(S(argv[0]));
    std::string errors = argv[1].is_null() ? "strict" : str_to_utf8(S(argv[1]));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, str_encode(interp, S(self), enc, errors));
    return std::move(b).into_ref();
}

Result<Ref> m_format(Interpreter& interp, Value self, CallArgs args) { return done(str_format_method(interp, S(self), args)); }

Result<Ref> m_format_map(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_kw(interp, args, "str.format_map"));
    BASTION_TRY(npos_in(interp, args, "str.format_map", 1, 1));
    return done(str_format_map(interp, S(self), args.items[0]));
}

Result<Ref> m_dunder_format(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(fixed_args(interp, args, "str.__format__", 1));
    if (!is_str(interp, args.items[0])) {
        return interp.raise_fmt(interp.exc.TypeError, "__format__() argument must be str, not {}",
                                type_of(interp, args.items[0])->name);
    }
    return done(format_str(interp, S(self), S(args.items[0])));
}

constexpr MethodDef kStrMethods[] = {
    {"find", m_find<false, false>},
    {"rfind", m_find<true, false>},
    {"index", m_find<false, true>},
    {"rindex", m_find<true, true>},
    {"count", m_count},
    {"startswith", m_startswith<false>},
    {"endswith", m_startswith<true>},
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"splitlines", m_splitlines},
    {"partition", m_partition<false>},
    {"rpartition", m_partition<true>},
    {"join", m_join},
    {"lower", m_case<Case::Lower>},
    {"upper", m_case<Case::Upper>},
    {"swapcase", m_case<Case::Swap>},
    {"casefold", m_case<Case::Fold>},
    {"title", m_title},
    {"capitalize", m_capitalize},
    {"isalpha", m_all<unicode::is_alpha, kIsAlpha>},
    {"isalnum", m_all<is_alnum, kIsAlnum>},
    {"isdecimal", m_all<unicode::is_decimal, kIsDecimal>},
    {"isdigit", m_all<unicode::is_digit, kIsDigit>},
    {"isnumeric", m_all<unicode::is_numeric, kIsNumeric>},
    {"isspace", m_all<unicode::is_space, kIsSpace>},
    {"isprintable", m_isprintable},
    {"isascii", m_isascii},
    {"islower", m_iscase<false>},
    {"isupper", m_iscase<true>},
    {"istitle", m_istitle},
    {"isidentifier", m_isidentifier},
    {"strip", m_strip<3>},
    {"lstrip", m_strip<1>},
    {"rstrip", m_strip<2>},
    {"center", m_pad<'^'>},
    {"ljust", m_pad<'<'>},
    {"rjust", m_pad<'>'>},
    {"zfill", m_zfill},
    {"expandtabs", m_expandtabs},
    {"replace", m_replace},
    {"removeprefix", m_remove<false>},
    {"removesuffix", m_remove<true>},
    {"maketrans", m_maketrans, kMethStatic},
    {"translate", m_translate},
    {"encode", m_encode},
    {"format", m_format},
    {"format_map", m_format_map},
    {"__format__", m_dunder_format},
};

} // namespace

// --- Padding (center/ljust/rjust/zfill here, format specs in str_format.cpp) ---------------

namespace {

// A canonical str's widest-character class (ASCII, Latin-1, BMP, astral): enough for
// str_new_raw to choose the kind and the ascii flag of a result that copies all of it.
uint32_t kind_max(const StrObject* s) {
    return s->ascii ? 0x7Fu : s->kind == 1 ? 0xFFu : s->kind == 2 ? 0xFFFFu : 0x10FFFFu;
}

// dst[at, at + n) = cp (typed; dst's kind holds cp).
void fill_units(StrObject* dst, int64_t at, int64_t n, uint32_t cp) {
    if (n <= 0)
        return;
    BASTION_CHECK(at >= 0 && at + n <= dst->length);
    switch (dst->kind) {
    case 1:
        std::memset(dst->data() + at, static_cast<int>(cp), static_cast<std::size_t>(n));
        break;
    case 2:
        std::fill_n(reinterpret_cast<uint16_t*>(dst->data()) + at, n, static_cast<uint16_t>(cp));
        break;
    default:
        std::fill_n(reinterpret_cast<uint32_t*>(dst->data()) + at, n, cp);
        break;
    }
}

} // namespace

Result<Own<StrObject>> str_pad(Interpreter& interp, StrObject* s, int64_t len, int64_t left, int64_t right,
                               uint32_t fill) {
    BASTION_CHECK(len >= 0 && len <= s->length && left >= 0 && right >= 0);
    auto total = checked_add(left + right, len);
    if (left > kMaxContainerLength || right > kMaxContainerLength || !total || *total > kMaxContainerLength)
        return interp.no_memory();
    if (*total == 0)
        return Own<StrObject>::borrow(interp.empty_str);
    uint32_t widest = len == s->length ? kind_max(s) : str_max_char(s, 0, len);
    // The fill counts toward the kind only when used (the result must stay canonical).
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, *total, left + right > 0 ? std::max(widest, fill) : widest));
    fill_units(r.get(), 0, left, fill);
    str_copy_units(r.get(), left, s, 0, len);
    fill_units(r.get(), left + len, right, fill);
    return r;
}

Status init_str_methods(Interpreter& interp) { return add_methods(interp, interp.types.str, kStrMethods); }

} // namespace bastion

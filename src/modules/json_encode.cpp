// json_encode.cpp: the native JSON encoder behind json.dumps — walks dict/list/tuple/str/
// int/float/bool/None into one UTF-8 buffer, calling `default` for anything else. Output,
// checks and messages follow CPython 3.11 (Modules/_json.c encoder_listencode_*, and
// Lib/json/encoder.py's indent form); circular containers raise "Circular reference
// detected"; nesting is bounded by the native stack guard (RecursionError).
#include <cmath>
#include <new>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "modules/json_internal.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/list_sort.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "support/float_text.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t unit) {
    out += "\\u";
    out.push_back(kHex[(unit >> 12) & 0xf]);
    out.push_back(kHex[(unit >> 8) & 0xf]);
    out.push_back(kHex[(unit >> 4) & 0xf]);
    out.push_back(kHex[unit & 0xf]);
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    }
}

// The short escapes both encoders share; 0 when `cp` has none.
char short_escape(uint32_t cp) {
    switch (cp) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    default:
        return 0;
    }
}

template <typename C>
void append_run(std::string& out, const C* p, int64_t from, int64_t to, bool ensure_ascii) {
    if (sizeof(C) == 1 && ensure_ascii) { // only ASCII reaches a run then
        out.append(reinterpret_cast<const char*>(p + from), static_cast<std::size_t>(to - from));
        return;
    }
    for (int64_t k = from; k < to; ++k)
        append_utf8(out, p[k]);
}

template <typename C>
void append_string_kind(std::string& out, const C* p, int64_t n, bool ensure_ascii) {
    out.push_back('"');
    int64_t run = 0;
    for (int64_t i = 0; i < n; ++i) {
        uint32_t c = p[i];
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !ensure_ascii))
            continue;
        append_run(out, p, run, i, ensure_ascii);
        run = i + 1;
        if (char e = short_escape(c)) {
            out.push_back('\\');
            out.push_back(e);
        } else if (c < 0x10000) {
            append_u_escape(out, c);
        } else {
            uint32_t v = c - 0x10000;
            append_u_escape(out, 0xd800 | (v >> 10));
            append_u_escape(out, 0xdc00 | (v & 0x3ff));
        }
    }
    append_run(out, p, run, n, ensure_ascii);
    out.push_back('"');
}

class Encoder {
public:
    Encoder(Interpreter& interp, const JsonEncodeOptions& options) : m_interp(interp), m_opt(options) {}

    Status encode(Value o, int64_t level) {
        Interpreter& in = m_interp;
        if (o.is(Value(in.none))) {
            m_out += "null";
        } else if (o.is(in.bool_value(true))) {
            m_out += "true";
        } else if (o.is(in.bool_value(false))) {
            m_out += "false";
        } else if (is_str(in, o)) {
            json_append_string(m_out, static_cast<const StrObject*>(o.obj()), m_opt.ensure_ascii);
            return check_size();
        } else if (is_int(in, o)) {
            m_out += int_to_decimal(o);
        } else if (is_float(in, o)) {
            return append_float(float_value(o));
        } else if (is_list(in, o) || is_tuple(in, o)) {
            return encode_list(o, level);
        } else if (is_dict(in, o)) {
            return encode_dict(o, level);
        } else {
            return encode_other(o, level);
        }
        return {};
    }

    // The output buffer lives outside the interpreter's accounting: each time it doubles,
    // check that as much memory could be had (the --max-memory limit and the system), so a
    // huge document fails with MemoryError instead of exhausting the host.
    Status check_size() {
        if (m_out.size() < m_next_check)
            return {};
        if (m_out.size() > static_cast<std::size_t>(kMaxContainerLength))
            return m_interp.no_memory();
        BASTION_TRY(text_reserve(m_interp, static_cast<int64_t>(m_out.size())));
        m_next_check = m_out.size() * 2;
        return {};
    }

    Result<Ref> finish() {
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(m_interp, m_out));
        return std::move(s).into_ref();
    }

private:
    Status append_float(double d) {
        if (std::isfinite(d)) {
            m_out += float_repr(d);
            return {};
        }
        if (!m_opt.allow_nan)
            return m_interp.raise(m_interp.exc.ValueError, "Out of range float values are not JSON compliant");
        m_out += std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        return {};
    }

    Status enter(Value o) {
        if (m_interp.native_stack_exhausted()) [[unlikely]]
            return m_interp.recursion_error(" while encoding a JSON object");
        if (m_opt.check_circular && !m_markers.insert(o.obj()).second)
            return m_interp.raise(m_interp.exc.ValueError, "Circular reference detected");
        return {};
    }

    void leave(Value o) {
        if (m_opt.check_circular)
            m_markers.erase(o.obj());
    }

    void newline(int64_t level) {
        m_out.push_back('\n');
        for (int64_t k = 0; k < level; ++k)
            m_out += m_opt.indent;
    }

    Status encode_list(Value o, int64_t level) {
        bool is_l = is_list(m_interp, o);
        auto size = [&]() -> int64_t {
            return is_l ? static_cast<int64_t>(static_cast<ListObject*>(o.obj())->items.size())
                        : static_cast<TupleObject*>(o.obj())->size;
        };
        if (size() == 0) {
            m_out += "[]";
            return {};
        }
        BASTION_TRY(enter(o));
        m_out.push_back('[');
        if (m_opt.has_indent)
            newline(++level);
        // The list may change under `default` callbacks: re-read its size, hold each item.
        for (int64_t k = 0; k < size(); ++k) {
            Ref item = is_l ? static_cast<ListObject*>(o.obj())->items[static_cast<std::size_t>(k)]
                            : Ref::borrow(static_cast<TupleObject*>(o.obj())->at(k));
            if (k > 0) {
                m_out += m_opt.item_separator;
                if (m_opt.has_indent)
                    newline(level);
            }
            BASTION_TRY(encode(item.get(), level));
            BASTION_TRY(check_size());
        }
        if (m_opt.has_indent)
            newline(level - 1);
        m_out.push_back(']');
        leave(o);
        return {};
    }

    // The dict's (key, value) pairs: a snapshot, sorted by key when asked (a list of
    // tuples sorted as CPython sorts dct.items(), so mixed key types raise its TypeError).
    Status items_of(Value o, std::vector<std::pair<Ref, Ref>>* out) {
        auto* d = static_cast<DictObject*>(o.obj());
        if (!m_opt.sort_keys && o.obj()->type == m_interp.types.dict) {
            out->reserve(static_cast<std::size_t>(d->used));
            int64_t pos = 0;
            Value k, v;
            while (dict_next(d, &pos, &k, &v))
                out->emplace_back(Ref::borrow(k), Ref::borrow(v));
            return {};
        }
        Ref items;
        if (o.obj()->type == m_interp.types.dict) {
            BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(m_interp));
            int64_t pos = 0;
            Value k, v;
            while (dict_next(d, &pos, &k, &v)) {
                BASTION_TRY_ASSIGN(Own<TupleObject> pair, tuple_of(m_interp, {k, v}));
                BASTION_TRY(list_append(m_interp, list.get(), Value(pair.get())));
            }
            items = std::move(list).into_ref();
        } else {
            BASTION_TRY_ASSIGN(Ref view, call_method(m_interp, o, m_interp.names.items, {}));
            BASTION_TRY_ASSIGN(Own<ListObject> list, list_from_iterable(m_interp, view.get()));
            items = std::move(list).into_ref();
        }
        auto* list = static_cast<ListObject*>(items.get().obj());
        if (m_opt.sort_keys)
            BASTION_TRY(list_sort(m_interp, list, Value(), false));
        for (const Ref& entry : list->items) {
            Value e = entry.get();
            if (!is_tuple(m_interp, e) || static_cast<TupleObject*>(e.obj())->size != 2)
                return m_interp.raise(m_interp.exc.ValueError, "items must return tuples of 2 items"); // CPython's message
            auto* t = static_cast<TupleObject*>(e.obj());
            out->emplace_back(Ref::borrow(t->at(0)), Ref::borrow(t->at(1)));
        }
        return {};
    }

    Status encode_dict(Value o, int64_t level) {
        if (static_cast<DictObject*>(o.obj())->used == 0) {
            m_out += "{}";
            return {};
        }
        BASTION_TRY(enter(o));
        std::vector<std::pair<Ref, Ref>> items;
        BASTION_TRY(items_of(o, &items));
        m_out.push_back('{');
        if (m_opt.has_indent)
            newline(++level);
        bool first = true;
        Interpreter& in = m_interp;
        for (auto& [key_ref, value] : items) {
            Value key = key_ref.get();
            std::size_t mark = m_out.size();
            if (!first) {
                m_out += m_opt.item_separator;
                if (m_opt.has_indent)
                    newline(level);
            }
            if (is_str(in, key)) {
                json_append_string(m_out, static_cast<const StrObject*>(key.obj()), m_opt.ensure_ascii);
            } else if (is_float(in, key)) {
                std::string text;
                std::swap(text, m_out);
                Status st = append_float(float_value(key));
                std::swap(text, m_out);
                if (!st.ok())
                    return st;
                m_out.push_back('"');
                m_out += text;
                m_out.push_back('"');
            } else if (key.is(in.bool_value(true)) || key.is(in.bool_value(false)) || key.is(Value(in.none))) {
                m_out += key.is(Value(in.none)) ? "\"null\"" : key.is(in.bool_value(true)) ? "\"true\"" : "\"false\"";
            } else if (is_int(in, key)) {
                m_out.push_back('"');
                m_out += int_to_decimal(key);
                m_out.push_back('"');
            } else if (m_opt.skipkeys) {
                m_out.resize(mark);
                continue;
            } else {
                return in.raise_fmt(in.exc.TypeError, "keys must be str, int, float, bool or None, not {}",
                                    type_of(in, key)->name);
            }
            first = false;
            m_out += m_opt.key_separator;
            BASTION_TRY(encode(value.get(), level));
            BASTION_TRY(check_size());
        }
        if (m_opt.has_indent)
            newline(level - 1);
        m_out.push_back('}');
        leave(o);
        return {};
    }

    Status encode_other(Value o, int64_t level) {
        BASTION_TRY(enter(o));
        BASTION_TRY_ASSIGN(Ref replacement, call_positional(m_interp, m_opt.default_fn, {o}));
        BASTION_TRY(encode(replacement.get(), level));
        leave(o);
        return {};
    }

    Interpreter& m_interp;
    const JsonEncodeOptions& m_opt;
    std::string m_out;
    std::size_t m_next_check = std::size_t{1} << 20;
    std::unordered_set<Object*> m_markers;
};

} // namespace

void json_append_string(std::string& out, const StrObject* s, bool ensure_ascii) {
    switch (s->kind) {
    case 1:
        append_string_kind(out, s->data(), s->length, ensure_ascii);
        break;
    case 2:
        append_string_kind(out, reinterpret_cast<const uint16_t*>(s->data()), s->length, ensure_ascii);
        break;
    default:
        append_string_kind(out, reinterpret_cast<const uint32_t*>(s->data()), s->length, ensure_ascii);
        break;
    }
}

Result<Ref> json_encode(Interpreter& interp, Value obj, const JsonEncodeOptions& options) {
    try {
        Encoder encoder(interp, options);
        BASTION_TRY(encoder.encode(obj, 0));
        return encoder.finish();
    } catch (const std::bad_alloc&) { // the backstop: the output or a marker set could not grow
        return interp.no_memory();
    }
}

} // namespace bastion

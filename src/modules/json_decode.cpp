// json_decode.cpp: the native JSON scanner behind json.loads — one pass over the str's code
// units (templated on its 1/2/4-byte kind), building dicts, lists, strs, ints and floats
// directly. Grammar, error messages and positions follow CPython 3.11's C scanner
// (Modules/_json.c: scanstring_unicode, _parse_object_unicode, scan_once_unicode); nesting
// is bounded by the native stack guard (RecursionError, never a C-stack overflow).
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>

#include "modules/json_internal.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/float_text.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

template <typename C>
class Scanner {
public:
    Scanner(Interpreter& interp, StrObject* s, const JsonScanOptions& options)
        : m_interp(interp), m_s(s), m_p(reinterpret_cast<const C*>(s->data())), m_n(s->length),
          m_strict(options.strict), m_error_class(options.error_class), m_opt(options) {}

    // JSONDecodeError(msg, doc, pos), raised.
    Raised error(std::string_view msg, int64_t pos) {
        auto text = str_from_ascii(m_interp, msg);
        if (!text.ok())
            return text.take_error();
        auto exc = call_positional(m_interp, m_error_class,
                                   {Value(text.value().get()), Value(m_s), Value::small_int(pos)});
        if (!exc.ok())
            return exc.take_error();
        return m_interp.raise_object(exc.value().get());
    }

    int64_t skip(int64_t i) const {
        while (i < m_n && (m_p[i] == ' ' || m_p[i] == '\t' || m_p[i] == '\n' || m_p[i] == '\r'))
            ++i;
        return i;
    }

    int64_t size() const { return m_n; }

    // The value starting exactly at i; *i is moved past it.
    Result<Ref> value(int64_t* i) {
        int64_t at = *i;
        if (at >= m_n)
            return error("Expecting value", at);
        switch (m_p[at]) {
        case '"':
            *i = at + 1;
            return string(i);
        case '{':
            *i = at + 1;
            return object(i);
        case '[':
            *i = at + 1;
            return array(i);
        case 'n':
            if (match(at, "null")) {
                *i = at + 4;
                return m_interp.new_none();
            }
            break;
        case 't':
            if (match(at, "true")) {
                *i = at + 4;
                return Ref::borrow(m_interp.bool_value(true));
            }
            break;
        case 'f':
            if (match(at, "false")) {
                *i = at + 5;
                return Ref::borrow(m_interp.bool_value(false));
            }
            break;
        case 'N':
            if (match(at, "NaN")) {
                *i = at + 3;
                return constant("NaN", __builtin_nan(""));
            }
            break;
        case 'I':
            if (match(at, "Infinity")) {
                *i = at + 8;
                return constant("Infinity", __builtin_inf());
            }
            break;
        case '-':
            if (match(at, "-Infinity")) {
                *i = at + 9;
                return constant("-Infinity", -__builtin_inf());
            }
            break;
        default:
            break;
        }
        return number(i);
    }

private:
    Result<Ref> call_hook(Value hook, Value arg) { return call_positional(m_interp, hook, {arg}); }

    Result<Ref> call_text_hook(Value hook, std::string_view text) {
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(m_interp, text));
        return call_hook(hook, Value(s.get()));
    }

    Result<Ref> constant(std::string_view word, double value) {
        if (!m_opt.parse_constant.is_null())
            return call_text_hook(m_opt.parse_constant, word);
        return float_from_double(m_interp, value);
    }

    bool match(int64_t at, std::string_view word) const {
        if (m_n - at < static_cast<int64_t>(word.size()))
            return false;
        for (std::size_t k = 0; k < word.size(); ++k) {
            if (m_p[at + static_cast<int64_t>(k)] != static_cast<unsigned char>(word[k]))
                return false;
        }
        return true;
    }

    bool digit(int64_t i) const { return i < m_n && m_p[i] >= '0' && m_p[i] <= '9'; }

    Result<Ref> number(int64_t* i) {
        int64_t start = *i, k = start;
        if (k < m_n && m_p[k] == '-')
            ++k;
        if (k < m_n && m_p[k] == '0') {
            ++k;
        } else if (k < m_n && m_p[k] >= '1' && m_p[k] <= '9') {
            ++k;
            while (digit(k))
                ++k;
        } else {
            return error("Expecting value", start);
        }
        bool is_float = false;
        if (k + 1 < m_n && m_p[k] == '.' && digit(k + 1)) {
            k += 2;
            while (digit(k))
                ++k;
            is_float = true;
        }
        if (k < m_n && (m_p[k] == 'e' || m_p[k] == 'E')) {
            int64_t j = k + 1;
            if (j < m_n && (m_p[j] == '+' || m_p[j] == '-'))
                ++j;
            if (digit(j)) {
                while (digit(j))
                    ++j;
                k = j;
                is_float = true;
            }
        }
        *i = k;
        std::string text(static_cast<std::size_t>(k - start), '\0');
        for (int64_t x = start; x < k; ++x)
            text[static_cast<std::size_t>(x - start)] = static_cast<char>(m_p[x]);
        if (is_float && !m_opt.parse_float.is_null())
            return call_text_hook(m_opt.parse_float, text);
        if (!is_float && !m_opt.parse_int.is_null())
            return call_text_hook(m_opt.parse_int, text);
        if (is_float) {
            double d = 0.0;
            if (!parse_float_text(text, &d))
                return error("Expecting value", start);
            return float_from_double(m_interp, d);
        }
        if (text.size() <= 18) {
            int64_t v = 0;
            bool negative = text[0] == '-';
            for (std::size_t x = negative ? 1 : 0; x < text.size(); ++x)
                v = v * 10 + (text[x] - '0');
            return int_from_i64(m_interp, negative ? -v : v);
        }
        return int_from_text(m_interp, text, 10, Value(m_interp.none));
    }

    int hex4(int64_t at) const { // value of 4 hex digits at `at`, or -1
        int v = 0;
        for (int64_t x = at; x < at + 4; ++x) {
            uint32_t c = m_p[x];
            int d = c >= '0' && c <= '9' ? static_cast<int>(c - '0')
                    : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? static_cast<int>((c | 0x20) - 'a' + 10)
                                                               : -1;
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        return v;
    }

    // After the opening quote (at *i - 1). Runs without escapes become one substring.
    Result<Ref> string(int64_t* i) {
        int64_t begin = *i - 1, k = *i, run = k;
        StrBuilder builder;
        bool built = false;
        for (;;) {
            while (k < m_n) {
                uint32_t c = m_p[k];
                if (c == '"' || c == '\\')
                    break;
                if (c < 0x20 && m_strict)
                    return error("Invalid control character at", k);
                ++k;
            }
            if (k >= m_n)
                return error("Unterminated string starting at", begin);
            if (m_p[k] == '"') {
                *i = k + 1;
                if (!built) {
                    BASTION_TRY_ASSIGN(Own<StrObject> piece, str_substring(m_interp, m_s, run, k));
                    return std::move(piece).into_ref();
                }
                builder.append(m_s, run, k);
                BASTION_TRY_ASSIGN(Own<StrObject> out, builder.finish(m_interp));
                return std::move(out).into_ref();
            }
            // A backslash at k.
            builder.append(m_s, run, k);
            built = true;
            ++k;
            if (k >= m_n)
                return error("Unterminated string starting at", begin);
            uint32_t esc = m_p[k];
            if (esc != 'u') {
                uint32_t ch = esc == '"' ? '"' : esc == '\\' ? '\\' : esc == '/' ? '/' : esc == 'b' ? '\b'
                              : esc == 'f' ? '\f' : esc == 'n' ? '\n' : esc == 'r' ? '\r' : esc == 't' ? '\t' : 0;
                if (ch == 0)
                    return error("Invalid \\escape", k - 1);
                builder.append(ch);
                run = ++k;
                continue;
            }
            // \uXXXX at k (the 'u'); the C scanner wants a character after the digits too.
            if (k + 5 >= m_n)
                return error("Invalid \\uXXXX escape", k);
            int cp = hex4(k + 1);
            if (cp < 0)
                return error("Invalid \\uXXXX escape", k);
            k += 5;
            if (cp >= 0xd800 && cp <= 0xdbff && k + 6 < m_n && m_p[k] == '\\' && m_p[k + 1] == 'u') {
                int low = hex4(k + 2);
                if (low < 0)
                    return error("Invalid \\uXXXX escape", k + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00));
                    k += 6;
                }
            }
            builder.append(static_cast<uint32_t>(cp));
            run = k;
        }
    }

    // A key after its opening quote. Equal escape-free keys share one str (CPython's scanner
    // memoizes keys too): a repeated key costs a hash-map probe on its raw code units
    // instead of an allocation, and its str hash is already cached for the dict insert.
    Result<Ref> object_key(int64_t* i) {
        int64_t k = *i;
        while (k < m_n && m_p[k] != '"' && m_p[k] != '\\' && m_p[k] >= 0x20)
            ++k;
        if (k >= m_n || m_p[k] != '"')
            return string(i);
        std::string_view raw(reinterpret_cast<const char*>(m_p + *i), static_cast<std::size_t>(k - *i) * sizeof(C));
        if (auto it = m_keys.find(raw); it != m_keys.end()) {
            *i = k + 1;
            return it->second;
        }
        BASTION_TRY_ASSIGN(Ref key, string(i));
        m_keys.emplace(raw, key);
        return key;
    }

    // The finished object: the dict, or what object_pairs_hook / object_hook make of it.
    Result<Ref> finish_object(Own<DictObject> dict, Own<ListObject> pairs) {
        if (pairs)
            return call_hook(m_opt.pairs_hook, Value(pairs.get()));
        if (!m_opt.object_hook.is_null())
            return call_hook(m_opt.object_hook, Value(dict.get()));
        return std::move(dict).into_ref();
    }

    Result<Ref> object(int64_t* i) {
        if (m_interp.native_stack_exhausted()) [[unlikely]]
            return m_interp.recursion_error(" while decoding a JSON object from a unicode string");
        Own<DictObject> dict;
        Own<ListObject> pairs;
        if (m_opt.pairs_hook.is_null()) {
            BASTION_TRY_ASSIGN(dict, dict_new(m_interp));
        } else {
            BASTION_TRY_ASSIGN(pairs, list_new(m_interp));
        }
        int64_t k = skip(*i);
        if (k < m_n && m_p[k] == '}') {
            *i = k + 1;
            return finish_object(std::move(dict), std::move(pairs));
        }
        for (;;) {
            if (k >= m_n || m_p[k] != '"')
                return error("Expecting property name enclosed in double quotes", k);
            ++k;
            BASTION_TRY_ASSIGN(Ref key, object_key(&k));
            k = skip(k);
            if (k >= m_n || m_p[k] != ':')
                return error("Expecting ':' delimiter", k);
            k = skip(k + 1);
            BASTION_TRY_ASSIGN(Ref item, value(&k));
            if (pairs) {
                BASTION_TRY_ASSIGN(Own<TupleObject> pair, tuple_of(m_interp, {key.get(), item.get()}));
                BASTION_TRY(list_append(m_interp, pairs.get(), Value(pair.get())));
            } else {
                BASTION_TRY(dict_set(m_interp, dict.get(), key.get(), item.get()));
            }
            k = skip(k);
            if (k < m_n && m_p[k] == '}') {
                *i = k + 1;
                return finish_object(std::move(dict), std::move(pairs));
            }
            if (k >= m_n || m_p[k] != ',')
                return error("Expecting ',' delimiter", k);
            k = skip(k + 1);
        }
    }

    Result<Ref> array(int64_t* i) {
        if (m_interp.native_stack_exhausted()) [[unlikely]]
            return m_interp.recursion_error(" while decoding a JSON array from a unicode string");
        BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(m_interp));
        int64_t k = skip(*i);
        if (k < m_n && m_p[k] == ']') {
            *i = k + 1;
            return std::move(list).into_ref();
        }
        for (;;) {
            BASTION_TRY_ASSIGN(Ref item, value(&k));
            BASTION_TRY(list_append(m_interp, list.get(), item.get()));
            k = skip(k);
            if (k < m_n && m_p[k] == ']') {
                *i = k + 1;
                return std::move(list).into_ref();
            }
            if (k >= m_n || m_p[k] != ',')
                return error("Expecting ',' delimiter", k);
            k = skip(k + 1);
        }
    }

    Interpreter& m_interp;
    StrObject* m_s;
    const C* m_p;
    int64_t m_n;
    bool m_strict;
    Value m_error_class;
    const JsonScanOptions& m_opt;
    std::unordered_map<std::string_view, Ref> m_keys; // raw code units (views into m_s) -> key
};

template <typename C>
Result<Ref> scan_kind(Interpreter& interp, StrObject* s, int64_t idx, const JsonScanOptions& options, int64_t* end) {
    Scanner<C> scanner(interp, s, options);
    bool whole = options.whole;
    int64_t i = whole ? scanner.skip(0) : idx;
    if (i < 0)
        return interp.raise(interp.exc.ValueError, "idx cannot be negative");
    BASTION_TRY_ASSIGN(Ref v, scanner.value(&i));
    if (whole) {
        i = scanner.skip(i);
        if (i != scanner.size())
            return scanner.error("Extra data", i);
    }
    *end = i;
    return v;
}

} // namespace

Result<Ref> json_scan(Interpreter& interp, StrObject* s, int64_t idx, const JsonScanOptions& options, int64_t* end) {
    try {
        switch (s->kind) {
        case 1:
            return scan_kind<uint8_t>(interp, s, idx, options, end);
        case 2:
            return scan_kind<uint16_t>(interp, s, idx, options, end);
        default:
            return scan_kind<uint32_t>(interp, s, idx, options, end);
        }
    } catch (const std::bad_alloc&) { // the backstop for the key memo and number text buffers
        return interp.no_memory();
    }
}

} // namespace bastion

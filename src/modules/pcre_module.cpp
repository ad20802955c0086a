// pcre_module.cpp: the `_pcre` module — compiled PCRE2 patterns (Debian libpcre2-8) for
// lib/re.py. `compile(pattern, options)` makes a Code object; its methods run the scans
// natively: `search` (search/match/fullmatch -> a Match or None), `finditer` (all
// non-overlapping matches, Python's empty-match rule), `findall`, `split` and `subn` with
// a parsed template. Spans are in code points. The re.Match type is in pcre_match.cpp.
// Limits: PCRE2's memory goes through the interpreter's accounted allocator; the match
// limit is the remaining step budget (StepLimitExceeded when exhausted), or a fixed
// ceiling without one (re.error), so a catastrophic pattern stops instead of hanging.
// Patterns are JIT-compiled; the JIT honours the match limit but not the depth limit,
// so it runs on PCRE2's default 32 KiB machine-stack area (inside the native stack
// guard's safety margin, checked before each scan) and a match that needs more falls
// back to the interpreted matcher, whose frames are accounted heap memory under a depth
// limit.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "gc/visitor.h"
#include "modules/pcre_internal.h"
#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "support/checked.h"
#include "support/utf8.h"

namespace bastion {

namespace {

// Without a step budget a single match attempt may still take this many backtracking
// steps before re.error is raised (CPython would run without end).
constexpr uint32_t kDefaultMatchLimit = 100'000'000;
constexpr uint32_t kDepthLimit = 10'000'000;

// Scan modes (lib/re.py passes these).
constexpr int64_t kSearch = 0;
constexpr int64_t kMatch = 1;
constexpr int64_t kFullMatch = 2;

void* pcre_alloc(PCRE2_SIZE size, void* data) {
    auto* interp = static_cast<Interpreter*>(data);
    std::size_t total = size + 16;
    if (total < size)
        return nullptr;
    auto* p = static_cast<unsigned char*>(interp->allocate(total));
    if (!p)
        return nullptr;
    std::memcpy(p, &total, sizeof(total));
    return p + 16;
}

void pcre_free(void* block, void* data) {
    if (!block)
        return;
    auto* interp = static_cast<Interpreter*>(data);
    unsigned char* p = static_cast<unsigned char*>(block) - 16;
    std::size_t total = 0;
    std::memcpy(&total, p, sizeof(total));
    interp->deallocate(p, total);
}


// The subject as PCRE2 sees it: UTF-8 bytes plus the byte offset of each code point
// (empty when the text is ASCII, where offsets coincide). Lone surrogates become U+FFFD,
// whose UTF-8 form has the same length, so the text is always valid UTF-8.
struct Subject {
    std::string owned;
    std::string_view bytes;
    std::vector<std::size_t> byte_of_cp; // size length+1 when not ASCII
    bool ascii = true;

    std::size_t to_byte(int64_t cp) const { return ascii ? static_cast<std::size_t>(cp) : byte_of_cp[cp]; }
    int64_t to_cp(std::size_t byte) const {
        if (ascii)
            return static_cast<int64_t>(byte);
        auto it = std::lower_bound(byte_of_cp.begin(), byte_of_cp.end(), byte);
        return static_cast<int64_t>(it - byte_of_cp.begin());
    }
};


// The UTF-8 copy and the offset table of a non-ASCII str are temporary system memory:
// MemoryError unless the interpreter could hold as much (up to 4 bytes of text and 8 of
// offset per code point), and allocation failures come back as MemoryError, not throws.
Status make_subject(Interpreter& interp, const StrObject* s, Subject* out, bool with_offsets) {
    if (s->ascii) {
        out->bytes = s->ascii_view();
        out->ascii = true;
        return {};
    }
    out->ascii = false;
    auto need = checked_mul<int64_t>(s->length + 1, with_offsets ? 12 : 4);
    if (!need)
        return interp.no_memory();
    BASTION_TRY(text_reserve(interp, *need));
    try {
        out->owned.reserve(static_cast<std::size_t>(s->length) * 2);
        if (with_offsets)
            out->byte_of_cp.reserve(static_cast<std::size_t>(s->length) + 1);
        for (int64_t i = 0; i < s->length; ++i) {
            if (with_offsets)
                out->byte_of_cp.push_back(out->owned.size());
            utf8_append(out->owned, s->at(i));
        }
        if (with_offsets)
            out->byte_of_cp.push_back(out->owned.size());
    } catch (const std::exception&) { // bad_alloc / length_error
        return interp.no_memory();
    }
    out->bytes = out->owned;
    return {};
}

// re.error(msg, pattern, pos) from the `_pcre` module's namespace (defined at init).
Raised raise_re_error(Interpreter& interp, const std::string& msg, Value pattern, int64_t pos) {
    Value mod_dict_value;
    if (interp.modules) {
        Value m = dict_get_str(static_cast<DictObject*>(interp.modules.obj()), interp.intern("_pcre"));
        if (!m.is_null() && is_module(interp, m)) {
            Value err = dict_get_str(module_dict(m), interp.intern("error"));
            if (!err.is_null()) {
                Result<Ref> text = make_str(interp, msg);
                if (!text.ok())
                    return text.take_error();
                Value pos_v = pos >= 0 ? Value::small_int(pos) : Value(interp.none);
                Result<Ref> exc = call_positional(interp, err, {text.value(), pattern.is_null() ? Value(interp.none) : pattern, pos_v});
                if (!exc.ok())
                    return exc.take_error();
                return interp.raise_object(exc.value());
            }
        }
    }
    return interp.raise(interp.exc.ValueError, msg);
}

std::string pcre_message(int code) {
    PCRE2_UCHAR buf[256];
    int n = pcre2_get_error_message(code, buf, sizeof(buf));
    if (n < 0)
        return "regular expression error";
    return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool is_code_type(Interpreter& interp, Value v) {
    return is_type(interp, v) && static_cast<Type*>(v.obj())->destroy == destroy_as<PcreCode>;
}

// Code.compile(pattern: str, options: int) -> Code (a class method, so the type comes
// from the call, never from a module attribute a program could replace). Options are
// PCRE2 compile options chosen by lib/re.py (which also translates Python-only syntax).
Result<Ref> code_compile(Interpreter& interp, Value cls, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "compile", 2, 2));
    if (!is_code_type(interp, cls))
        return interp.raise(interp.exc.TypeError, "compile() needs the _pcre.Code type");
    if (!is_str(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "pattern must be a str");
    int64_t options = 0;
    if (!int_to_i64(args.items[1], &options) || options < 0 || options > 0xffffffffLL)
        return interp.raise(interp.exc.ValueError, "bad options");
    Subject pat;
    BASTION_TRY(make_subject(interp, static_cast<StrObject*>(args.items[0].obj()), &pat, false));

    auto* code_type = static_cast<Type*>(cls.obj());
    BASTION_TRY_ASSIGN(Own<PcreCode> obj, interp.make<PcreCode>(code_type));
    obj->gcontext = pcre2_general_context_create(pcre_alloc, pcre_free, &interp);
    if (!obj->gcontext)
        return interp.no_memory();
    pcre2_compile_context* cctx = pcre2_compile_context_create(obj->gcontext);
    if (!cctx)
        return interp.no_memory();
    int err = 0;
    PCRE2_SIZE err_offset = 0;
    obj->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pat.bytes.data()), pat.bytes.size(),
                              static_cast<uint32_t>(options) | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &err, &err_offset, cctx);
    pcre2_compile_context_free(cctx);
    if (!obj->code) {
        if (err == PCRE2_ERROR_NOMEMORY)
            return interp.no_memory();
        Subject offsets;
        BASTION_TRY(make_subject(interp, static_cast<StrObject*>(args.items[0].obj()), &offsets, true));
        int64_t pos = offsets.to_cp(std::min(static_cast<std::size_t>(err_offset), pat.bytes.size()));
        return raise_re_error(interp, pcre_message(err), args.items[0], pos);
    }
    (void)pcre2_jit_compile(obj->code, PCRE2_JIT_COMPLETE); // optional speed-up
    uint32_t groups = 0;
    pcre2_pattern_info(obj->code, PCRE2_INFO_CAPTURECOUNT, &groups);
    obj->groups = groups;
    BASTION_TRY_ASSIGN(Own<DictObject> names, dict_new(interp));
    uint32_t count = 0;
    uint32_t entry_size = 0;
    PCRE2_SPTR table = nullptr;
    pcre2_pattern_info(obj->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(obj->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
    pcre2_pattern_info(obj->code, PCRE2_INFO_NAMETABLE, &table);
    for (uint32_t i = 0; i < count; ++i) {
        PCRE2_SPTR entry = table + static_cast<std::size_t>(i) * entry_size;
        int number = (entry[0] << 8) | entry[1];
        const char* name = reinterpret_cast<const char*>(entry + 2);
        BASTION_TRY_ASSIGN(Ref key, make_str(interp, std::string_view(name, std::strlen(name))));
        BASTION_TRY(dict_set(interp, names.get(), key, Value::small_int(number)));
    }
    obj->groupindex = Ref(std::move(names));
    return std::move(obj).into_ref();
}

// Code.info() -> (number of groups, {name: group number}); the dict is the Code's own.
Result<Ref> code_info(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "info", 0, 0));
    auto* c = static_cast<PcreCode*>(self.obj());
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {Value::small_int(c->groups), c->groupindex.get()}));
    return Ref(std::move(t));
}

// Code.jit_size() -> bytes of JIT-compiled machine code (0: the interpreter matches).
Result<Ref> code_jit_size(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "jit_size", 0, 0));
    std::size_t size = 0;
    if (pcre2_pattern_info(static_cast<PcreCode*>(self.obj())->code, PCRE2_INFO_JITSIZE, &size) != 0)
        size = 0;
    return Ref::small_int(static_cast<int64_t>(size));
}

// One scan of a Code over a str: search/match/fullmatch (one match at most) or every
// non-overlapping match in search mode, with Python's empty-match rule. After next()
// returns true, spans() holds 2 * (groups + 1) code-point offsets (-1: group unset).
class Scanner {
public:
    Scanner(Interpreter& interp, PcreCode* code) : m_interp(interp), m_code(code) {}
    ~Scanner() {
        if (m_md)
            pcre2_match_data_free(m_md);
        if (m_mctx)
            pcre2_match_context_free(m_mctx);
    }
    Scanner(const Scanner&) = delete;
    Scanner& operator=(const Scanner&) = delete;

    // pos and endpos are clamped to the text.
    Status start(StrObject* text, int64_t pos, int64_t endpos, int64_t mode) {
        // The JIT's 32 KiB machine-stack area must fit in the native stack guard's margin.
        if (m_interp.native_stack_exhausted())
            return m_interp.native_recursion_error();
        pos = std::clamp<int64_t>(pos, 0, text->length);
        endpos = std::clamp<int64_t>(endpos, 0, text->length);
        m_mode = mode;
        m_done = endpos < pos;
        if (m_done)
            return {};
        BASTION_TRY(make_subject(m_interp, text, &m_subject, true));
        m_length = m_subject.to_byte(endpos);
        m_at = m_subject.to_byte(pos);
        m_md = pcre2_match_data_create_from_pattern(m_code->code, m_code->gcontext);
        m_mctx = pcre2_match_context_create(m_code->gcontext);
        if (!m_md || !m_mctx)
            return m_interp.no_memory();
        m_budgeted = m_interp.limits.max_steps != 0;
        uint32_t limit = kDefaultMatchLimit;
        if (m_budgeted)
            limit = static_cast<uint32_t>(std::clamp<uint64_t>(m_interp.steps_left, 1, UINT32_MAX));
        pcre2_set_match_limit(m_mctx, limit);
        pcre2_set_depth_limit(m_mctx, kDepthLimit);
        m_options = PCRE2_NO_UTF_CHECK;
        if (mode == kMatch)
            m_options |= PCRE2_ANCHORED;
        else if (mode == kFullMatch)
            m_options |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
        if (!m_spans.empty() || m_code->groups > kMaxGroups)
            return m_interp.no_memory();
        m_spans.resize(2 * (static_cast<std::size_t>(m_code->groups) + 1));
        return {};
    }

    Result<bool> next() {
        if (m_done || m_at > m_length)
            return false;
        BASTION_TRY(m_interp.charge_steps(1)); // a scan's matches are items of a native loop
        uint32_t options = m_options | (m_after_empty ? PCRE2_NOTEMPTY_ATSTART : 0);
        auto subject = reinterpret_cast<PCRE2_SPTR>(m_subject.bytes.data());
        int rc = pcre2_match(m_code->code, subject, m_length, m_at, options, m_md, m_mctx);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT) // too deep for the JIT's stack: the interpreter's frames are on the heap
            rc = pcre2_match(m_code->code, subject, m_length, m_at, options | PCRE2_NO_JIT, m_md, m_mctx);
        if (rc == PCRE2_ERROR_NOMATCH) {
            m_done = true;
            return false;
        }
        if (rc < 0) {
            m_done = true;
            return raise_error(rc);
        }
        PCRE2_SIZE* ov = pcre2_get_ovector_pointer(m_md);
        uint32_t pairs = m_code->groups + 1;
        for (uint32_t g = 0; g < pairs; ++g) {
            bool unset = g >= static_cast<uint32_t>(rc) || ov[2 * g] == PCRE2_UNSET;
            m_spans.at(2 * g) = unset ? -1 : m_subject.to_cp(ov[2 * g]);
            m_spans.at(2 * g + 1) = unset ? -1 : m_subject.to_cp(ov[2 * g + 1]);
        }
        if (m_mode != kSearch || ov[0] > ov[1]) // \K can report a start after the end: stop rather than loop
            m_done = true;
        m_after_empty = ov[0] == ov[1];
        m_at = ov[1];
        return true;
    }

    const int64_t* spans() const { return m_spans.data(); }
    int64_t span(uint32_t i) const { return m_spans.at(i); }

private:
    // Far more groups than a pattern can have (PCRE2 allows 65535).
    static constexpr uint32_t kMaxGroups = 65535;

    Raised raise_error(int rc) {
        if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT) {
            if (m_budgeted && rc == PCRE2_ERROR_MATCHLIMIT)
                return m_interp.step_limit_exceeded();
            return raise_re_error(m_interp,
                                  "catastrophic backtracking: the pattern exceeded the regular expression " +
                                      std::string(rc == PCRE2_ERROR_MATCHLIMIT ? "match" : "depth") + " limit",
                                  Value(), -1);
        }
        if (rc == PCRE2_ERROR_NOMEMORY)
            return m_interp.no_memory();
        return raise_re_error(m_interp, pcre_message(rc), Value(), -1);
    }

    Interpreter& m_interp;
    PcreCode* m_code;
    Subject m_subject;
    pcre2_match_data* m_md = nullptr;
    pcre2_match_context* m_mctx = nullptr;
    std::vector<int64_t> m_spans;
    std::size_t m_length = 0;
    std::size_t m_at = 0;
    uint32_t m_options = 0;
    int64_t m_mode = kSearch;
    bool m_budgeted = false;
    bool m_after_empty = false;
    bool m_done = false;
};

Raised expected_string(Interpreter& interp, Value v) {
    return interp.raise_fmt(interp.exc.TypeError, "expected string or bytes-like object, got '{}'",
                            type_of(interp, v)->name);
}

// src (what pieces are sliced from) must be a str or bytes; text (what is scanned) a str
// of the same length (a bytes subject is scanned as its latin-1 text).
Status check_subject(Interpreter& interp, Value src, Value text) {
    if (!is_str(interp, text))
        return expected_string(interp, text);
    int64_t n = static_cast<StrObject*>(text.obj())->length;
    if (is_str(interp, src)) {
        if (static_cast<StrObject*>(src.obj())->length != n)
            return interp.raise(interp.exc.ValueError, "subject and text differ in length");
        return {};
    }
    if (!is_bytes(interp, src))
        return expected_string(interp, src);
    if (bytes_like_view(src).size() != static_cast<uint64_t>(n))
        return interp.raise(interp.exc.ValueError, "subject and text differ in length");
    return {};
}

Result<int64_t> int_arg(Interpreter& interp, Value v) {
    int64_t out = 0;
    if (!int_to_i64(v, &out))
        return interp.raise(interp.exc.TypeError, "_pcre: integer arguments must be ints within 64 bits");
    return out;
}

// Code.search(pattern, string, src, text, pos, endpos, mode) -> Match or None.
Result<Ref> code_search(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "search", 7, 7));
    const Value* a = args.items;
    BASTION_TRY(check_subject(interp, a[2], a[3]));
    BASTION_TRY_ASSIGN(int64_t pos, int_arg(interp, a[4]));
    BASTION_TRY_ASSIGN(int64_t endpos, int_arg(interp, a[5]));
    BASTION_TRY_ASSIGN(int64_t mode, int_arg(interp, a[6]));
    auto* code = static_cast<PcreCode*>(self.obj());
    Scanner scan(interp, code);
    BASTION_TRY(scan.start(static_cast<StrObject*>(a[3].obj()), pos, endpos, mode));
    BASTION_TRY_ASSIGN(bool found, scan.next());
    if (!found)
        return Ref::borrow(Value(interp.none));
    return make_match(interp, code, a[0], a[1], a[2], pos, endpos, scan.spans());
}

// Code.finditer(pattern, string, src, text, pos, endpos) -> list of Match.
Result<Ref> code_finditer(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "finditer", 6, 6));
    const Value* a = args.items;
    BASTION_TRY(check_subject(interp, a[2], a[3]));
    BASTION_TRY_ASSIGN(int64_t pos, int_arg(interp, a[4]));
    BASTION_TRY_ASSIGN(int64_t endpos, int_arg(interp, a[5]));
    auto* code = static_cast<PcreCode*>(self.obj());
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    Scanner scan(interp, code);
    BASTION_TRY(scan.start(static_cast<StrObject*>(a[3].obj()), pos, endpos, kSearch));
    for (;;) {
        BASTION_TRY_ASSIGN(bool found, scan.next());
        if (!found)
            break;
        BASTION_TRY_ASSIGN(Ref m, make_match(interp, code, a[0], a[1], a[2], pos, endpos, scan.spans()));
        BASTION_TRY(list_append(interp, out.get(), m));
    }
    return Ref(std::move(out));
}

// Group g of the current match, sliced from src; `unset` when it did not take part.
Result<Ref> scan_group(Interpreter& interp, const Scanner& scan, Value src, uint32_t g, Value unset) {
    int64_t start = scan.span(2 * g);
    if (start < 0)
        return Ref::borrow(unset);
    return pcre_slice(interp, src, start, scan.span(2 * g + 1));
}

// Code.findall(src, text, pos, endpos) -> list: whole matches, group 1, or tuples of groups.
Result<Ref> code_findall(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "findall", 4, 4));
    const Value* a = args.items;
    Value src = a[0];
    BASTION_TRY(check_subject(interp, src, a[1]));
    BASTION_TRY_ASSIGN(int64_t pos, int_arg(interp, a[2]));
    BASTION_TRY_ASSIGN(int64_t endpos, int_arg(interp, a[3]));
    auto* code = static_cast<PcreCode*>(self.obj());
    BASTION_TRY_ASSIGN(Ref empty, pcre_slice(interp, src, 0, 0));
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    Scanner scan(interp, code);
    BASTION_TRY(scan.start(static_cast<StrObject*>(a[1].obj()), pos, endpos, kSearch));
    uint32_t groups = code->groups;
    for (;;) {
        BASTION_TRY_ASSIGN(bool found, scan.next());
        if (!found)
            break;
        Ref item;
        if (groups <= 1) {
            BASTION_TRY_ASSIGN(item, scan_group(interp, scan, src, groups, empty));
        } else {
            BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, groups));
            for (uint32_t g = 1; g <= groups; ++g) {
                BASTION_TRY_ASSIGN(Ref piece, scan_group(interp, scan, src, g, empty));
                tuple_init_item(t.get(), g - 1, std::move(piece));
            }
            item = Ref(std::move(t));
        }
        BASTION_TRY(list_append(interp, out.get(), item));
    }
    return Ref(std::move(out));
}

// Code.split(src, text, maxsplit) -> list: the pieces between matches, each match's
// groups (None when unset) between them.
Result<Ref> code_split(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "split", 3, 3));
    const Value* a = args.items;
    Value src = a[0];
    BASTION_TRY(check_subject(interp, src, a[1]));
    BASTION_TRY_ASSIGN(int64_t maxsplit, int_arg(interp, a[2]));
    auto* code = static_cast<PcreCode*>(self.obj());
    auto* text = static_cast<StrObject*>(a[1].obj());
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    Scanner scan(interp, code);
    BASTION_TRY(scan.start(text, 0, text->length, kSearch));
    int64_t last = 0;
    for (int64_t n = 0; maxsplit <= 0 || n < maxsplit; ++n) {
        BASTION_TRY_ASSIGN(bool found, scan.next());
        if (!found)
            break;
        BASTION_TRY_ASSIGN(Ref piece, pcre_slice(interp, src, last, std::max(last, scan.span(0))));
        BASTION_TRY(list_append(interp, out.get(), piece));
        for (uint32_t g = 1; g <= code->groups; ++g) {
            BASTION_TRY_ASSIGN(Ref group, scan_group(interp, scan, src, g, Value(interp.none)));
            BASTION_TRY(list_append(interp, out.get(), group));
        }
        last = std::max(last, scan.span(1));
    }
    BASTION_TRY_ASSIGN(Ref tail, pcre_slice(interp, src, last, text->length));
    BASTION_TRY(list_append(interp, out.get(), tail));
    return Ref(std::move(out));
}

// The result of subn: a str (StrBuilder) or bytes (a byte string), whichever src is.
class Output {
public:
    Output(Interpreter& interp, Value src) : m_interp(interp), m_src(src), m_is_str(is_str(interp, src)) {}

    Status append_src(int64_t start, int64_t end) {
        if (end <= start)
            return {};
        if (m_is_str) {
            m_str.append(static_cast<StrObject*>(m_src.obj()), start, end);
        } else {
            auto data = bytes_like_view(m_src);
            BASTION_CHECK(start >= 0 && static_cast<uint64_t>(end) <= data.size());
            try {
                m_bytes.append(reinterpret_cast<const char*>(data.data()) + start, static_cast<std::size_t>(end - start));
            } catch (const std::exception&) { // bad_alloc / length_error
                return m_interp.no_memory();
            }
        }
        return check_size();
    }
    // A literal template piece: a str for a str subject, bytes for bytes (checked by the caller).
    Status append_piece(Value piece) {
        if (m_is_str) {
            m_str.append(static_cast<StrObject*>(piece.obj()));
        } else {
            auto data = bytes_like_view(piece);
            try {
                m_bytes.append(reinterpret_cast<const char*>(data.data()), data.size());
            } catch (const std::exception&) { // bad_alloc / length_error
                return m_interp.no_memory();
            }
        }
        return check_size();
    }
    Result<Ref> finish() {
        if (m_is_str) {
            BASTION_TRY_ASSIGN(Own<StrObject> s, m_str.finish(m_interp));
            return Ref(std::move(s));
        }
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(m_interp, std::string_view(m_bytes)));
        return Ref(std::move(b));
    }

private:
    // The temporary buffer is the system's: each time it doubles, check that the
    // interpreter could hold that much (MemoryError under --max-memory, as a join would).
    Status check_size() {
        int64_t n = m_is_str ? m_str.length() : static_cast<int64_t>(m_bytes.size());
        if (n <= m_checked)
            return {};
        m_checked = std::max<int64_t>(n, 2 * m_checked);
        return text_reserve(m_interp, m_checked);
    }

    Interpreter& m_interp;
    Value m_src;
    bool m_is_str;
    StrBuilder m_str;
    std::string m_bytes;
    int64_t m_checked = 1 << 20;
};

// Code.subn(src, text, parts, count) -> (result, number of matches). `parts` is a list
// (lib/re.py's parsed template) of literal pieces (str for a str subject, bytes for
// bytes) and group numbers; an unset group adds nothing.
Result<Ref> code_subn(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "subn", 4, 4));
    const Value* a = args.items;
    Value src = a[0];
    BASTION_TRY(check_subject(interp, src, a[1]));
    if (!is_list(interp, a[2]))
        return interp.raise(interp.exc.TypeError, "subn() template must be a list");
    BASTION_TRY_ASSIGN(int64_t count, int_arg(interp, a[3]));
    auto* code = static_cast<PcreCode*>(self.obj());
    auto* text = static_cast<StrObject*>(a[1].obj());
    // A private copy of the parts, checked once: nothing below runs Python code, but the
    // list is the caller's.
    std::vector<Ref> parts;
    {
        auto* list = static_cast<ListObject*>(a[2].obj());
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            Value p = list->items.at(i);
            int64_t g = 0;
            bool piece = is_str(interp, src) ? is_str(interp, p) : is_bytes(interp, p);
            if (!piece && !(is_int(interp, p) && int_to_i64(p, &g) && g >= 0 && g <= code->groups))
                return interp.raise(interp.exc.TypeError, "subn() template parts must be pieces or group numbers");
            parts.push_back(Ref::borrow(p));
        }
    }
    Output out(interp, src);
    Scanner scan(interp, code);
    BASTION_TRY(scan.start(text, 0, text->length, kSearch));
    int64_t last = 0;
    int64_t n = 0;
    while (count <= 0 || n < count) {
        BASTION_TRY_ASSIGN(bool found, scan.next());
        if (!found)
            break;
        ++n;
        BASTION_TRY(out.append_src(last, scan.span(0)));
        for (const Ref& p : parts) {
            int64_t g = 0;
            if (int_to_i64(p, &g)) {
                int64_t start = scan.span(2 * static_cast<uint32_t>(g));
                if (start >= 0)
                    BASTION_TRY(out.append_src(start, scan.span(2 * static_cast<uint32_t>(g) + 1)));
            } else {
                BASTION_TRY(out.append_piece(p));
            }
        }
        last = std::max(last, scan.span(1));
    }
    BASTION_TRY(out.append_src(last, text->length));
    BASTION_TRY_ASSIGN(Ref result, out.finish());
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {result.get(), Value::small_int(n)}));
    return Ref(std::move(t));
}

void code_traverse(Object* o, Visitor& v) { v.visit(static_cast<PcreCode*>(o)->groupindex); }


// Code._set_match_attr(name, value): lib/re.py's Python-level additions to re.Match
// (only `expand`: the native slots must stay what the type's dict says).
Result<Ref> code_set_match_attr(Interpreter& interp, Value cls, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_set_match_attr", 2, 2));
    if (!is_code_type(interp, cls))
        return interp.raise(interp.exc.TypeError, "_set_match_attr() needs the _pcre.Code type");
    if (!is_str(interp, args.items[0]) || str_to_utf8(static_cast<StrObject*>(args.items[0].obj())) != "expand")
        return interp.raise(interp.exc.ValueError, "_set_match_attr() sets only 'expand'");
    Type* match_type = static_cast<PcreCodeType*>(cls.obj())->match_type;
    BASTION_TRY(dict_set(interp, static_cast<DictObject*>(match_type->dict.get().obj()), args.items[0], args.items[1]));
    return Ref::borrow(Value(interp.none));
}

const MethodDef kCodeMethods[] = {
    {"compile", code_compile, kMethClass},
    {"_set_match_attr", code_set_match_attr, kMethClass},
    {"info", code_info},
    {"jit_size", code_jit_size},
    {"search", code_search},
    {"finditer", code_finditer},
    {"findall", code_findall},
    {"split", code_split},
    {"subn", code_subn},
};

constexpr std::string_view kErrorSource = R"PY(
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str) and '\n' in pattern:
                self.lineno = pattern.count('\n', 0, pos) + 1
                self.colno = pos - pattern.rfind('\n', 0, pos)
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                self.lineno = 1
                self.colno = pos + 1
        super().__init__(msg)
error.__module__ = 're'
)PY";

} // namespace

Status init_pcre_module(Interpreter& interp, DictObject* module_dict) {
    BASTION_TRY_ASSIGN(PcreCodeType * type,
                       (new_pcre_type<PcreCodeType, PcreCode>(interp, "_pcre.Code", "Code", code_traverse)));
    BASTION_TRY(ready_builtin_type(interp, type));
    BASTION_TRY(add_methods(interp, type, kCodeMethods));
    BASTION_TRY(init_match_type(interp, type));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("Code"), Value(type)));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("Match"), Value(type->match_type)));
    struct Constant {
        std::string_view name;
        uint32_t value;
    };
    const Constant constants[] = {
        {"CASELESS", PCRE2_CASELESS}, {"MULTILINE", PCRE2_MULTILINE}, {"DOTALL", PCRE2_DOTALL},
        {"EXTENDED", PCRE2_EXTENDED}, {"UCP", PCRE2_UCP},
    };
    for (const Constant& k : constants) {
        BASTION_TRY_ASSIGN(Ref v, int_from_u64(interp, k.value));
        BASTION_TRY(dict_set_str(interp, module_dict, interp.intern(k.name), v));
    }
    BASTION_TRY_ASSIGN(Ref r, interp.eval_source(kErrorSource, "<_pcre>", Value(module_dict), Value(module_dict)));
    (void)r;
    return {};
}

} // namespace bastion

// traceback.cpp: the `traceback` type and format_exception(), the text CPython 3.11's
// default excepthook prints: chained exceptions, "Traceback (most recent call last):",
// one File/line/name entry per frame with its stripped source line (from sources
// registered by run_source), repeated-line folding, SyntaxError's caret display, the
// final "Type: message" line, __notes__ and the "Did you mean" suggestions of
// NameError/AttributeError (Python/suggestions.c).
// Exception groups print as CPython's boxes (print_exception_group).
// The column markers under each source line come from traceback_carets.cpp.
#include "vm/traceback.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "objects/alloc_fast.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/module.h"
#include "vm/vm_state.h"

namespace bastion {

// --- The traceback type ------------------------------------------------------------------------

Result<Own<TracebackObject>> traceback_new(Interpreter& interp, Value next, Value frame, uint32_t lasti,
                                           uint32_t lineno) {
    BASTION_TRY_ASSIGN(Own<TracebackObject> tb, (make_fixed<TracebackObject>(interp, interp.types.traceback)));
    tb->next = Ref::borrow(next);
    tb->frame = Ref::borrow(frame);
    tb->lasti = lasti;
    tb->lineno = lineno;
    return tb;
}

namespace {

// The entry's line: 0 from traceback_add means "not looked up yet" — raising records only
// the instruction, and the line comes from the frame's line table when first read (as
// CPython's tb_lineno from tb_lasti). A genuine line 0 is simply looked up again.
uint32_t traceback_line(TracebackObject* tb) {
    if (tb->lineno == 0 && tb->frame.get().is_obj()) {
        auto* fo = static_cast<FrameObject*>(tb->frame.obj());
        if (fo->code.get().is_obj())
            tb->lineno = static_cast<CodeObject*>(fo->code.obj())->line_for(tb->lasti / 4);
    }
    return tb->lineno;
}

} // namespace

bool is_traceback(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.traceback; }

namespace {

TracebackObject* as_tb(Value v) { return static_cast<TracebackObject*>(v.obj()); }

Result<Ref> tb_get_next(Interpreter& interp, Value self) {
    return as_tb(self)->next ? as_tb(self)->next : interp.new_none();
}
Status tb_set_next(Interpreter& interp, Value self, Value v) {
    if (v.is_null())
        return interp.raise(interp.exc.TypeError, "can't delete tb_next attribute");
    if (v.is(Value(interp.none))) {
        as_tb(self)->next.reset();
        return {};
    }
    if (!is_traceback(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "expected traceback object or None, got '{}'",
                                type_of(interp, v)->name);
    // Refuse loops: they would make printing (and freeing) endless.
    for (Value cur = v; !cur.is_null(); cur = as_tb(cur)->next)
        if (cur.is(self))
            return interp.raise(interp.exc.ValueError, "traceback loop detected");
    as_tb(self)->next = Ref::borrow(v);
    return {};
}
Result<Ref> tb_get_frame(Interpreter&, Value self) { return as_tb(self)->frame; }
Result<Ref> tb_get_lineno(Interpreter&, Value self) { return Ref::small_int(traceback_line(as_tb(self))); }
Result<Ref> tb_get_lasti(Interpreter&, Value self) { return Ref::small_int(as_tb(self)->lasti); }

constexpr GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_frame", tb_get_frame},
    {"tb_lineno", tb_get_lineno},
    {"tb_lasti", tb_get_lasti},
};

} // namespace

void init_traceback_type_slots(Interpreter& interp) {
    Type* t = interp.types.traceback;
    t->instance_size = sizeof(TracebackObject);
    t->flags |= kTypeGC;
    t->destroy = destroy_as<TracebackObject>;
    t->getattr = generic_getattr;
    t->setattr = generic_setattr;
}

Status init_traceback_type_methods(Interpreter& interp) {
    return add_getsets(interp, interp.types.traceback, kTracebackGetSets);
}

// --- Source lines --------------------------------------------------------------------------------

void register_source(Interpreter& interp, std::string_view filename, std::string_view source) {
    interp.vm().sources[std::string(filename)] = std::string(source);
}

const std::string* registered_source(Interpreter& interp, std::string_view filename) {
    auto& sources = interp.vm().sources;
    auto it = sources.find(std::string(filename));
    return it == sources.end() ? nullptr : &it->second;
}

namespace {

// Line `lineno` (1-based) of a registered file, unstripped and without its newline.
bool raw_source_line(Interpreter& interp, std::string_view filename, uint32_t lineno, std::string* out) {
    const std::string* source = registered_source(interp, filename);
    if (source == nullptr || lineno == 0)
        return false;
    const std::string& text = *source;
    std::size_t pos = 0;
    for (uint32_t line = 1; line < lineno; ++line) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos)
            return false;
        pos = nl + 1;
    }
    if (pos >= text.size())
        return false;
    std::size_t end = text.find('\n', pos);
    *out = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (!out->empty() && out->back() == '\r')
        out->pop_back();
    return true;
}

std::string strip(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '\v'; };
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b]))
        ++b;
    while (e > b && is_space(s[e - 1]))
        --e;
    return std::string(s.substr(b, e - b));
}

} // namespace

std::string source_line(Interpreter& interp, std::string_view filename, uint32_t lineno) {
    std::string raw;
    if (!raw_source_line(interp, filename, lineno, &raw))
        return {};
    return strip(raw);
}

// --- Formatting -----------------------------------------------------------------------------------

namespace {

constexpr uint32_t kRecursiveCutoff = 3; // CPython's TB_RECURSIVE_CUTOFF
constexpr int64_t kDefaultTracebackLimit = 1000;

std::string text_of(Value s) { return str_to_utf8(static_cast<StrObject*>(s.obj())); }

std::string attr_text(Interpreter& interp, Value obj, std::string_view name) {
    StrObject* key = interp.intern(name);
    if (!key)
        return {};
    auto r = get_attr_opt(interp, obj, key);
    if (!r.ok() || !r.value() || !is_str(interp, r.value()))
        return {};
    return text_of(r.value());
}

// An int attribute; *present is false when missing, None or not an int.
int64_t attr_int(Interpreter& interp, Value obj, std::string_view name, bool* present) {
    *present = false;
    StrObject* key = interp.intern(name);
    if (!key)
        return 0;
    auto r = get_attr_opt(interp, obj, key);
    if (!r.ok() || !r.value() || r.value().get().is(Value(interp.none)))
        return 0;
    auto n = index_to_i64(interp, r.value());
    if (!n.ok())
        return 0;
    *present = true;
    return n.value();
}

int64_t traceback_limit(Interpreter& interp) {
    if (!interp.sys_module)
        return kDefaultTracebackLimit;
    StrObject* key = interp.intern("tracebacklimit");
    Value v = key ? dict_get_str(module_dict(interp.sys_module), key) : Value();
    if (v.is_null())
        return kDefaultTracebackLimit;
    auto n = index_to_i64(interp, v);
    return n.ok() ? n.value() : kDefaultTracebackLimit;
}

// `prefix` starts every line (a group's indent and "| " margin); `header_prefix` starts the
// header line ("+ " for the top exception group).
void format_traceback(Interpreter& interp, Value tb, std::string& out, const std::string& prefix,
                      const std::string& header_prefix, std::string_view header) {
    std::vector<TracebackObject*> entries;
    for (Value cur = tb; !cur.is_null() && is_traceback(interp, cur); cur = as_tb(cur)->next)
        entries.push_back(as_tb(cur));
    int64_t limit = traceback_limit(interp);
    if (limit <= 0 || entries.empty())
        return;
    std::size_t skip = entries.size() > static_cast<std::size_t>(limit) ? entries.size() - static_cast<std::size_t>(limit) : 0;
    out += header_prefix;
    out += header;
    std::string last_file, last_name;
    int64_t last_line = -1;
    uint32_t count = 0;
    auto flush_repeats = [&] {
        if (count > kRecursiveCutoff) {
            uint32_t more = count - kRecursiveCutoff;
            out += prefix + fmt::format("  [Previous line repeated {} more time{}]\n", more, more > 1 ? "s" : "");
        }
    };
    for (std::size_t i = skip; i < entries.size(); ++i) {
        TracebackObject* t = entries[i];
        auto* fo = static_cast<FrameObject*>(t->frame.obj());
        auto* co = static_cast<CodeObject*>(fo->code.obj());
        std::string file = text_of(co->filename);
        std::string name = text_of(co->name);
        uint32_t line = traceback_line(t);
        if (last_line == -1 || file != last_file || line != last_line || name != last_name) {
            flush_repeats();
            last_file = file;
            last_line = line;
            last_name = name;
            count = 0;
        }
        if (++count > kRecursiveCutoff)
            continue;
        out += prefix + fmt::format("  File \"{}\", line {}, in {}\n", file, line, name);
        std::string raw;
        if (raw_source_line(interp, file, line, &raw) && !strip(raw).empty()) {
            // The line without its indentation (trailing spaces stay, as CPython prints
            // them), then the column markers of the failing instruction.
            std::size_t first = raw.find_first_not_of(" \t\f");
            out += prefix + "    " + raw.substr(first == std::string::npos ? raw.size() : first) + "\n";
            std::string carets = traceback_caret_line(raw, co->image->position_for(t->lasti / 4));
            if (!carets.empty())
                out += prefix + carets + "\n";
        }
    }
    flush_repeats();
}

// CPython's print_error_text: the offending line, stripped on the left, and carets.
void format_syntax_error_text(std::string_view text, int64_t offset, int64_t end_offset, std::string& out) {
    std::size_t caret_repetitions = (end_offset > 0 && end_offset > offset) ? static_cast<std::size_t>(end_offset - offset) : 1;
    --offset;
    std::size_t start = 0;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
        ++start;
        --offset;
    }
    text.remove_prefix(start);
    int64_t len = static_cast<int64_t>(text.size());
    if (len > 0 && text[static_cast<std::size_t>(len - 1)] == '\n')
        --len;
    if (offset > len)
        offset = len;
    for (;;) {
        std::size_t nl = text.find('\n');
        if (nl == std::string_view::npos || static_cast<int64_t>(nl) >= offset)
            break;
        text.remove_prefix(nl + 1);
        len -= static_cast<int64_t>(nl + 1);
        offset -= static_cast<int64_t>(nl + 1);
    }
    out += "    ";
    out += text.substr(0, static_cast<std::size_t>(len < 0 ? 0 : len));
    out += "\n";
    if (offset < 0)
        return;
    out += "    " + std::string(static_cast<std::size_t>(offset), ' ') + std::string(caret_repetitions, '^') + "\n";
}

// The "  File ..., line N" block of a SyntaxError; returns its msg for the final line.
std::string format_syntax_error(Interpreter& interp, Value exc, std::string& out) {
    std::string msg = attr_text(interp, exc, "msg");
    std::string filename = attr_text(interp, exc, "filename");
    if (filename.empty())
        filename = "<string>";
    bool has_line = false, has_offset = false, has_end_line = false, has_end_offset = false;
    int64_t lineno = attr_int(interp, exc, "lineno", &has_line);
    int64_t offset = attr_int(interp, exc, "offset", &has_offset);
    int64_t end_lineno = lineno, end_offset = -1;
    if (type_of(interp, exc) == interp.exc.SyntaxError) {
        end_lineno = attr_int(interp, exc, "end_lineno", &has_end_line);
        if (!has_end_line)
            end_lineno = lineno;
        end_offset = attr_int(interp, exc, "end_offset", &has_end_offset);
        if (!has_end_offset)
            end_offset = -1;
    }
    if (!has_offset)
        offset = -1;
    out += fmt::format("  File \"{}\", line {}\n", filename, has_line ? lineno : 0);
    StrObject* text_key = interp.intern("text");
    auto text = text_key ? get_attr_opt(interp, exc, text_key) : Result<Ref>(Ref());
    if (text.ok() && text.value() && is_str(interp, text.value())) {
        std::string line = text_of(text.value());
        int64_t line_size = static_cast<int64_t>(static_cast<StrObject*>(text.value().obj())->length);
        if (end_lineno > lineno)
            end_offset = line_size;
        if (end_offset > line_size + 1)
            end_offset = line_size + 1;
        format_syntax_error_text(line, offset, end_offset, out);
    }
    return msg;
}

// --- "Did you mean" (CPython 3.11 Python/suggestions.c) ---------------------------------------------

constexpr std::size_t kMaxCandidateItems = 750;
constexpr std::size_t kMaxStringSize = 40;
constexpr std::size_t kMoveCost = 2;
constexpr std::size_t kCaseCost = 1;

std::size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31))
        return kMoveCost;
    if (a == b)
        return 0;
    if ('A' <= a && a <= 'Z')
        a = static_cast<char>(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z')
        b = static_cast<char>(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

std::size_t levenshtein(std::string_view a, std::string_view b, std::size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty())
        return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize)
        return max_cost + 1;
    if (b.size() < a.size())
        std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost)
        return max_cost + 1;
    std::size_t buffer[kMaxStringSize];
    std::size_t tmp = kMoveCost;
    for (std::size_t i = 0; i < a.size(); ++i) {
        buffer[i] = tmp;
        tmp += kMoveCost;
    }
    std::size_t result = 0;
    for (std::size_t bi = 0; bi < b.size(); ++bi) {
        char code = b[bi];
        std::size_t distance = result = bi * kMoveCost;
        std::size_t minimum = SIZE_MAX;
        for (std::size_t index = 0; index < a.size(); ++index) {
            std::size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            std::size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            buffer[index] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

std::string best_suggestion(const std::vector<std::string>& candidates, const std::string& name) {
    if (candidates.size() >= kMaxCandidateItems)
        return {};
    std::size_t best_distance = SIZE_MAX;
    std::string best;
    for (const std::string& item : candidates) {
        if (item == name)
            continue;
        std::size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        if (best_distance != SIZE_MAX)
            max_distance = std::min(max_distance, best_distance - 1);
        std::size_t d = levenshtein(name, item, max_distance);
        if (d > max_distance)
            continue;
        if (best.empty() || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

std::vector<std::string> dict_keys_text(Interpreter& interp, Value dict) {
    std::vector<std::string> keys;
    if (dict.is_null() || !is_dict(interp, dict))
        return keys;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(static_cast<DictObject*>(dict.obj()), &pos, &k, &v))
        if (is_str(interp, k))
            keys.push_back(text_of(k));
    return keys;
}

std::string suggestion_for(Interpreter& interp, Value exc) {
    bool is_name_error = is_subtype(type_of(interp, exc), interp.exc.NameError);
    bool is_attr_error = is_subtype(type_of(interp, exc), interp.exc.AttributeError);
    if (!is_name_error && !is_attr_error)
        return {};
    std::string name = attr_text(interp, exc, "name");
    if (name.empty())
        return {};
    if (is_attr_error) {
        StrObject* obj_key = interp.names.obj;
        auto obj = obj_key ? get_attr_opt(interp, exc, obj_key) : Result<Ref>(Ref());
        if (!obj.ok() || !obj.value())
            return {};
        StrObject* dir_key = interp.intern("dir");
        // No builtins (an exception printed during teardown, after they were released): no suggestion.
        if (!interp.builtins || !dir_key)
            return {};
        Value dir_fn = dict_get_str(static_cast<DictObject*>(interp.builtins.obj()), dir_key);
        if (dir_fn.is_null())
            return {};
        auto listing = call_positional(interp, dir_fn, {obj.value()});
        if (!listing.ok() || !is_list(interp, listing.value()))
            return {};
        std::vector<std::string> names;
        for (const Ref& item : static_cast<ListObject*>(listing.value().obj())->items)
            if (is_str(interp, item))
                names.push_back(text_of(item));
        return best_suggestion(names, name);
    }
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    Value tb = e->traceback;
    if (tb.is_null() || !is_traceback(interp, tb))
        return {};
    while (!as_tb(tb)->next.is_null() && is_traceback(interp, as_tb(tb)->next))
        tb = as_tb(tb)->next;
    auto* fo = static_cast<FrameObject*>(as_tb(tb)->frame.obj());
    auto* co = static_cast<CodeObject*>(fo->code.obj());
    std::vector<std::string> varnames;
    for (uint32_t i = 0; i < co->nlocals; ++i)
        varnames.push_back(str_to_utf8(co->varname_at(i)));
    std::string s = best_suggestion(varnames, name);
    if (s.empty())
        s = best_suggestion(dict_keys_text(interp, fo->globals), name);
    if (s.empty())
        s = best_suggestion(dict_keys_text(interp, fo->builtins ? Value(fo->builtins) : Value(interp.builtins)), name);
    return s;
}

// The last line: "module.Qualname: message" (module omitted for builtins and __main__).
void format_exception_only(Interpreter& interp, Value exc, std::string& out) {
    std::string message_override;
    bool syntax = is_subtype(type_of(interp, exc), interp.exc.SyntaxError);
    if (syntax)
        message_override = format_syntax_error(interp, exc, out);
    Type* t = type_of(interp, exc);
    auto module = get_attr_opt(interp, Value(t), interp.names.__module__);
    if (!module.ok() || !module.value() || !is_str(interp, module.value())) {
        out += "<unknown>.";
    } else {
        std::string m = text_of(module.value());
        if (m != "builtins" && m != "__main__")
            out += m + ".";
    }
    out += t->qualname.empty() ? t->name : t->qualname;
    if (syntax) {
        if (!message_override.empty())
            out += ": " + message_override;
    } else {
        auto s = str(interp, exc);
        if (!s.ok())
            out += ": <exception str() failed>";
        else if (s.value()->length != 0)
            out += ": " + str_to_utf8(s.value().get());
    }
    std::string suggestion = suggestion_for(interp, exc);
    if (!suggestion.empty())
        out += ". Did you mean: '" + suggestion + "'?";
    out += "\n";
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->notes && is_list(interp, e->notes)) {
        for (const Ref& note : static_cast<ListObject*>(e->notes.obj())->items) {
            auto s = str(interp, note);
            out += s.ok() ? str_to_utf8(s.value().get()) : std::string("<note str() failed>");
            out += "\n";
        }
    }
}

} // namespace

namespace {

// CPython's exception_print_context (Python/pythonrun.c): chained exceptions first, then
// the exception; groups print their members in boxes, indented two columns per level.
constexpr int64_t kMaxGroupWidth = 15;
constexpr int64_t kMaxGroupDepth = 10;

struct PrintContext {
    Interpreter& interp;
    std::string out;
    std::unordered_set<Object*> seen;
    int64_t group_depth = 0;
    bool need_close = false;

    std::string indent() const { return std::string(static_cast<std::size_t>(2 * group_depth), ' '); }
    std::string margin() const { return indent() + (group_depth ? "| " : ""); }
};

bool is_group(Interpreter& interp, Value v) { return is_subtype(type_of(interp, v), interp.exc.BaseExceptionGroup); }

// Every line of `text` gets `prefix`.
void append_prefixed(std::string& out, const std::string& prefix, std::string_view text) {
    if (prefix.empty()) {
        out += text;
        return;
    }
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        out += prefix;
        out += text.substr(start, end - start);
        start = end;
    }
}

void print_recursive(PrintContext& ctx, Value exc);

void print_one(PrintContext& ctx, Value exc) {
    Interpreter& interp = ctx.interp;
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->traceback) {
        std::string header_prefix = ctx.margin();
        std::string_view header = "Traceback (most recent call last):\n";
        if (is_group(interp, exc)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (ctx.group_depth == 1)
                header_prefix = ctx.indent() + "+ ";
        }
        format_traceback(interp, e->traceback, ctx.out, ctx.margin(), header_prefix, header);
    }
    std::string only;
    format_exception_only(interp, exc, only);
    append_prefixed(ctx.out, ctx.margin(), only);
}

void print_chained(PrintContext& ctx, Value exc, std::string_view message) {
    bool need_close = ctx.need_close;
    print_recursive(ctx, exc);
    ctx.need_close = need_close;
    std::string m = ctx.margin();
    ctx.out += m + "\n" + m;
    ctx.out += message;
    ctx.out += m + "\n";
}

void print_group(PrintContext& ctx, Value exc) {
    if (ctx.group_depth > kMaxGroupDepth) {
        ctx.out += ctx.margin() + fmt::format("... (max_group_depth is {})\n", kMaxGroupDepth);
        return;
    }
    if (ctx.group_depth == 0)
        ctx.group_depth += 1;
    print_one(ctx, exc);
    StrObject* key = ctx.interp.intern("exceptions");
    Value excs;
    if (key) {
        auto v = get_attr_opt(ctx.interp, exc, key);
        if (v.ok() && v.value() && is_tuple(ctx.interp, v.value()))
            excs = v.value();
    }
    Ref hold = excs.is_null() ? Ref() : Ref::borrow(excs);
    int64_t num = excs.is_null() ? 0 : static_cast<TupleObject*>(excs.obj())->size;
    int64_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (int64_t i = 0; i < n; ++i) {
        bool last = i == n - 1;
        if (last)
            ctx.need_close = true;
        bool truncated = i >= kMaxGroupWidth;
        ctx.out += ctx.indent();
        ctx.out += i == 0 ? "+-" : "  ";
        if (truncated)
            ctx.out += "+---------------- ... ----------------\n";
        else
            ctx.out += fmt::format("+---------------- {} ----------------\n", i + 1);
        ctx.group_depth += 1;
        if (!truncated) {
            print_recursive(ctx, static_cast<TupleObject*>(excs.obj())->at(i));
        } else {
            int64_t remaining = num - kMaxGroupWidth;
            ctx.out += ctx.margin() + fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : "");
        }
        if (last && ctx.need_close) {
            ctx.out += ctx.indent() + "+------------------------------------\n";
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if (ctx.group_depth == 1)
        ctx.group_depth -= 1;
}

void print_recursive(PrintContext& ctx, Value exc) {
    Interpreter& interp = ctx.interp;
    if (interp.native_stack_exhausted()) {
        ctx.out += ctx.margin() + "... (traceback too deep)\n";
        return;
    }
    ctx.seen.insert(exc.obj());
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->cause && is_exception_instance(interp, e->cause)) {
        if (!ctx.seen.count(e->cause.obj()))
            print_chained(ctx, e->cause, "The above exception was the direct cause of the following exception:\n");
    } else if (!e->suppress_context && e->context && is_exception_instance(interp, e->context)) {
        if (!ctx.seen.count(e->context.obj()))
            print_chained(ctx, e->context,
                          "During handling of the above exception, another exception occurred:\n");
    }
    if (is_group(interp, exc))
        print_group(ctx, exc);
    else
        print_one(ctx, exc);
}

} // namespace

std::string format_exception(Interpreter& interp, Value exc) {
    if (!is_exception_instance(interp, exc))
        return fmt::format("TypeError: print_exception(): Exception expected for value, {} found\n",
                           type_of(interp, exc)->name);
    PrintContext ctx{interp, {}, {}};
    Ref hold = Ref::borrow(exc);
    print_recursive(ctx, exc);
    return std::move(ctx.out);
}

} // namespace bastion

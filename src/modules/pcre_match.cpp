// pcre_match.cpp: the native `re.Match` type of the `_pcre` module. The Code object's
// scans make Match objects directly (no Python-level constructor); group lookups, spans,
// groups()/groupdict(), lastindex/lastgroup, regs and repr are native. `expand` is a
// Python function from lib/re.py, installed into the type's dict at import
// (`_pcre.set_match_attr`). As in CPython, re.Match cannot be subclassed or created from
// Python. A group index is resolved as CPython's match_getindex does: an int (or any
// __index__ object), else a key of the pattern's groupindex; otherwise IndexError.
#include <algorithm>
#include <string>

#include "gc/visitor.h"
#include "modules/pcre_internal.h"
#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/generic_alias.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

Result<Ref> pcre_slice(Interpreter& interp, Value src, int64_t start, int64_t end) {
    if (is_str(interp, src)) {
        auto* s = static_cast<StrObject*>(src.obj());
        BASTION_CHECK(start >= 0 && start <= end && end <= s->length);
        BASTION_TRY_ASSIGN(Own<StrObject> piece, str_substring(interp, s, start, end));
        return Ref(std::move(piece));
    }
    std::span<const uint8_t> data = bytes_like_view(src);
    BASTION_CHECK(start >= 0 && start <= end && static_cast<uint64_t>(end) <= data.size());
    BASTION_TRY_ASSIGN(Own<BytesObject> piece,
                       bytes_from(interp, data.subspan(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start))));
    return Ref(std::move(piece));
}

Result<Ref> make_match(Interpreter& interp, PcreCode* code, Value pattern, Value string, Value src, int64_t pos,
                       int64_t endpos, const int64_t* spans) {
    auto* code_type = static_cast<PcreCodeType*>(code->type);
    int64_t count = 2 * (static_cast<int64_t>(code->groups) + 1);
    auto extra = checked_mul<std::size_t>(static_cast<std::size_t>(count), sizeof(int64_t));
    if (!extra)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<PcreMatch> m, interp.make_var<PcreMatch>(code_type->match_type, *extra));
    m->ngroups = code->groups;
    for (int64_t i = 0; i < count; ++i)
        m->set_span(i, spans[i]);
    m->pattern = Ref::borrow(pattern);
    m->string = Ref::borrow(string);
    m->src = Ref::borrow(src);
    m->code = Ref::borrow(Value(code));
    m->pos = pos;
    m->endpos = endpos;
    return std::move(m).into_ref();
}

namespace {

PcreMatch* as_match(Value v) { return static_cast<PcreMatch*>(v.obj()); }
DictObject* groupindex_of(PcreMatch* m) {
    return static_cast<DictObject*>(static_cast<PcreCode*>(m->code.get().obj())->groupindex.get().obj());
}

Raised no_such_group(Interpreter& interp) { return interp.raise(interp.exc.IndexError, "no such group"); }

// CPython's match_getindex: 0 <= index <= groups, else IndexError("no such group").
Result<int64_t> group_index(Interpreter& interp, PcreMatch* m, Value g) {
    int64_t i = -1;
    if (is_int(interp, g)) {
        if (!int_to_i64(g, &i))
            i = -1;
    } else if (type_of(interp, g)->number.index != nullptr) {
        BASTION_TRY_ASSIGN(Ref as_int, index(interp, g));
        if (!int_to_i64(as_int, &i))
            i = -1;
    } else {
        BASTION_TRY_ASSIGN(Value found, dict_get(interp, groupindex_of(m), g));
        if (found.is_null() || !int_to_i64(found, &i))
            i = -1;
    }
    if (i < 0 || i > m->ngroups)
        return no_such_group(interp);
    return i;
}

// Group k's text, or `fallback` when it did not take part.
Result<Ref> group_text(Interpreter& interp, PcreMatch* m, int64_t k, Value fallback) {
    int64_t start = m->span_at(2 * k);
    if (start < 0)
        return Ref::borrow(fallback);
    return pcre_slice(interp, m->src, start, m->span_at(2 * k + 1));
}

Result<Ref> match_group(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "group"));
    PcreMatch* m = as_match(self);
    if (args.npos == 0)
        return group_text(interp, m, 0, Value(interp.none));
    if (args.npos == 1) {
        BASTION_TRY_ASSIGN(int64_t k, group_index(interp, m, args.items[0]));
        return group_text(interp, m, k, Value(interp.none));
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, static_cast<int64_t>(args.npos)));
    for (std::size_t i = 0; i < args.npos; ++i) {
        BASTION_TRY_ASSIGN(int64_t k, group_index(interp, m, args.items[i]));
        BASTION_TRY_ASSIGN(Ref text, group_text(interp, m, k, Value(interp.none)));
        tuple_init_item(t.get(), static_cast<int64_t>(i), std::move(text));
    }
    return Ref(std::move(t));
}

Result<Ref> match_getitem(Interpreter& interp, Value self, Value key) {
    PcreMatch* m = as_match(self);
    BASTION_TRY_ASSIGN(int64_t k, group_index(interp, m, key));
    return group_text(interp, m, k, Value(interp.none));
}

Result<Value> default_arg(Interpreter& interp, CallArgs args, std::string_view name) {
    Value out[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{name, {"default"}, 0}, out));
    return out[0].is_null() ? Value(interp.none) : out[0];
}

Result<Ref> match_groups(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(Value fallback, default_arg(interp, args, "groups"));
    PcreMatch* m = as_match(self);
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, m->ngroups));
    for (int64_t k = 1; k <= m->ngroups; ++k) {
        BASTION_TRY_ASSIGN(Ref text, group_text(interp, m, k, fallback));
        tuple_init_item(t.get(), k - 1, std::move(text));
    }
    return Ref(std::move(t));
}

Result<Ref> match_groupdict(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(Value fallback, default_arg(interp, args, "groupdict"));
    PcreMatch* m = as_match(self);
    BASTION_TRY_ASSIGN(Own<DictObject> out, dict_new(interp));
    Ref names = m->code; // keeps the code (and its groupindex) alive while values are made
    DictObject* index = groupindex_of(m);
    int64_t pos = 0;
    Value key, value;
    while (dict_next(index, &pos, &key, &value)) {
        Ref k = Ref::borrow(key);
        int64_t g = -1;
        if (!int_to_i64(value, &g) || g < 0 || g > m->ngroups)
            return no_such_group(interp);
        BASTION_TRY_ASSIGN(Ref text, group_text(interp, m, g, fallback));
        BASTION_TRY(dict_set(interp, out.get(), k, text));
    }
    return Ref(std::move(out));
}

Result<int64_t> optional_group(Interpreter& interp, Value self, CallArgs args, std::string_view name) {
    Value out[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{name, {"group"}, 0, 1}, out));
    if (out[0].is_null())
        return 0;
    return group_index(interp, as_match(self), out[0]);
}

Result<Ref> match_start(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(int64_t k, optional_group(interp, self, args, "start"));
    return Ref::small_int(as_match(self)->span_at(2 * k));
}

Result<Ref> match_end(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(int64_t k, optional_group(interp, self, args, "end"));
    return Ref::small_int(as_match(self)->span_at(2 * k + 1));
}

Result<Ref> span_tuple(Interpreter& interp, PcreMatch* m, int64_t k) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t,
                       tuple_of(interp, {Value::small_int(m->span_at(2 * k)), Value::small_int(m->span_at(2 * k + 1))}));
    return Ref(std::move(t));
}

Result<Ref> match_span(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(int64_t k, optional_group(interp, self, args, "span"));
    return span_tuple(interp, as_match(self), k);
}

Result<Ref> match_self(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__copy__", 0, 0));
    return Ref::borrow(self);
}

Result<Ref> match_deepcopy(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__deepcopy__", 1, 1));
    return Ref::borrow(self);
}

Result<Ref> get_re(Interpreter&, Value self) { return as_match(self)->pattern; }
Result<Ref> get_string(Interpreter&, Value self) { return as_match(self)->string; }
Result<Ref> get_pos(Interpreter&, Value self) { return Ref::small_int(as_match(self)->pos); }
Result<Ref> get_endpos(Interpreter&, Value self) { return Ref::small_int(as_match(self)->endpos); }

// The group that closed last: the largest end, and for ties the outermost (earliest start).
int64_t last_index(PcreMatch* m) {
    int64_t best = -1;
    int64_t best_end = -1;
    for (int64_t k = 1; k <= m->ngroups; ++k) {
        int64_t start = m->span_at(2 * k);
        int64_t end = m->span_at(2 * k + 1);
        if (start < 0 || end < best_end)
            continue;
        if (best < 0 || end > best_end || start < m->span_at(2 * best)) {
            best = k;
            best_end = end;
        }
    }
    return best;
}

Result<Ref> get_lastindex(Interpreter& interp, Value self) {
    int64_t k = last_index(as_match(self));
    return k < 0 ? Ref::borrow(Value(interp.none)) : Ref::small_int(k);
}

Result<Ref> get_lastgroup(Interpreter& interp, Value self) {
    PcreMatch* m = as_match(self);
    int64_t k = last_index(m);
    if (k >= 0) {
        DictObject* index = groupindex_of(m);
        int64_t pos = 0;
        Value key, value;
        int64_t g = -1;
        while (dict_next(index, &pos, &key, &value))
            if (int_to_i64(value, &g) && g == k)
                return Ref::borrow(key);
    }
    return Ref::borrow(Value(interp.none));
}

Result<Ref> get_regs(Interpreter& interp, Value self) {
    PcreMatch* m = as_match(self);
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, m->ngroups + 1));
    for (int64_t k = 0; k <= m->ngroups; ++k) {
        BASTION_TRY_ASSIGN(Ref span, span_tuple(interp, m, k));
        tuple_init_item(t.get(), k, std::move(span));
    }
    return Ref(std::move(t));
}

Result<Ref> match_repr(Interpreter& interp, Value self) {
    PcreMatch* m = as_match(self);
    BASTION_TRY_ASSIGN(Ref whole, group_text(interp, m, 0, Value(interp.none)));
    BASTION_TRY_ASSIGN(Own<StrObject> text, repr(interp, whole));
    std::string out = fmt::format("<re.Match object; span=({}, {}), match=", m->span_at(0), m->span_at(1));
    out += str_to_utf8(text.get());
    out += '>';
    BASTION_TRY_ASSIGN(Own<StrObject> result, str_from_utf8(interp, out));
    return Ref(std::move(result));
}

void match_traverse(Object* o, Visitor& v) {
    auto* m = static_cast<PcreMatch*>(o);
    v.visit(m->pattern);
    v.visit(m->string);
    v.visit(m->src);
    v.visit(m->code);
}

const MethodDef kMatchMethods[] = {
    {"group", match_group},       {"groups", match_groups}, {"groupdict", match_groupdict},
    {"start", match_start},       {"end", match_end},       {"span", match_span},
    {"__copy__", match_self},     {"__deepcopy__", match_deepcopy},
};

const GetSetDef kMatchGetSets[] = {
    {"re", get_re},         {"string", get_string},       {"pos", get_pos},        {"endpos", get_endpos},
    {"lastindex", get_lastindex}, {"lastgroup", get_lastgroup}, {"regs", get_regs},
};

} // namespace

Status init_match_type(Interpreter& interp, PcreCodeType* code_type) {
    BASTION_TRY_ASSIGN(Type * type, (new_pcre_type<Type, PcreMatch>(interp, "re.Match", "Match", match_traverse)));
    type->repr = match_repr;
    type->getitem = match_getitem;
    BASTION_TRY(ready_builtin_type(interp, type));
    BASTION_TRY(add_methods(interp, type, kMatchMethods));
    BASTION_TRY(add_getsets(interp, type, kMatchGetSets));
    BASTION_TRY(add_class_getitem(interp, type)); // re.Match[str]
    code_type->match_type = type;
    return {};
}

} // namespace bastion

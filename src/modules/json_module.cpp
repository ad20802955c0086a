// json_module.cpp: the `_json` module — the native scanner and encoder lib/json uses when
// it is present (json_decode.cpp, json_encode.cpp). Bastion's own interface (not CPython's
// c_make_scanner/c_make_encoder objects): scan(s, idx, strict, error_class, whole, hooks) and
// encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
// item_separator, key_separator, default), plus encode_basestring(_ascii).
#include <new>

#include "modules/json_internal.h"
#include "objects/abstract.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

Result<StrObject*> str_arg(Interpreter& interp, Value v, std::string_view what) {
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{} must be str, not {}", what, tname(interp, v));
    return static_cast<StrObject*>(v.obj());
}

// scan(s, idx, strict, error_class, whole, hooks) -> (value, end); hooks is None or
// (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), None for absent.
Result<Ref> json_scan_fn(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "scan"));
    BASTION_TRY(check_positional(interp, args, "scan", 6, 6));
    auto a = args.positional();
    if (!is_str(interp, a[0]))
        return interp.raise_fmt(interp.exc.TypeError, "first argument must be a string, not {}", tname(interp, a[0]));
    BASTION_TRY_ASSIGN(int64_t idx, index_to_i64(interp, a[1]));
    JsonScanOptions opt;
    BASTION_TRY_ASSIGN(opt.strict, is_true(interp, a[2]));
    opt.error_class = a[3];
    BASTION_TRY_ASSIGN(opt.whole, is_true(interp, a[4]));
    if (!a[5].is(Value(interp.none))) {
        if (!is_tuple(interp, a[5]) || static_cast<TupleObject*>(a[5].obj())->size != 5)
            return interp.raise(interp.exc.TypeError, "hooks must be None or a 5-tuple");
        auto* t = static_cast<TupleObject*>(a[5].obj());
        Value* slots[] = {&opt.object_hook, &opt.pairs_hook, &opt.parse_float, &opt.parse_int, &opt.parse_constant};
        for (int64_t k = 0; k < 5; ++k) {
            if (!t->at(k).is(Value(interp.none)))
                *slots[k] = t->at(k);
        }
    }
    int64_t end = 0;
    BASTION_TRY_ASSIGN(Ref value, json_scan(interp, static_cast<StrObject*>(a[0].obj()), idx, opt, &end));
    BASTION_TRY_ASSIGN(Ref end_ref, int_from_i64(interp, end));
    BASTION_TRY_ASSIGN(Own<TupleObject> pair, tuple_of(interp, {value.get(), end_ref.get()}));
    return std::move(pair).into_ref();
}

// encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
//        item_separator, key_separator, default) -> str; indent is None or a str.
Result<Ref> json_encode_fn(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "encode"));
    BASTION_TRY(check_positional(interp, args, "encode", 10, 10));
    auto a = args.positional();
    JsonEncodeOptions opt;
    BASTION_TRY_ASSIGN(opt.skipkeys, is_true(interp, a[1]));
    BASTION_TRY_ASSIGN(opt.ensure_ascii, is_true(interp, a[2]));
    BASTION_TRY_ASSIGN(opt.check_circular, is_true(interp, a[3]));
    BASTION_TRY_ASSIGN(opt.allow_nan, is_true(interp, a[4]));
    BASTION_TRY_ASSIGN(opt.sort_keys, is_true(interp, a[5]));
    if (!a[6].is(Value(interp.none))) {
        BASTION_TRY_ASSIGN(StrObject* indent, str_arg(interp, a[6], "indent"));
        opt.has_indent = true;
        opt.indent = str_to_utf8(indent);
    }
    BASTION_TRY_ASSIGN(StrObject* item_sep, str_arg(interp, a[7], "item_separator"));
    BASTION_TRY_ASSIGN(StrObject* key_sep, str_arg(interp, a[8], "key_separator"));
    opt.item_separator = str_to_utf8(item_sep);
    opt.key_separator = str_to_utf8(key_sep);
    opt.default_fn = a[9];
    return json_encode(interp, a[0], opt);
}

Result<Ref> encode_basestring_impl(Interpreter& interp, CallArgs args, std::string_view name, bool ensure_ascii) {
    BASTION_TRY(no_keywords(interp, args, name));
    BASTION_TRY(check_positional(interp, args, name, 1, 1));
    Value s = args.positional()[0];
    if (!is_str(interp, s))
        return interp.raise_fmt(interp.exc.TypeError, "first argument must be a string, not {}", tname(interp, s));
    std::string out;
    try {
        json_append_string(out, static_cast<const StrObject*>(s.obj()), ensure_ascii);
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_from_utf8(interp, out));
    return std::move(r).into_ref();
}

Result<Ref> json_encode_basestring(Interpreter& interp, CallArgs args) {
    return encode_basestring_impl(interp, args, "encode_basestring", false);
}

Result<Ref> json_encode_basestring_ascii(Interpreter& interp, CallArgs args) {
    return encode_basestring_impl(interp, args, "encode_basestring_ascii", true);
}

struct JsonFunction {
    std::string_view name;
    NativeFunction fn;
};

constexpr JsonFunction kFunctions[] = {
    {"scan", json_scan_fn},
    {"encode", json_encode_fn},
    {"encode_basestring", json_encode_basestring},
    {"encode_basestring_ascii", json_encode_basestring_ascii},
};

} // namespace

Status init_json_module(Interpreter& interp, DictObject* module_dict) {
    for (const JsonFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "_json"));
        BASTION_TRY(dict_set_str(interp, module_dict, interp.intern(f.name), fn));
    }
    return {};
}

} // namespace bastion

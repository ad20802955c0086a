// codecs_module.cpp: `_codecs`, the native half of lib/codecs.py — the error-handler
// registry (register_error, lookup_error), encoding-name resolution (_codec_name), the
// registry's entry points for str.encode / bytes.decode (_set_text_codecs) and the escape
// codecs' functions (objects/codecs_escape.cpp).
// CPython: Modules/_codecsmodule.c and Python/codecs.c (behaviour and messages, not code).
#include <string>

#include "objects/codecs.h"
#include "objects/codecs_escape.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

Result<std::string> str_arg(Interpreter& interp, Value v, std::string_view message_prefix) {
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{} must be str, not {}", message_prefix, type_of(interp, v)->name);
    return str_to_utf8(static_cast<StrObject*>(v.obj()));
}

Result<Ref> codecs_register_error(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "register_error"));
    BASTION_TRY(check_positional(interp, args, "register_error", 2, 2));
    BASTION_TRY(codec_register_error(interp, args.items[0], args.items[1]));
    return interp.new_none();
}

Result<Ref> codecs_lookup_error(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "lookup_error"));
    BASTION_TRY(check_positional(interp, args, "lookup_error", 1, 1));
    BASTION_TRY_ASSIGN(std::string name, str_arg(interp, args.items[0], "lookup_error() argument"));
    return codec_lookup_error(interp, name);
}

// _codec_name(encoding) -> the codec's name in messages ("utf-8", "latin-1", "utf-16-le"),
// or LookupError "unknown encoding: X".
Result<Ref> codecs_codec_name(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "lookup"));
    BASTION_TRY(check_positional(interp, args, "lookup", 1, 1));
    BASTION_TRY_ASSIGN(std::string name, str_arg(interp, args.items[0], "lookup() argument"));
    Codec codec;
    if (!codec_lookup(name, &codec))
        return interp.raise_fmt(interp.exc.LookupError, "unknown encoding: {}", name);
    return make_str(interp, codec_name(codec));
}

// _set_text_codecs(encode, decode): lib/codecs.py's entry points for str.encode and
// bytes.decode of encodings the built-in codecs do not know (objects/codecs.h).
Result<Ref> codecs_set_text_codecs(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "_set_text_codecs"));
    BASTION_TRY(check_positional(interp, args, "_set_text_codecs", 2, 2));
    BASTION_TRY(codec_set_text_codecs(interp, args.items[0], args.items[1]));
    return interp.new_none();
}

struct CodecsFunction {
    std::string_view name;
    NativeFunction fn;
};

constexpr CodecsFunction kFunctions[] = {
    {"register_error", codecs_register_error},
    {"lookup_error", codecs_lookup_error},
    {"_codec_name", codecs_codec_name},
    {"_set_text_codecs", codecs_set_text_codecs},
    {"unicode_escape_decode", codecs_unicode_escape_decode},
    {"unicode_escape_encode", codecs_unicode_escape_encode},
    {"raw_unicode_escape_decode", codecs_raw_unicode_escape_decode},
    {"raw_unicode_escape_encode", codecs_raw_unicode_escape_encode},
    {"escape_decode", codecs_escape_decode},
    {"escape_encode", codecs_escape_encode},
};

} // namespace

Status init_codecs_native_module(Interpreter& interp, DictObject* module_dict) {
    for (const CodecsFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "_codecs"));
        BASTION_TRY(dict_set_str(interp, module_dict, interp.intern(f.name), fn));
    }
    return {};
}

} // namespace bastion

// unicodedata_module.cpp: the `unicodedata` module — character names (name, lookup, with
// aliases and named sequences), UnicodeData.txt's properties (category, bidirectional,
// combining, east_asian_width, mirrored, decimal, digit, numeric, decomposition) from
// support/unicode_db.h, and normalize/is_normalized over support/normalize.h.
// CPython: Modules/unicodedata.c (behaviour and messages, not code). No ucd_3_2_0.
#include <cstdlib>
#include <string>

#include "objects/buffer.h"
#include "objects/codecs.h"
#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "support/normalize.h"
#include "support/unicode_db.h"
#include "support/utf8.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr size_t kNameMaxLen = 256; // CPython's NAME_MAXLEN

// Argument Clinic's name for an argument's type: "None" for None.
std::string_view arg_type_name(Interpreter& interp, Value v) {
    if (v.is(Value(interp.none)))
        return "None";
    return type_of(interp, v)->name;
}

// The one character of a length-1 str argument. `numbered`: Argument Clinic's wording for
// functions with more than one parameter ("argument 1 must be ...").
Result<uint32_t> one_char(Interpreter& interp, Value v, std::string_view fname, bool numbered) {
    if (is_str(interp, v)) {
        auto* s = static_cast<StrObject*>(v.obj());
        if (s->length == 1)
            return s->at(0);
    }
    return interp.raise_fmt(interp.exc.TypeError, "{}() argument{} must be a unicode character, not {}", fname,
                            numbered ? " 1" : "", arg_type_name(interp, v));
}

// The character argument of a METH_O function.
Result<uint32_t> single_arg(Interpreter& interp, CallArgs args, std::string_view fname) {
    std::string qualified = "unicodedata." + std::string(fname);
    BASTION_TRY(no_keywords(interp, args, qualified));
    BASTION_TRY(check_positional(interp, args, qualified, 1, 1));
    return one_char(interp, args.items[0], fname, false);
}

// (chr, default=<none>, /) functions: the character; `has_default` tells whether a default was given.
Result<uint32_t> char_and_default(Interpreter& interp, CallArgs args, std::string_view fname, bool& has_default) {
    BASTION_TRY(no_keywords(interp, args, std::string("unicodedata.") + std::string(fname)));
    BASTION_TRY(check_positional(interp, args, fname, 1, 2));
    has_default = args.npos == 2;
    return one_char(interp, args.items[0], fname, true);
}

Result<Ref> str_arg_error(Interpreter& interp, std::string_view fname, int n, Value v) {
    return interp.raise_fmt(interp.exc.TypeError, "{}() argument {} must be str, not {}", fname, n,
                            arg_type_name(interp, v));
}

Result<Ref> ud_name(Interpreter& interp, CallArgs args) {
    bool has_default = false;
    BASTION_TRY_ASSIGN(uint32_t cp, char_and_default(interp, args, "name", has_default));
    std::string name;
    if (unicode::char_name(cp, name))
        return make_str(interp, name);
    if (has_default)
        return Ref::borrow(args.items[1]);
    return interp.raise(interp.exc.ValueError, "no such name");
}

Result<Ref> ud_lookup(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "unicodedata.lookup"));
    BASTION_TRY(check_positional(interp, args, "unicodedata.lookup", 1, 1));
    Value v = args.items[0];
    std::string name; // UTF-8 of a str, or the raw bytes of a read-only buffer ("s#")
    if (is_str(interp, v)) {
        name = str_to_utf8(static_cast<StrObject*>(v.obj()));
    } else {
        BASTION_TRY_ASSIGN(BufferView view, get_buffer(interp, v));
        if (!view.readonly())
            return interp.raise_fmt(interp.exc.TypeError, "lookup() argument must be read-only bytes-like object, not {}",
                                    arg_type_name(interp, v));
        name.assign(reinterpret_cast<const char*>(view.data()), static_cast<size_t>(view.len()));
    }
    if (name.size() > kNameMaxLen) {
        BASTION_TRY_ASSIGN(Ref msg, make_str(interp, "name too long"));
        return raise_with_arg(interp, interp.exc.KeyError, msg);
    }
    int32_t cp = unicode::lookup_char(name, true);
    if (cp >= 0) {
        uint32_t c = static_cast<uint32_t>(cp);
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_code_points(interp, &c, 1));
        return std::move(s).into_ref();
    }
    std::span<const uint32_t> seq = unicode::lookup_sequence(name);
    if (!seq.empty()) {
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_code_points(interp, seq.data(), static_cast<int64_t>(seq.size())));
        return std::move(s).into_ref();
    }
    // The message shows the name's bytes as UTF-8 with replacement characters (%s).
    Utf8Scan scan = utf8_scan(name, false);
    std::string shown;
    if (scan.ok) {
        shown = name;
    } else {
        BASTION_TRY_ASSIGN(Own<StrObject> decoded, codec_decode(interp, {reinterpret_cast<const uint8_t*>(name.data()), name.size()}, "utf-8", "replace"));
        shown = str_to_utf8(decoded.get());
    }
    BASTION_TRY_ASSIGN(Ref msg, make_str(interp, "undefined character name '" + shown + "'"));
    return raise_with_arg(interp, interp.exc.KeyError, msg);
}

Result<Ref> ud_category(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(uint32_t cp, single_arg(interp, args, "category"));
    return make_str(interp, unicode::char_props(cp).category);
}

Result<Ref> ud_bidirectional(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(uint32_t cp, single_arg(interp, args, "bidirectional"));
    return make_str(interp, unicode::char_props(cp).bidirectional);
}

Result<Ref> ud_east_asian_width(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(uint32_t cp, single_arg(interp, args, "east_asian_width"));
    return make_str(interp, unicode::char_props(cp).east_asian_width);
}

Result<Ref> ud_combining(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(uint32_t cp, single_arg(interp, args, "combining"));
    return Ref::borrow(Value::small_int(unicode::char_props(cp).combining));
}

Result<Ref> ud_mirrored(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(uint32_t cp, single_arg(interp, args, "mirrored"));
    return Ref::borrow(Value::small_int(unicode::char_props(cp).mirrored ? 1 : 0));
}

Result<Ref> ud_decomposition(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(uint32_t cp, single_arg(interp, args, "decomposition"));
    return make_str(interp, unicode::decomposition(cp));
}

Result<Ref> ud_decimal(Interpreter& interp, CallArgs args) {
    bool has_default = false;
    BASTION_TRY_ASSIGN(uint32_t cp, char_and_default(interp, args, "decimal", has_default));
    int d = unicode::char_props(cp).decimal;
    if (d >= 0)
        return Ref::borrow(Value::small_int(d));
    if (has_default)
        return Ref::borrow(args.items[1]);
    return interp.raise(interp.exc.ValueError, "not a decimal");
}

Result<Ref> ud_digit(Interpreter& interp, CallArgs args) {
    bool has_default = false;
    BASTION_TRY_ASSIGN(uint32_t cp, char_and_default(interp, args, "digit", has_default));
    int d = unicode::char_props(cp).digit;
    if (d >= 0)
        return Ref::borrow(Value::small_int(d));
    if (has_default)
        return Ref::borrow(args.items[1]);
    return interp.raise(interp.exc.ValueError, "not a digit");
}

Result<Ref> ud_numeric(Interpreter& interp, CallArgs args) {
    bool has_default = false;
    BASTION_TRY_ASSIGN(uint32_t cp, char_and_default(interp, args, "numeric", has_default));
    std::string text(unicode::char_props(cp).numeric); // "3", "-1/2", "1000000000000"
    if (!text.empty()) {
        size_t slash = text.find('/');
        double num = std::strtod(text.substr(0, slash).c_str(), nullptr);
        if (slash != std::string::npos)
            num /= std::strtod(text.substr(slash + 1).c_str(), nullptr);
        return float_from_double(interp, num);
    }
    if (has_default)
        return Ref::borrow(args.items[1]);
    return interp.raise(interp.exc.ValueError, "not a numeric character");
}

// (form, unistr, /) -> the normalised code points of unistr.
Result<std::vector<uint32_t>> normalize_args(Interpreter& interp, CallArgs args, std::string_view fname,
                                             StrObject*& str) {
    BASTION_TRY(no_keywords(interp, args, std::string("unicodedata.") + std::string(fname)));
    BASTION_TRY(check_positional(interp, args, fname, 2, 2));
    if (!is_str(interp, args.items[0]))
        return str_arg_error(interp, fname, 1, args.items[0]).take_error();
    if (!is_str(interp, args.items[1]))
        return str_arg_error(interp, fname, 2, args.items[1]).take_error();
    unicode::NormForm form;
    if (!unicode::norm_form_of(str_to_utf8(static_cast<StrObject*>(args.items[0].obj())), &form))
        return interp.raise(interp.exc.ValueError, "invalid normalization form");
    str = static_cast<StrObject*>(args.items[1].obj());
    std::vector<uint32_t> cps(static_cast<size_t>(str->length));
    for (int64_t i = 0; i < str->length; ++i)
        cps[static_cast<size_t>(i)] = str->at(i);
    return unicode::normalize(cps, form);
}

bool same_text(const StrObject* s, const std::vector<uint32_t>& cps) {
    if (static_cast<size_t>(s->length) != cps.size())
        return false;
    for (int64_t i = 0; i < s->length; ++i)
        if (s->at(i) != cps[static_cast<size_t>(i)])
            return false;
    return true;
}

Result<Ref> ud_normalize(Interpreter& interp, CallArgs args) {
    StrObject* str = nullptr;
    BASTION_TRY_ASSIGN(std::vector<uint32_t> cps, normalize_args(interp, args, "normalize", str));
    if (same_text(str, cps) && str->type == interp.types.str)
        return Ref::borrow(Value(str));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_code_points(interp, cps.data(), static_cast<int64_t>(cps.size())));
    return std::move(s).into_ref();
}

Result<Ref> ud_is_normalized(Interpreter& interp, CallArgs args) {
    StrObject* str = nullptr;
    BASTION_TRY_ASSIGN(std::vector<uint32_t> cps, normalize_args(interp, args, "is_normalized", str));
    return interp.new_bool(same_text(str, cps));
}

struct UdFunction {
    std::string_view name;
    NativeFunction fn;
};

constexpr UdFunction kFunctions[] = {
    {"name", ud_name},
    {"lookup", ud_lookup},
    {"category", ud_category},
    {"bidirectional", ud_bidirectional},
    {"combining", ud_combining},
    {"east_asian_width", ud_east_asian_width},
    {"mirrored", ud_mirrored},
    {"decimal", ud_decimal},
    {"digit", ud_digit},
    {"numeric", ud_numeric},
    {"decomposition", ud_decomposition},
    {"normalize", ud_normalize},
    {"is_normalized", ud_is_normalized},
};

} // namespace

Status init_unicodedata_module(Interpreter& interp, DictObject* module_dict) {
    for (const UdFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "unicodedata"));
        BASTION_TRY(dict_set_str(interp, module_dict, interp.intern(f.name), fn));
    }
    BASTION_TRY_ASSIGN(Ref version, make_str(interp, unicode::database_version()));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("unidata_version"), version));
    return {};
}

} // namespace bastion

// builtins_number.cpp: numeric builtins — abs, divmod, pow, round, chr, ord, hex, oct, bin.
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"

namespace bastion {

namespace {

Result<Ref> builtin_abs(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "abs", 1, 1));
    return absolute(interp, args.items[0]);
}

Result<Ref> builtin_divmod(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "divmod", 2, 2));
    return divmod(interp, args.items[0], args.items[1]);
}

Result<Ref> builtin_pow(Interpreter& interp, CallArgs args) {
    Value out[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"pow", {"base", "exp", "mod"}, 2}, out));
    if (out[2].is_null() || out[2].is(Value(interp.none)))
        return binary_op(interp, bc::BinaryOpKind::Power, out[0], out[1]);
    return power3(interp, out[0], out[1], out[2]);
}

Result<Ref> builtin_round(Interpreter& interp, CallArgs args) {
    Value out[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"round", {"number", "ndigits"}, 1}, out));
    Type* t = type_of(interp, out[0]);
    Value method = type_lookup(t, interp.names.__round__);
    if (method.is_null())
        return interp.raise_fmt(interp.exc.TypeError, "type {} doesn't define __round__ method", t->name);
    BASTION_TRY_ASSIGN(Ref bound, get_attr(interp, out[0], interp.names.__round__));
    if (out[1].is_null() || out[1].is(Value(interp.none)))
        return call_positional(interp, bound, {});
    return call_positional(interp, bound, {out[1]});
}

Result<Ref> builtin_chr(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "chr", 1, 1));
    BASTION_TRY_ASSIGN(int64_t cp, index_to_i64(interp, args.items[0]));
    if (cp < 0 || cp > 0x10FFFF)
        return interp.raise(interp.exc.ValueError, "chr() arg not in range(0x110000)");
    uint32_t c = static_cast<uint32_t>(cp);
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_code_points(interp, &c, 1));
    return Ref(std::move(s));
}

Result<Ref> builtin_ord(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "ord", 1, 1));
    Value v = args.items[0];
    if (is_str(interp, v)) {
        auto* s = static_cast<StrObject*>(v.obj());
        if (s->length != 1)
            return interp.raise_fmt(interp.exc.TypeError,
                                    "ord() expected a character, but string of length {} found", s->length);
        return int_from_i64(interp, s->at(0));
    }
    // ord() of a one-byte bytes or bytearray is that byte (CPython 3.11 accepts both).
    std::span<const uint8_t> bytes;
    if (is_bytes(interp, v))
        bytes = static_cast<BytesObject*>(v.obj())->view();
    else if (is_bytearray(interp, v))
        bytes = static_cast<ByteArrayObject*>(v.obj())->view();
    else
        return interp.raise_fmt(interp.exc.TypeError, "ord() expected string of length 1, but {} found",
                                type_of(interp, v)->name);
    if (bytes.size() != 1)
        return interp.raise_fmt(interp.exc.TypeError,
                                "ord() expected a character, but string of length {} found", bytes.size());
    return int_from_i64(interp, bytes[0]);
}

Result<Ref> int_text(Interpreter& interp, CallArgs args, std::string_view name, int base) {
    BASTION_TRY(check_builtin_args(interp, args, name, 1, 1));
    BASTION_TRY_ASSIGN(Ref i, index(interp, args.items[0]));
    BASTION_TRY_ASSIGN(Own<StrObject> s, int_to_base_str(interp, i, base, true));
    return Ref(std::move(s));
}

Result<Ref> builtin_hex(Interpreter& interp, CallArgs args) { return int_text(interp, args, "hex", 16); }
Result<Ref> builtin_oct(Interpreter& interp, CallArgs args) { return int_text(interp, args, "oct", 8); }
Result<Ref> builtin_bin(Interpreter& interp, CallArgs args) { return int_text(interp, args, "bin", 2); }

const BuiltinEntry kNumber[] = {
    {"abs", builtin_abs}, {"divmod", builtin_divmod}, {"pow", builtin_pow}, {"round", builtin_round},
    {"chr", builtin_chr}, {"ord", builtin_ord},       {"hex", builtin_hex}, {"oct", builtin_oct},
    {"bin", builtin_bin},
};

} // namespace

std::span<const BuiltinEntry> builtins_number_functions() { return kNumber; }

} // namespace bastion

// dis_module.cpp: `_dis`, the native half of the `dis` module (lib/dis.py is the Python
// half): the opcode table as Python data (opname, operand kinds), instruction decoding for
// get_instructions, the disassembler listing, stack_effect and assemble. Everything comes
// from bytecode/opcodes.def, so dis never restates a row. Not for: the listing layout
// (bytecode/disassemble.cpp) or verification (assemble makes bytes; code.replace verifies).
#include <string>
#include <vector>

#include "bytecode/disassemble.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_constants.h"
#include "vm/code_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

using bc::OperandKind;

constexpr std::string_view kOperandKindNames[] = {
    "None",     "Imm",      "Count",      "StackIndex", "Const",         "Name",        "Local",    "Deref",
    "Jump",     "BinaryOp", "CompareOp",  "Invert",     "SliceArity",    "RaiseForm",   "FunctionFlags",
    "FormatFlags", "UnpackEx",
};
static_assert(std::size(kOperandKindNames) == static_cast<std::size_t>(OperandKind::UnpackEx) + 1);

bool is_none_obj(Interpreter& interp, Value v) { return v.is(Value(interp.none)); }

Result<Ref> text(Interpreter& interp, std::string_view s) {
    BASTION_TRY_ASSIGN(Own<StrObject> o, str_from_utf8(interp, s));
    return Ref(std::move(o));
}

Result<CodeObject*> code_arg(Interpreter& interp, Value v, std::string_view fn) {
    if (!is_code(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{}() argument must be a code object, not {}", fn,
                                type_of(interp, v)->name);
    return static_cast<CodeObject*>(v.obj());
}

std::string function_flags_text(uint32_t arg) {
    static constexpr const char* kNames[] = {"defaults", "kwdefaults", "annotations", "closure"};
    std::string out;
    for (uint32_t b = 0; b < 4; ++b)
        if (arg & (1u << b))
            out += (out.empty() ? "" : ", ") + std::string(kNames[b]);
    return out;
}

std::string format_flags_text(uint32_t arg) {
    static constexpr const char* kConv[] = {"", "str", "repr", "ascii"};
    std::string out = kConv[arg & 3];
    if (arg & bc::kFmtHasSpec)
        out += out.empty() ? "with format" : ", with format";
    return out;
}

// (argval, argrepr) of one instruction of a verified code object, as CPython's dis.
Status describe(Interpreter& interp, CodeObject* co, bc::Op op, uint32_t arg, Ref* argval, Ref* argrepr) {
    auto tuple_item = [&](const Ref& tuple, uint32_t i) -> Ref {
        auto* t = static_cast<TupleObject*>(tuple.obj());
        return i < static_cast<uint64_t>(t->size) ? Ref::borrow(t->at(i)) : interp.new_none();
    };
    std::string repr_text;
    switch (bc::info(op).operand) {
    case OperandKind::None:
        *argval = interp.new_none();
        break;
    case OperandKind::Const: {
        *argval = tuple_item(co->consts, arg);
        BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, *argval));
        *argrepr = Ref(std::move(r));
        return {};
    }
    case OperandKind::Name:
        *argval = tuple_item(co->names, arg);
        *argrepr = *argval;
        return {};
    case OperandKind::Local:
        *argval = tuple_item(co->varnames, arg);
        *argrepr = *argval;
        return {};
    case OperandKind::Deref:
        *argval = arg < co->ncells ? tuple_item(co->cellvars, arg) : tuple_item(co->freevars, arg - co->ncells);
        *argrepr = *argval;
        return {};
    case OperandKind::Jump:
        *argval = Ref::small_int(int64_t{arg} * 4);
        repr_text = "to " + std::to_string(uint64_t{arg} * 4);
        break;
    case OperandKind::CompareOp: {
        BASTION_TRY_ASSIGN(*argval, text(interp, bc::compare_op_symbol(arg)));
        *argrepr = *argval;
        return {};
    }
    case OperandKind::BinaryOp:
        *argval = Ref::small_int(arg);
        repr_text = arg < bc::kNumBinaryOps ? std::string(bc::binary_op_symbol(arg)) : "";
        break;
    case OperandKind::FunctionFlags:
        *argval = Ref::small_int(arg);
        repr_text = function_flags_text(arg);
        break;
    case OperandKind::FormatFlags:
        *argval = Ref::small_int(arg);
        repr_text = format_flags_text(arg);
        break;
    case OperandKind::Imm:
    case OperandKind::Count:
    case OperandKind::StackIndex:
    case OperandKind::Invert:
    case OperandKind::SliceArity:
    case OperandKind::RaiseForm:
    case OperandKind::UnpackEx:
        *argval = Ref::small_int(arg);
        break;
    }
    BASTION_TRY_ASSIGN(*argrepr, text(interp, repr_text));
    return {};
}

// _dis.instructions(code) -> [(opname, opcode, arg, argval, argrepr, offset, starts_line,
// is_jump_target), ...]; arg is None for opcodes without an operand (as CPython).
Result<Ref> dis_instructions(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "instructions", 1, 1));
    BASTION_TRY_ASSIGN(CodeObject * co, code_arg(interp, args.items[0], "instructions"));
    const bc::CodeImage& img = *co->image;
    std::vector<bool> target(img.code.size(), false);
    for (uint32_t unit : img.code)
        if (bc::info(bc::decode(unit).op).operand == OperandKind::Jump && bc::raw_arg(unit) < img.code.size())
            target[bc::raw_arg(unit)] = true;
    for (const bc::ExceptionEntry& e : img.exception_table)
        if (e.handler < img.code.size())
            target[e.handler] = true;
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    uint32_t last_line = 0;
    for (uint32_t pc = 0; pc < img.code.size(); ++pc) {
        bc::Instr in = bc::decode(img.code[pc]); // verified: every opcode byte is valid
        const bc::OpInfo& info = bc::info(in.op);
        Ref argval, argrepr;
        BASTION_TRY(describe(interp, co, in.op, in.arg, &argval, &argrepr));
        BASTION_TRY_ASSIGN(Ref name, text(interp, info.name));
        uint32_t line = img.line_for(pc);
        Ref starts = (line != 0 && (pc == 0 || line != last_line)) ? Ref::small_int(line) : interp.new_none();
        last_line = line;
        Ref arg = info.operand == OperandKind::None && in.arg == 0 ? interp.new_none() : Ref::small_int(in.arg);
        BASTION_TRY_ASSIGN(Own<TupleObject> row,
                           tuple_of(interp, {name, Value::small_int(static_cast<int64_t>(in.op)), arg, argval,
                                             argrepr, Value::small_int(int64_t{pc} * 4), starts,
                                             interp.bool_value(target[pc])}));
        BASTION_TRY(list_append(interp, out.get(), Value(row.get())));
    }
    return Ref(std::move(out));
}

// _dis.disassemble(code) -> str: the listing of bastion dis (nested code objects follow).
Result<Ref> dis_disassemble(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "disassemble", 1, 1));
    BASTION_TRY_ASSIGN(CodeObject * co, code_arg(interp, args.items[0], "disassemble"));
    return text(interp, bc::disassemble(*co->image));
}

// CPython's dis.stack_effect(opcode, oparg=None, *, jump=None), from the one table.
Result<Ref> dis_stack_effect(Interpreter& interp, CallArgs args) {
    Value out[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"stack_effect", {"opcode", "oparg", "jump"}, 1, 2, 1}, out));
    BASTION_TRY_ASSIGN(int64_t opcode, index_to_i64(interp, out[0]));
    if (opcode < 0 || opcode >= static_cast<int64_t>(bc::kNumOps))
        return interp.raise(interp.exc.ValueError, "invalid opcode or oparg");
    auto op = static_cast<bc::Op>(opcode);
    bool has_oparg = !out[1].is_null() && !is_none_obj(interp, out[1]);
    int64_t arg = 0;
    if (bc::info(op).operand == OperandKind::None) {
        if (has_oparg)
            return interp.raise(interp.exc.ValueError, "stack_effect: opcode does not permit oparg argument");
    } else {
        if (!has_oparg)
            return interp.raise(interp.exc.ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
        BASTION_TRY_ASSIGN(arg, index_to_i64(interp, out[1]));
        if (arg < 0 || arg > static_cast<int64_t>(bc::kMaxArg))
            return interp.raise(interp.exc.ValueError, "invalid opcode or oparg");
    }
    int64_t fall = bc::stack_pushes(op, arg) - bc::stack_pops(op, arg);
    if (!bc::has_flag(op, bc::OpFlag::Jump))
        return Ref::small_int(fall);
    int64_t jump = bc::stack_jump_pushes(op, arg) - bc::stack_pops(op, arg);
    if (out[2].is_null() || is_none_obj(interp, out[2]))
        return Ref::small_int(std::max(fall, jump));
    BASTION_TRY_ASSIGN(bool take_jump, is_true(interp, out[2]));
    return Ref::small_int(take_jump ? jump : fall);
}

Result<uint8_t> opcode_of(Interpreter& interp, Value name, std::size_t index) {
    if (is_str(interp, name)) {
        std::string s = str_to_utf8(static_cast<StrObject*>(name.obj()));
        for (std::size_t i = 0; i < bc::kNumOps; ++i)
            if (bc::kOpInfo[i].name == s)
                return static_cast<uint8_t>(i);
        BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, name));
        return interp.raise_fmt(interp.exc.ValueError, "assemble: unknown opname {} at instruction {}",
                                str_to_utf8(r.get()), index);
    }
    if (is_int(interp, name) && !is_instance_exact(interp, name, interp.types.bool_)) {
        int64_t n = 0;
        if (!int_to_i64(name, &n) || n < 0 || n > 255)
            return interp.raise_fmt(interp.exc.ValueError, "assemble: opcode out of range(0, 256) at instruction {}",
                                    index);
        return static_cast<uint8_t>(n);
    }
    return interp.raise_fmt(interp.exc.TypeError, "assemble: opname must be str or int, not {}",
                            type_of(interp, name)->name);
}

// _dis.assemble(items) -> bytes: items are (opname, arg) pairs (arg None means 0). The
// encoding is docs/bytecode.md's: one little-endian unit, opcode | arg << 8, per item.
// Only the encoding is checked here (names, 24-bit args); whether the code is valid is the
// verifier's question when it becomes a code object.
Result<Ref> dis_assemble(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "assemble"));
    BASTION_TRY(check_positional(interp, args, "assemble", 1, 1));
    BASTION_TRY_ASSIGN(Ref iter, get_iter(interp, args.items[0]));
    std::string out;
    for (std::size_t index = 0;; ++index) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, iter));
        if (!item)
            break;
        if (!is_tuple(interp, item) || static_cast<TupleObject*>(item.obj())->size != 2)
            return interp.raise_fmt(interp.exc.TypeError,
                                    "assemble: instruction {} must be an (opname, arg) pair, not {}", index,
                                    type_of(interp, item)->name);
        auto* pair = static_cast<TupleObject*>(item.obj());
        Ref name = Ref::borrow(pair->at(0));
        Ref argobj = Ref::borrow(pair->at(1));
        BASTION_TRY_ASSIGN(uint8_t opcode, opcode_of(interp, name, index));
        int64_t arg = 0;
        if (!is_none_obj(interp, argobj)) {
            if (!is_int(interp, argobj))
                return interp.raise_fmt(interp.exc.TypeError, "assemble: arg must be int or None, not {}",
                                        type_of(interp, argobj)->name);
            if (!int_to_i64(argobj, &arg) || arg < 0 || arg > static_cast<int64_t>(bc::kMaxArg))
                return interp.raise_fmt(interp.exc.ValueError,
                                        "assemble: arg of instruction {} out of range(0, 2**24)", index);
        }
        uint32_t unit = static_cast<uint32_t>(opcode) | (static_cast<uint32_t>(arg) << 8);
        if (out.size() / 4 >= verify::kMaxCodeUnits)
            return interp.raise(interp.exc.ValueError, "assemble: more instructions than a code object may hold");
        for (int b = 0; b < 4; ++b)
            out.push_back(static_cast<char>((unit >> (8 * b)) & 0xFF));
    }
    return bytes_object(interp, out);
}

Status set(Interpreter& interp, DictObject* d, std::string_view name, Value v) {
    StrObject* key = interp.intern(name);
    if (!key)
        return interp.no_memory();
    return dict_set_str(interp, d, key, v);
}

} // namespace

Status init_dis_native_module(Interpreter& interp, DictObject* d) {
    struct Fn {
        std::string_view name;
        NativeFunction fn;
    };
    for (const Fn& f : {Fn{"instructions", dis_instructions}, Fn{"disassemble", dis_disassemble},
                        Fn{"stack_effect", dis_stack_effect}, Fn{"assemble", dis_assemble}}) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "_dis"));
        BASTION_TRY(set(interp, d, f.name, fn));
    }
    // opname: 256 entries, '<N>' for numbers no row uses; operand_kinds: one per row.
    BASTION_TRY_ASSIGN(Own<ListObject> names, list_new(interp));
    BASTION_TRY_ASSIGN(Own<ListObject> kinds, list_new(interp));
    for (std::size_t i = 0; i < 256; ++i) {
        std::string name = i < bc::kNumOps ? std::string(bc::kOpInfo[i].name) : "<" + std::to_string(i) + ">";
        BASTION_TRY_ASSIGN(Ref s, text(interp, name));
        BASTION_TRY(list_append(interp, names.get(), s));
        if (i < bc::kNumOps) {
            BASTION_TRY_ASSIGN(Ref k, text(interp, kOperandKindNames[static_cast<std::size_t>(bc::kOpInfo[i].operand)]));
            BASTION_TRY(list_append(interp, kinds.get(), k));
        }
    }
    BASTION_TRY(set(interp, d, "opname", Value(names.get())));
    BASTION_TRY(set(interp, d, "operand_kinds", Value(kinds.get())));
    return set(interp, d, "MAX_ARG", Value::small_int(bc::kMaxArg));
}

} // namespace bastion

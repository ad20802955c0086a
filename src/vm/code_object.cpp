// code_object.cpp: materialize() (verified image -> code object with its constants),
// load_code() (verify + materialize, VerifyError -> VerificationError), and the `code`
// type: attributes, repr and replace().
//
// co_code is the instruction units as little-endian bytes (docs/bytecode.md).
// co_exceptiontable is 16 bytes per entry (start, end, handler, depth: little-endian
// uint32, in units) and co_linetable 8 bytes per entry (start unit, line).
#include "vm/code_object.h"

#include <fmt/format.h>

#include <algorithm>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_constants.h"
#include "vm/interpreter.h"

namespace bastion {

bool is_code(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.code; }

namespace {

Result<Ref> interned_tuple(Interpreter& interp, const std::vector<std::string>& names) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, static_cast<int64_t>(names.size())));
    for (std::size_t i = 0; i < names.size(); ++i) {
        StrObject* s = interp.intern(names[i]);
        if (!s)
            return interp.no_memory();
        tuple_init_item(t.get(), static_cast<int64_t>(i), Ref::borrow(Value(s)));
    }
    return Ref(std::move(t));
}

Result<Ref> str_ref(Interpreter& interp, std::string_view text) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    return Ref(std::move(s));
}

} // namespace

uint32_t attr_site_count(std::span<const uint32_t> code) {
    uint32_t count = 0;
    for (uint32_t unit : code) {
        auto op = static_cast<bc::Op>(unit & 0xFF);
        if (op == bc::Op::LOAD_ATTR || op == bc::Op::STORE_ATTR || op == bc::Op::LOAD_METHOD)
            count = std::max(count, (unit >> 8) + 1); // the operand has 24 bits: no overflow
    }
    return count;
}

Result<Own<CodeObject>> materialize(Interpreter& interp, const verify::VerifiedCode& verified) {
    if (interp.native_stack_exhausted())
        return interp.native_recursion_error();
    const bc::CodeImage& img = verified.image();
    BASTION_TRY_ASSIGN(Own<CodeObject> co, interp.make<CodeObject>(interp.types.code));
    co->image = verified.shared_image();
    co->units = co->image->code.data();
    co->ncode = static_cast<uint32_t>(co->image->code.size());

    BASTION_TRY_ASSIGN(Own<TupleObject> consts, tuple_new_uninitialized(interp, static_cast<int64_t>(img.consts.size())));
    for (std::size_t i = 0; i < img.consts.size(); ++i) {
        const bc::Constant& c = img.consts[i];
        Ref item;
        if (c.kind == bc::Constant::Kind::Code) {
            BASTION_TRY_ASSIGN(Own<CodeObject> nested, materialize(interp, verified.nested(static_cast<uint32_t>(i))));
            item = std::move(nested);
        } else {
            BASTION_TRY_ASSIGN(item, constant_to_object(interp, c));
        }
        tuple_init_item(consts.get(), static_cast<int64_t>(i), std::move(item));
    }
    co->consts = std::move(consts);
    BASTION_TRY_ASSIGN(co->names, interned_tuple(interp, img.names));
    BASTION_TRY_ASSIGN(co->varnames, interned_tuple(interp, img.varnames));
    BASTION_TRY_ASSIGN(co->cellvars, interned_tuple(interp, img.cellvars));
    BASTION_TRY_ASSIGN(co->freevars, interned_tuple(interp, img.freevars));
    StrObject* name = interp.intern(img.name);
    if (!name)
        return interp.no_memory();
    co->name = Ref::borrow(Value(name));
    BASTION_TRY_ASSIGN(co->qualname, str_ref(interp, img.qualname.empty() ? img.name : img.qualname));
    BASTION_TRY_ASSIGN(co->filename, str_ref(interp, img.filename));

    co->argcount = img.argcount;
    co->posonlyargcount = img.posonlyargcount;
    co->kwonlyargcount = img.kwonlyargcount;
    co->nlocals = img.nlocals();
    co->ncells = static_cast<uint32_t>(img.cellvars.size());
    co->nfrees = static_cast<uint32_t>(img.freevars.size());
    co->stacksize = img.stacksize;
    co->flags = img.flags;
    co->firstlineno = img.firstlineno;
    co->total_args = img.argcount + img.kwonlyargcount + ((img.flags & bc::kCoVarargs) ? 1 : 0) +
                     ((img.flags & bc::kCoVarkeywords) ? 1 : 0);
    // The verifier bounds each count (code size, kMaxStackSize), so these sums fit.
    co->nlocalsplus = co->nlocals + co->ncells + co->nfrees;
    co->nslots = co->nlocalsplus + co->stacksize;
    BASTION_CHECK(co->total_args <= co->nlocals);

    // Name indexes are below the names' count (verifier), so every entry index is too.
    co->attr_sites.wanted = attr_site_count(img.code);
    BASTION_CHECK(co->attr_sites.wanted <= img.names.size());

    co->cell_arg.assign(co->ncells, -1);
    for (uint32_t c = 0; c < co->ncells; ++c)
        for (uint32_t a = 0; a < co->total_args; ++a)
            if (img.cellvars[c] == img.varnames[a]) {
                co->cell_arg[c] = static_cast<int32_t>(a);
                break;
            }
    return co;
}

Raised verification_error(Interpreter& interp, const verify::VerifyError& error) {
    Raised r = interp.raise(interp.exc.VerificationError, error.message());
    Value exc = r.exception;
    auto set = [&](std::string_view attr, Result<Ref> value) {
        StrObject* key = interp.intern(attr);
        if (!key || !value.ok())
            return;
        (void)set_attr(interp, exc, key, value.value());
    };
    set("code_name", str_ref(interp, error.code_name));
    set("offset", Result<Ref>(Ref::small_int(error.offset)));
    set("rule", str_ref(interp, verify::rule_id(error.rule)));
    return r;
}

Result<Own<CodeObject>> load_code(Interpreter& interp, std::shared_ptr<const bc::CodeImage> image) {
    auto verified = verify::verify(std::move(image));
    if (!verified.ok())
        return verification_error(interp, verified.error());
    return materialize(interp, verified.value());
}

// --- The code type ---------------------------------------------------------------------------

namespace {

CodeObject* as_code(Value v) { return static_cast<CodeObject*>(v.obj()); }

Result<Ref> code_repr(Interpreter& interp, Value self) {
    CodeObject* co = as_code(self);
    return str_ref(interp, fmt::format("<code object {} at {}, file \"{}\", line {}>",
                                       str_to_utf8(static_cast<StrObject*>(co->name.obj())),
                                       static_cast<const void*>(co),
                                       str_to_utf8(static_cast<StrObject*>(co->filename.obj())), co->firstlineno));
}

std::string units_to_bytes(const std::vector<uint32_t>& units) {
    std::string out;
    out.reserve(units.size() * 4);
    for (uint32_t u : units)
        for (int b = 0; b < 4; ++b)
            out.push_back(static_cast<char>((u >> (8 * b)) & 0xFF));
    return out;
}

void put_u32(std::string& out, uint32_t v) {
    for (int b = 0; b < 4; ++b)
        out.push_back(static_cast<char>((v >> (8 * b)) & 0xFF));
}

Result<Ref> get_code(Interpreter& interp, Value self) {
    return bytes_object(interp, units_to_bytes(as_code(self)->image->code));
}
Result<Ref> get_exceptiontable(Interpreter& interp, Value self) {
    std::string out;
    for (const bc::ExceptionEntry& e : as_code(self)->image->exception_table) {
        put_u32(out, e.start);
        put_u32(out, e.end);
        put_u32(out, e.handler);
        put_u32(out, e.depth);
    }
    return bytes_object(interp, out);
}
Result<Ref> get_linetable(Interpreter& interp, Value self) {
    std::string out;
    for (const bc::LineEntry& e : as_code(self)->image->line_table)
        for (uint32_t v : {e.start, e.line, e.end_line, e.col, e.end_col})
            put_u32(out, v);
    return bytes_object(interp, out);
}
Result<Ref> get_consts(Interpreter&, Value self) { return as_code(self)->consts; }
Result<Ref> get_names(Interpreter&, Value self) { return as_code(self)->names; }
Result<Ref> get_varnames(Interpreter&, Value self) { return as_code(self)->varnames; }
Result<Ref> get_cellvars(Interpreter&, Value self) { return as_code(self)->cellvars; }
Result<Ref> get_freevars(Interpreter&, Value self) { return as_code(self)->freevars; }
Result<Ref> get_name(Interpreter&, Value self) { return as_code(self)->name; }
Result<Ref> get_qualname(Interpreter&, Value self) { return as_code(self)->qualname; }
Result<Ref> get_filename(Interpreter&, Value self) { return as_code(self)->filename; }
Result<Ref> get_argcount(Interpreter&, Value self) { return Ref::small_int(as_code(self)->argcount); }
Result<Ref> get_posonlyargcount(Interpreter&, Value self) { return Ref::small_int(as_code(self)->posonlyargcount); }
Result<Ref> get_kwonlyargcount(Interpreter&, Value self) { return Ref::small_int(as_code(self)->kwonlyargcount); }
Result<Ref> get_nlocals(Interpreter&, Value self) { return Ref::small_int(as_code(self)->nlocals); }
Result<Ref> get_stacksize(Interpreter&, Value self) { return Ref::small_int(as_code(self)->stacksize); }
Result<Ref> get_flags(Interpreter&, Value self) { return Ref::small_int(as_code(self)->flags); }
Result<Ref> get_firstlineno(Interpreter&, Value self) { return Ref::small_int(as_code(self)->firstlineno); }

constexpr GetSetDef kCodeGetSets[] = {
    {"co_code", get_code},
    {"co_consts", get_consts},
    {"co_names", get_names},
    {"co_varnames", get_varnames},
    {"co_cellvars", get_cellvars},
    {"co_freevars", get_freevars},
    {"co_name", get_name},
    {"co_qualname", get_qualname},
    {"co_filename", get_filename},
    {"co_argcount", get_argcount},
    {"co_posonlyargcount", get_posonlyargcount},
    {"co_kwonlyargcount", get_kwonlyargcount},
    {"co_nlocals", get_nlocals},
    {"co_stacksize", get_stacksize},
    {"co_flags", get_flags},
    {"co_firstlineno", get_firstlineno},
    {"co_exceptiontable", get_exceptiontable},
    {"co_linetable", get_linetable},
};

} // namespace

// code.replace(**fields) lives in code_replace.cpp.
Result<Ref> code_replace(Interpreter& interp, Value self, CallArgs args);

namespace {

// co_positions(): (line, end_line, col, end_col) for each instruction, None where unknown
// (CPython yields one tuple per 2-byte code unit; Bastion's instructions are one unit each).
Result<Ref> code_positions(Interpreter& interp, Value self, CallArgs args) {
    if (args.npos != 0 || (args.kwnames != nullptr && args.nkw() != 0))
        return interp.raise(interp.exc.TypeError, "co_positions() takes no arguments");
    const bc::CodeImage& image = *as_code(self)->image;
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    auto field = [&](uint32_t v, bool known) { return known ? Ref::small_int(v) : Ref::borrow(Value(interp.none)); };
    for (uint32_t pc = 0; pc < image.code.size(); ++pc) {
        const bc::LineEntry* e = image.position_for(pc);
        bool line = e != nullptr && e->line != 0;
        bool end_line = e != nullptr && e->end_line != 0;
        bool cols = end_line && e->col != bc::kNoColumn && e->end_col != bc::kNoColumn;
        Ref items[4] = {field(line ? e->line : 0, line), field(end_line ? e->end_line : 0, end_line),
                        field(cols ? e->col : 0, cols), field(cols ? e->end_col : 0, cols)};
        BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {items[0], items[1], items[2], items[3]}));
        BASTION_TRY(list_append(interp, out.get(), Value(t.get())));
    }
    return get_iter(interp, Value(out.get()));
}

const MethodDef kCodeMethods[] = {
    {"replace", code_replace},
    {"co_positions", code_positions},
};
} // namespace

void init_code_type_slots(Interpreter& interp) {
    Type* t = interp.types.code;
    t->instance_size = sizeof(CodeObject);
    t->destroy = destroy_as<CodeObject>;
    t->repr = code_repr;
    t->getattr = generic_getattr;
}

Status init_code_type_methods(Interpreter& interp) {
    BASTION_TRY(add_getsets(interp, interp.types.code, kCodeGetSets));
    return add_methods(interp, interp.types.code, kCodeMethods);
}

} // namespace bastion

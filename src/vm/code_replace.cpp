// code_replace.cpp: code.replace(**fields) — a copy of the code image with the given
// fields changed, then verified like any other image (load_code), so a replaced code
// object is as trustworthy as a compiled one. Field formats: see code_object.cpp.
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_constants.h"
#include "vm/code_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

Result<uint32_t> u32_field(Interpreter& interp, Value v, std::string_view field) {
    BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, v));
    if (n < 0 || n > static_cast<int64_t>(UINT32_MAX))
        return interp.raise_fmt(interp.exc.ValueError, "code: {} must be in range(0, 2**32)", field);
    return static_cast<uint32_t>(n);
}

Result<std::vector<std::string>> names_field(Interpreter& interp, Value v, std::string_view field) {
    if (!is_tuple(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{} must be a tuple of str, not {}", field,
                                type_of(interp, v)->name);
    std::vector<std::string> out;
    for (Value item : static_cast<TupleObject*>(v.obj())->view()) {
        if (!is_str(interp, item))
            return interp.raise_fmt(interp.exc.TypeError, "{} must be a tuple of str, not a tuple containing {}",
                                    field, type_of(interp, item)->name);
        out.push_back(str_to_utf8(static_cast<StrObject*>(item.obj())));
    }
    return out;
}

Result<std::string> str_field(Interpreter& interp, Value v, std::string_view field) {
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{} must be a str, not {}", field, type_of(interp, v)->name);
    return str_to_utf8(static_cast<StrObject*>(v.obj()));
}

Result<std::string> bytes_field(Interpreter& interp, Value v, std::string_view field, std::size_t unit) {
    std::string raw;
    if (!bytes_content(interp, v, &raw))
        return interp.raise_fmt(interp.exc.TypeError, "{} must be bytes, not {}", field, type_of(interp, v)->name);
    if (raw.size() % unit != 0)
        return interp.raise_fmt(interp.exc.ValueError, "{} length must be a multiple of {}", field, unit);
    return raw;
}

uint32_t load_u32(const std::string& raw, std::size_t at) {
    uint32_t v = 0;
    for (int b = 3; b >= 0; --b)
        v = (v << 8) | static_cast<uint8_t>(raw[at + static_cast<std::size_t>(b)]);
    return v;
}

// Apply one keyword to the image copy.
Status apply_field(Interpreter& interp, bc::CodeImage& img, const std::string& field, Value v, bool* nlocals_given,
                   uint32_t* nlocals) {
    if (field == "co_argcount") {
        BASTION_TRY_ASSIGN(img.argcount, u32_field(interp, v, field));
    } else if (field == "co_posonlyargcount") {
        BASTION_TRY_ASSIGN(img.posonlyargcount, u32_field(interp, v, field));
    } else if (field == "co_kwonlyargcount") {
        BASTION_TRY_ASSIGN(img.kwonlyargcount, u32_field(interp, v, field));
    } else if (field == "co_nlocals") {
        BASTION_TRY_ASSIGN(*nlocals, u32_field(interp, v, field));
        *nlocals_given = true;
    } else if (field == "co_stacksize") {
        BASTION_TRY_ASSIGN(img.stacksize, u32_field(interp, v, field));
    } else if (field == "co_flags") {
        BASTION_TRY_ASSIGN(img.flags, u32_field(interp, v, field));
    } else if (field == "co_firstlineno") {
        BASTION_TRY_ASSIGN(img.firstlineno, u32_field(interp, v, field));
    } else if (field == "co_code") {
        BASTION_TRY_ASSIGN(std::string raw, bytes_field(interp, v, field, 4));
        img.code.clear();
        for (std::size_t i = 0; i < raw.size(); i += 4)
            img.code.push_back(load_u32(raw, i));
    } else if (field == "co_consts") {
        if (!is_tuple(interp, v))
            return interp.raise_fmt(interp.exc.TypeError, "co_consts must be a tuple, not {}", type_of(interp, v)->name);
        std::vector<bc::Constant> consts;
        for (Value item : static_cast<TupleObject*>(v.obj())->view()) {
            BASTION_TRY_ASSIGN(bc::Constant c, object_to_constant(interp, item));
            consts.push_back(std::move(c));
        }
        img.consts = std::move(consts);
    } else if (field == "co_names") {
        BASTION_TRY_ASSIGN(img.names, names_field(interp, v, field));
    } else if (field == "co_varnames") {
        BASTION_TRY_ASSIGN(img.varnames, names_field(interp, v, field));
    } else if (field == "co_cellvars") {
        BASTION_TRY_ASSIGN(img.cellvars, names_field(interp, v, field));
    } else if (field == "co_freevars") {
        BASTION_TRY_ASSIGN(img.freevars, names_field(interp, v, field));
    } else if (field == "co_name") {
        BASTION_TRY_ASSIGN(img.name, str_field(interp, v, field));
    } else if (field == "co_qualname") {
        BASTION_TRY_ASSIGN(img.qualname, str_field(interp, v, field));
    } else if (field == "co_filename") {
        BASTION_TRY_ASSIGN(img.filename, str_field(interp, v, field));
    } else if (field == "co_exceptiontable") {
        BASTION_TRY_ASSIGN(std::string raw, bytes_field(interp, v, field, 16));
        img.exception_table.clear();
        for (std::size_t i = 0; i < raw.size(); i += 16)
            img.exception_table.push_back(
                bc::ExceptionEntry{load_u32(raw, i), load_u32(raw, i + 4), load_u32(raw, i + 8), load_u32(raw, i + 12)});
    } else if (field == "co_linetable") {
        // Entries of five u32 fields: start, line, end_line, col, end_col (bc::LineEntry).
        BASTION_TRY_ASSIGN(std::string raw, bytes_field(interp, v, field, 20));
        img.line_table.clear();
        for (std::size_t i = 0; i < raw.size(); i += 20)
            img.line_table.push_back(bc::LineEntry{load_u32(raw, i), load_u32(raw, i + 4), load_u32(raw, i + 8),
                                                   load_u32(raw, i + 12), load_u32(raw, i + 16)});
    } else {
        return interp.raise_fmt(interp.exc.TypeError, "replace() got an unexpected keyword argument '{}'", field);
    }
    return {};
}

} // namespace

Result<Ref> code_replace(Interpreter& interp, Value self, CallArgs args) {
    if (args.npos != 0)
        return interp.raise_fmt(interp.exc.TypeError, "replace() takes 0 positional arguments but {} were given",
                                args.npos);
    auto* co = static_cast<CodeObject*>(self.obj());
    auto img = std::make_shared<bc::CodeImage>(*co->image);
    bool nlocals_given = false;
    uint32_t nlocals = 0;
    for (std::size_t i = 0; i < args.nkw(); ++i)
        BASTION_TRY(apply_field(interp, *img, str_to_utf8(args.keyword_name(i)), args.keyword_value(i), &nlocals_given,
                                &nlocals));
    if (nlocals_given && nlocals != img->nlocals())
        return interp.raise(interp.exc.ValueError, "code: co_nlocals != len(co_varnames)");
    // The image is complete and no mutable alias survives this point: verify it.
    std::shared_ptr<const bc::CodeImage> frozen = std::move(img);
    BASTION_TRY_ASSIGN(Own<CodeObject> replaced, load_code(interp, std::move(frozen)));
    return Ref(std::move(replaced));
}

} // namespace bastion

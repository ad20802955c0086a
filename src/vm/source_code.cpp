// source_code.cpp: compile_to_code() and the Diagnostic -> SyntaxError conversion.
// Offsets: a Diagnostic's columns are 0-based UTF-8 byte offsets; SyntaxError.offset is
// 1-based and counts characters (CPython), so the line text converts between them.
#include "vm/source_code.h"

#include "support/utf8.h"

#include "objects/abstract.h"
#include "objects/core_internal.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"
#include "vm/import.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

// Line `lineno` (1-based) including its newline; false when there is no such line.
bool line_of(std::string_view source, int32_t lineno, std::string_view* out) {
    if (lineno < 1)
        return false;
    std::size_t pos = 0;
    for (int32_t line = 1; line < lineno; ++line) {
        std::size_t nl = source.find('\n', pos);
        if (nl == std::string_view::npos)
            return false;
        pos = nl + 1;
    }
    if (pos > source.size() || (pos == source.size() && lineno > 1))
        return false;
    std::size_t nl = source.find('\n', pos);
    *out = source.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl + 1 - pos);
    return true;
}

// 1-based character offset of byte column `col` in `line` (col < 0 passes through).
int64_t char_offset(std::string_view line, int32_t col) {
    if (col < 0)
        return col;
    int64_t chars = 0;
    std::size_t limit = static_cast<std::size_t>(col) < line.size() ? static_cast<std::size_t>(col) : line.size();
    for (std::size_t i = 0; i < limit; ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++chars;
    if (static_cast<std::size_t>(col) > line.size())
        chars += static_cast<int64_t>(static_cast<std::size_t>(col) - line.size());
    return chars + 1;
}

// Source lines may hold invalid UTF-8 (that is often the error being reported): each
// invalid byte becomes U+FFFD so the SyntaxError can still show the line.
std::string lossy_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto lead = static_cast<unsigned char>(s[i]);
        std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (n != 0 && i + n <= s.size() && utf8_scan(s.substr(i, n), false).ok) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out.append("\xEF\xBF\xBD");
            i += 1;
        }
    }
    return out;
}

Result<Ref> text_ref(Interpreter& interp, std::string_view s) {
    BASTION_TRY_ASSIGN(Own<StrObject> o, str_from_utf8(interp, lossy_utf8(s)));
    return Ref(std::move(o));
}

} // namespace

Raised syntax_error_from(Interpreter& interp, const parse::Diagnostic& diag, std::string_view source,
                         std::string_view filename, bool with_text) {
    Type* type = interp.exc.SyntaxError;
    switch (diag.kind) {
    case parse::DiagKind::SyntaxError:
        break;
    case parse::DiagKind::IndentationError:
        type = interp.exc.IndentationError;
        break;
    case parse::DiagKind::TabError:
        type = interp.exc.TabError;
        break;
    case parse::DiagKind::RecursionError:
        return interp.raise(interp.exc.RecursionError, diag.message);
    case parse::DiagKind::MemoryError:
        return interp.no_memory();
    }
    std::string_view line;
    bool has_line = with_text && line_of(source, diag.span.line, &line);
    int64_t offset = has_line ? char_offset(line, diag.span.col) : diag.span.col + 1;
    int32_t end_lineno = diag.span.end_line > 0 ? diag.span.end_line : diag.span.line;
    std::string_view end_line_text;
    bool has_end = line_of(source, end_lineno, &end_line_text);
    int64_t end_offset = has_end ? char_offset(end_line_text, diag.span.end_col) : diag.span.end_col + 1;

    auto make = [&]() -> Result<Ref> {
        BASTION_TRY_ASSIGN(Ref msg, text_ref(interp, diag.message));
        BASTION_TRY_ASSIGN(Ref file, text_ref(interp, filename));
        Ref text = interp.new_none();
        if (has_line) {
            BASTION_TRY_ASSIGN(text, text_ref(interp, line));
        }
        BASTION_TRY_ASSIGN(Own<TupleObject> details,
                           tuple_of(interp, {file, Value::small_int(diag.span.line), Value::small_int(offset), text,
                                             Value::small_int(end_lineno), Value::small_int(end_offset)}));
        return call_positional(interp, Value(type), {msg, Value(details.get())});
    };
    auto exc = make();
    if (!exc.ok())
        return exc.take_error();
    return Raised{std::move(exc).value()};
}

Status issue_compile_warnings(Interpreter& interp, const compile::CompileWarnings& warnings, std::string_view source,
                              std::string_view filename) {
    if (warnings.empty())
        return {};
    BASTION_TRY_ASSIGN(Ref module, import_module(interp, "warnings"));
    StrObject* name = name_of(interp, "warn_explicit");
    if (name == nullptr)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Ref warn_explicit, get_attr(interp, module, name));
    BASTION_TRY_ASSIGN(Ref file, text_ref(interp, filename));
    for (const parse::Diagnostic& w : warnings) {
        BASTION_TRY_ASSIGN(Ref message, text_ref(interp, w.message));
        auto shown = call_positional(interp, warn_explicit,
                                     {message, Value(interp.exc.SyntaxWarning), file, Value::small_int(w.span.line)});
        if (shown.ok())
            continue;
        Raised raised = shown.take_error();
        if (!is_subtype(type_of(interp, raised.exception.get()), interp.exc.SyntaxWarning))
            return raised;
        // CPython's compiler_warn: the error filter's SyntaxWarning becomes a SyntaxError at
        // the warning's position, whose text is the file's line (none for "<string>").
        return syntax_error_from(interp, w, source, filename, !(filename.empty() || filename.front() == '<'));
    }
    return {};
}

Result<Own<CodeObject>> compile_to_code(Interpreter& interp, std::string_view source, std::string_view filename,
                                        compile::CompileMode mode) {
    compile::CompileWarnings warnings;
    auto image = compile::compile_source(source, filename, mode, &warnings);
    if (!image.ok())
        return syntax_error_from(interp, image.error(), source, filename);
    BASTION_TRY(issue_compile_warnings(interp, warnings, source, filename));
    return load_code(interp, image.value());
}

} // namespace bastion

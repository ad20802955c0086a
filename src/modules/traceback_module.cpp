// traceback_module.cpp: `_traceback`, what lib/linecache.py (and through it lib/traceback.py)
// shares with the interpreter's own exception printer (vm/traceback.cpp): the source lines
// registered for tracebacks (the script, imported modules) and where column markers switch
// to `^` (caret_anchors). It reads no files: a program
// sees only the text of code the interpreter already ran, so a sandboxed script learns
// nothing the host did not hand it.
#include <string>
#include <string_view>

#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"

namespace bastion {

namespace {

// getlines(filename) -> list of lines, each ending in "\n" (CPython's linecache after
// universal-newline reading: "\r\n" and "\r" end lines too); [] for an unknown file.
Result<Ref> linecache_getlines(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "getlines"));
    BASTION_TRY(check_positional(interp, args, "getlines", 1, 1));
    BASTION_TRY_ASSIGN(Own<ListObject> lines, list_new(interp));
    if (!is_str(interp, args.items[0]))
        return Ref(std::move(lines));
    const std::string* text = registered_source(interp, str_to_utf8(static_cast<StrObject*>(args.items[0].obj())));
    if (text == nullptr)
        return Ref(std::move(lines));
    std::string_view rest(*text);
    while (!rest.empty()) {
        std::size_t end = rest.find_first_of("\r\n");
        std::string line(rest.substr(0, end));
        line += '\n';
        if (end == std::string_view::npos) {
            rest = {};
        } else {
            std::size_t skip = (rest[end] == '\r' && end + 1 < rest.size() && rest[end + 1] == '\n') ? 2 : 1;
            rest.remove_prefix(end + skip);
        }
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, line));
        BASTION_TRY(list_append(interp, lines.get(), Value(s.get())));
    }
    return Ref(std::move(lines));
}

// caret_anchors(segment) -> (left, right) or None: where the column markers of a
// one-line source segment switch to `^` (vm/traceback_carets.cpp), for lib/traceback.py.
Result<Ref> traceback_caret_anchors(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "caret_anchors"));
    BASTION_TRY(check_positional(interp, args, "caret_anchors", 1, 1));
    if (!is_str(interp, args.items[0]))
        return interp.raise_fmt(interp.exc.TypeError, "caret_anchors() argument must be str, not {}",
                                type_of(interp, args.items[0])->name);
    int64_t left = 0, right = 0;
    if (!caret_anchors(str_to_utf8(static_cast<StrObject*>(args.items[0].obj())), &left, &right))
        return Ref::borrow(Value(interp.none));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {Value::small_int(left), Value::small_int(right)}));
    return Ref(std::move(t));
}

struct TracebackFunction {
    std::string_view name;
    NativeFunction fn;
};

constexpr TracebackFunction kFunctions[] = {
    {"getlines", linecache_getlines},
    {"caret_anchors", traceback_caret_anchors},
};

} // namespace

Status init_traceback_module(Interpreter& interp, DictObject* module_dict) {
    for (const TracebackFunction& f : kFunctions) {
        StrObject* name = interp.intern(f.name);
        if (name == nullptr)
            return interp.no_memory();
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "_traceback"));
        BASTION_TRY(dict_set_str(interp, module_dict, name, fn));
    }
    return {};
}

} // namespace bastion

// generic_alias.cpp: the native doors into lib/types.py's GenericAlias and UnionType —
// `__class_getitem__` on the built-in generic types (list[int], dict[str, int], ...),
// `type[int]`, and `X | Y` on types and None (PEP 604). The objects themselves are
// written in bundled Python (lib/types.py); this file only builds them.
#include "objects/generic_alias.h"

#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "vm/import.h"

namespace bastion {

namespace {

Result<Ref> types_attr(Interpreter& interp, std::string_view name) {
    BASTION_TRY_ASSIGN(Ref module, import_module(interp, "types"));
    StrObject* key = name_of(interp, name);
    if (key == nullptr)
        return interp.no_memory();
    return get_attr(interp, module, key);
}

// cls.__class_getitem__(item), a classmethod on each built-in generic type.
Result<Ref> class_getitem(Interpreter& interp, Value cls, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "__class_getitem__"));
    BASTION_TRY(check_positional(interp, args, "__class_getitem__", 1, 1));
    return make_generic_alias(interp, cls, args.items[0]);
}

} // namespace

Result<Ref> make_generic_alias(Interpreter& interp, Value origin, Value args) {
    BASTION_TRY_ASSIGN(Ref ga, types_attr(interp, "GenericAlias"));
    return call_positional(interp, ga, {origin, args});
}

Result<Ref> type_union_or(Interpreter& interp, Value a, Value b) {
    BASTION_TRY_ASSIGN(Ref type_or, types_attr(interp, "_type_or"));
    return call_positional(interp, type_or, {a, b});
}

Status add_class_getitem(Interpreter& interp, Type* type) {
    static constexpr MethodDef kMethods[] = {{"__class_getitem__", class_getitem, kMethClass}};
    return add_methods(interp, type, kMethods);
}

Status init_generic_alias_methods(Interpreter& interp) {
    for (Type* t : {interp.types.list, interp.types.dict, interp.types.tuple, interp.types.set,
                    interp.types.frozenset, interp.types.enumerate, interp.exc.BaseExceptionGroup,
                    interp.exc.ExceptionGroup})
        BASTION_TRY(add_class_getitem(interp, t));
    return {};
}

} // namespace bastion

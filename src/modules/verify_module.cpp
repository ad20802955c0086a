// verify_module.cpp: the `verify` module (PEP 330's interface, SPEC.md): verify(obj) re-runs
// the bytecode verifier over every code object reachable from a function, method, code
// object, class or module, and VerificationError (interp.exc.VerificationError, a
// ValueError with code_name, offset and rule). Code objects are verified when they are
// made, so this normally returns None; it is the audit entry point for tools.
// Not for: the rules themselves (verify/) or how errors become exceptions (vm/code_object).
#include <unordered_set>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/native.h"
#include "vm/code_object.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/module.h"

namespace bastion {

namespace {

// Objects still to visit. `top` marks the argument itself (only it may be rejected with
// TypeError; items found inside a class or module dict that hold no code are skipped).
struct Pending {
    Ref obj;
    bool top;
};

Status verify_code_object(Interpreter& interp, CodeObject* co) {
    auto verified = verify::verify(co->image);
    if (!verified.ok())
        return verification_error(interp, verified.error());
    return {};
}

// Pushes the values of a namespace dict (a class's or a module's).
void push_dict_values(Value dict, std::vector<Pending>& work) {
    if (!dict.is_obj())
        return;
    int64_t pos = 0;
    Value key;
    Value value;
    while (dict_next(static_cast<DictObject*>(dict.obj()), &pos, &key, &value))
        work.push_back({Ref::borrow(value), false});
}

// The wrapped callables of classmethod/staticmethod/property, found by attribute so any
// descriptor layout works; absent attributes are skipped.
Status push_wrapped(Interpreter& interp, Value obj, std::initializer_list<std::string_view> attrs,
                    std::vector<Pending>& work) {
    for (std::string_view attr : attrs) {
        StrObject* name = interp.intern(attr);
        if (!name)
            return interp.no_memory();
        BASTION_TRY_ASSIGN(Ref inner, get_attr_opt(interp, obj, name));
        if (inner)
            work.push_back({std::move(inner), false});
    }
    return {};
}

Raised not_verifiable(Interpreter& interp, Type* t) {
    return interp.raise_fmt(interp.exc.TypeError,
                            "verify() argument must be a function, method, code object, class or module, not {}",
                            t->name);
}

Status verify_object(Interpreter& interp, Value root) {
    std::vector<Pending> work{{Ref::borrow(root), true}};
    std::unordered_set<const Object*> seen;
    while (!work.empty()) {
        Pending item = std::move(work.back());
        work.pop_back();
        Value v = item.obj;
        Type* t = type_of(interp, v);
        if (v.is_obj() && !seen.insert(v.obj()).second)
            continue;
        if (t == interp.types.code) {
            BASTION_TRY(verify_code_object(interp, static_cast<CodeObject*>(v.obj())));
        } else if (is_function(interp, v)) {
            work.push_back({static_cast<FunctionObject*>(v.obj())->code, false});
        } else if (is_method(interp, v)) {
            work.push_back({static_cast<MethodObject*>(v.obj())->func, false});
        } else if (!v.is_obj()) {
            if (item.top)
                return not_verifiable(interp, t);
        } else if (t == interp.types.staticmethod || t == interp.types.classmethod) {
            BASTION_TRY(push_wrapped(interp, v, {"__func__"}, work));
        } else if (t == interp.types.property) {
            BASTION_TRY(push_wrapped(interp, v, {"fget", "fset", "fdel"}, work));
        } else if (is_subtype(t, interp.types.type)) {
            push_dict_values(static_cast<Type*>(v.obj())->dict, work);
        } else if (is_subtype(t, interp.types.module)) {
            if (!item.top)
                continue; // a module referenced from a class or module is not part of it
            push_dict_values(Value(module_dict(v)), work);
        } else if (item.top) {
            return not_verifiable(interp, t);
        }
    }
    return {};
}

Result<Ref> verify_verify(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "verify"));
    BASTION_TRY(check_positional(interp, args, "verify", 1, 1));
    BASTION_TRY(verify_object(interp, args.items[0]));
    return interp.new_none();
}

} // namespace

Status init_verify_module(Interpreter& interp, DictObject* d) {
    BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, "verify", verify_verify, "verify"));
    StrObject* name = interp.intern("verify");
    StrObject* error = interp.intern("VerificationError");
    if (!name || !error)
        return interp.no_memory();
    BASTION_TRY(dict_set_str(interp, d, name, fn));
    return dict_set_str(interp, d, error, Value(interp.exc.VerificationError));
}

} // namespace bastion

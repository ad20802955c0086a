// native.h: how C++ functions become Python callables — builtin functions, method
// descriptors on built-in types, getset descriptors — and the argument parser they use.
// Implemented in objects/native.cpp.
#pragma once

#include <initializer_list>
#include <span>
#include <string_view>

#include "objects/type.h"

namespace bastion {

using NativeFunction = Result<Ref> (*)(Interpreter&, CallArgs args);
using NativeMethod = Result<Ref> (*)(Interpreter&, Value self, CallArgs args);
using NativeGetter = Result<Ref> (*)(Interpreter&, Value self);
using NativeSetter = Status (*)(Interpreter&, Value self, Value value); // null value: delete

enum MethodFlag : uint32_t {
    kMethInstance = 0, // called as self.method(args)
    kMethClass = 1,    // classmethod: `self` is the class
    kMethStatic = 2,   // staticmethod: no self (NativeMethod receives a null self)
};

struct MethodDef {
    std::string_view name;
    NativeMethod fn;
    uint32_t flags = kMethInstance;
};

struct GetSetDef {
    std::string_view name;
    NativeGetter get;
    NativeSetter set = nullptr; // null: read-only
};

// Install method descriptors / getset descriptors into a type's dict.
Status add_methods(Interpreter&, Type* type, std::span<const MethodDef> methods);
Status add_getsets(Interpreter&, Type* type, std::span<const GetSetDef> getsets);
// A builtin function object (e.g. for the builtins module); `self` is bound if non-null.
Result<Ref> make_native_function(Interpreter&, std::string_view name, NativeFunction fn, std::string_view module = "builtins");
// Define a function in a module/namespace dict.
Status define_function(Interpreter&, Value dict, std::string_view name, NativeFunction fn);

// Argument parsing with CPython's messages. `names` gives every parameter in order;
// the first `npositional_only` may only be passed positionally; parameters at index >=
// `nrequired` are optional (their out slot stays null when absent).
// Example: parse_args(interp, args, "print", {}, ...) — see native.cpp for the contract.
struct ArgSpec {
    std::string_view function_name;
    std::initializer_list<std::string_view> names;
    std::size_t nrequired = 0;
    std::size_t npositional_only = 0;
    std::size_t nkeyword_only = 0; // the last n names are keyword-only
};
Status parse_args(Interpreter&, CallArgs args, const ArgSpec& spec, std::span<Value> out);
// Reject any keyword argument ("f() takes no keyword arguments").
Status no_keywords(Interpreter&, CallArgs args, std::string_view function_name);
// Exactly / between counts of positional arguments, with CPython's messages.
Status check_positional(Interpreter&, CallArgs args, std::string_view function_name, std::size_t min, std::size_t max);

} // namespace bastion

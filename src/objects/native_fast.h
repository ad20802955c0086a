// native_fast.h: the interpreter loop's and the call helpers' direct entries into native
// callables — CallArgs built without GCC 12's store-forwarding stall, and the CALL of a
// builtin function. Kept out of native.h so that its users do not all recompile for it.
// Implemented inline below and in objects/native.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/type.h"

namespace bastion {

// CallArgs{items, npos, kwnames} for a call made right away. GCC 12 builds a CallArgs
// argument field by field in a temporary and copies it to the outgoing argument area
// with a 16-byte load: a store-forwarding stall (the load waits for both stores to
// retire) on every native call built that way. Here the first two fields are one
// 16-byte value, so the copy forwards. Same fields, same call.
[[gnu::always_inline]] inline CallArgs make_call_args(const Value* items, std::size_t npos, TupleObject* kwnames) {
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
    static_assert(sizeof(CallArgs) == 24 && offsetof(CallArgs, npos) == 8 && offsetof(CallArgs, kwnames) == 16);
    using Pair = unsigned long long __attribute__((vector_size(16)));
    Pair head = {static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(items)), npos};
    CallArgs a;
    __builtin_memcpy(static_cast<void*>(&a), &head, sizeof head);
    a.kwnames = kwnames;
    return a;
#else
    return CallArgs{items, npos, kwnames};
#endif
}

// CALL of an object whose type is exactly builtin_function_or_method (len, isinstance,
// a bound builtin method): what call() does for it — the native stack check with call()'s
// message, then the native — without call()'s slot dispatch; native_call's second stack
// check, one C frame deeper, is the only thing skipped (as call_method_descriptor).
Result<Ref> call_builtin_function(Interpreter&, Value callable, CallArgs args);

// CALL of exactly the type str with one positional argument `x` and no keywords (`str(i)`):
// the result, errors and checks of call(str, x); a small int's digits are written into the
// result without call()'s and type_call's dispatch (objects/str_object.cpp).
Result<Ref> call_str_one(Interpreter&, Value x);

} // namespace bastion

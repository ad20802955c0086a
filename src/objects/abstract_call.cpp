// abstract_call.cpp: calling objects — through the call slot, with a prepended self
// (unbound methods, special-method dispatch), and obj.name(...) method calls.
#include <array>
#include <vector>

#include "objects/core_internal.h"
#include "objects/native_fast.h"

namespace bastion {

namespace {

// Arguments with one value in front; small calls stay on the C stack.
class PrependedArgs {
public:
    PrependedArgs(Value first, const Value* rest, std::size_t n) {
        Value* buf = m_small.data();
        if (n + 1 > m_small.size()) {
            m_large.resize(n + 1);
            buf = m_large.data();
        }
        buf[0] = first;
        for (std::size_t i = 0; i < n; ++i)
            buf[i + 1] = rest[i];
        m_items = buf;
    }
    const Value* items() const { return m_items; }

private:
    std::array<Value, 8> m_small{};
    std::vector<Value> m_large;
    const Value* m_items = nullptr;
};

bool is_method_like(Interpreter& interp, Type* t) {
    return t == interp.types.function || t == interp.types.method_descriptor || t == interp.types.wrapper_descriptor;
}

} // namespace

Result<Ref> call(Interpreter& interp, Value callable, CallArgs args) {
    Type* t = type_of(interp, callable);
    if (t->call == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not callable", t->name);
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" while calling a Python object");
    return t->call(interp, callable, args);
}

Result<Ref> call_positional(Interpreter& interp, Value callable, std::initializer_list<Value> args) {
    return call(interp, callable, make_call_args(args.begin(), args.size(), nullptr));
}

Result<Ref> call_prepend(Interpreter& interp, Value callable, Value self, CallArgs args) {
    std::size_t total = args.npos + (args.kwnames != nullptr ? args.nkw() : 0);
    PrependedArgs buf(self, args.items, total);
    return call(interp, callable, make_call_args(buf.items(), args.npos + 1, args.kwnames));
}

Result<Ref> call_special(Interpreter& interp, Value self, StrObject* name, std::span<const Value> args, bool* found) {
    Type* t = type_of(interp, self);
    Ref f = Ref::borrow(type_lookup(t, name));
    if (!f) {
        *found = false;
        return Ref();
    }
    *found = true;
    Type* ft = type_of(interp, f);
    if (is_method_like(interp, ft)) {
        PrependedArgs buf(self, args.data(), args.size());
        return call(interp, f, make_call_args(buf.items(), args.size() + 1, nullptr));
    }
    CallArgs plain{args.data(), args.size(), nullptr};
    if (ft->descr_get != nullptr) {
        BASTION_TRY_ASSIGN(Ref bound, ft->descr_get(interp, f, self, Value(t)));
        return call(interp, bound, plain);
    }
    return call(interp, f, plain);
}

Result<Ref> call_method(Interpreter& interp, Value obj, StrObject* name, std::initializer_list<Value> args) {
    Ref method;
    bool unbound = false;
    BASTION_TRY(get_method(interp, obj, name, &method, &unbound));
    if (unbound)
        return call_prepend(interp, method, obj, make_call_args(args.begin(), args.size(), nullptr));
    return call(interp, method, make_call_args(args.begin(), args.size(), nullptr));
}

bool is_callable(Interpreter& interp, Value v) { return type_of(interp, v)->call != nullptr; }

} // namespace bastion

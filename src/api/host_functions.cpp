// host_functions.cpp: Runtime::define_function — host C++ callables visible to scripts.
// A script calls a small Python wrapper that forwards to one native trampoline with the
// function's index; values cross as HostValue (None, bool, int, float, str).
#include <exception>

#include "api/runtime_state.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"

namespace bastion {

namespace {

Result<HostValue> to_host(Interpreter& interp, Value v) {
    if (v.is(Value(interp.none)))
        return HostValue{};
    if (v.is(Value(interp.true_)) || v.is(Value(interp.false_)))
        return HostValue{v.is(Value(interp.true_))};
    int64_t i = 0;
    if (int_to_i64(v, &i))
        return HostValue{i};
    if (is_float(interp, v))
        return HostValue{float_value(v)};
    if (is_str(interp, v))
        return HostValue{str_to_utf8(static_cast<StrObject*>(v.obj()))};
    return interp.raise_fmt(interp.exc.TypeError, "cannot pass a '{}' object to a host function",
                            type_of(interp, v)->name);
}

Result<Ref> from_host(Interpreter& interp, const HostValue& h) {
    if (std::holds_alternative<std::monostate>(h))
        return interp.new_none();
    if (auto* b = std::get_if<bool>(&h))
        return interp.new_bool(*b);
    if (auto* i = std::get_if<int64_t>(&h))
        return int_from_i64(interp, *i);
    if (auto* d = std::get_if<double>(&h))
        return float_from_double(interp, *d);
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, std::get<std::string>(h)));
    return Ref(std::move(s));
}

// __bastion_host_call__(index, *args)
Result<Ref> host_call(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "host function"));
    auto* state = static_cast<RuntimeState*>(interp.host_context);
    int64_t index = -1;
    if (!state || args.npos < 1 || !int_to_i64(args.items[0], &index) || index < 0 ||
        static_cast<uint64_t>(index) >= state->host_functions.size())
        return interp.raise(interp.exc.RuntimeError, "invalid host function");
    std::vector<HostValue> values;
    for (std::size_t i = 1; i < args.npos; ++i) {
        BASTION_TRY_ASSIGN(HostValue h, to_host(interp, args.items[i]));
        values.push_back(std::move(h));
    }
    HostValue result;
    try {
        result = state->host_functions[static_cast<std::size_t>(index)](values);
    } catch (const std::exception& e) { // a host's C++ exception must not cross into the VM
        return interp.raise(interp.exc.RuntimeError, e.what());
    } catch (...) {
        return interp.raise(interp.exc.RuntimeError, "host function failed");
    }
    return from_host(interp, result);
}

} // namespace

static bool is_identifier(const std::string& name) {
    if (name.empty() || (name[0] >= '0' && name[0] <= '9'))
        return false;
    for (char c : name)
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

void Runtime::define_function(const std::string& name, HostFunction fn) {
    if (!is_identifier(name))
        return; // the name is spliced into source: only plain ASCII identifiers are accepted
    RuntimeState& st = *m_state;
    Interpreter& interp = *st.interp;
    std::size_t index = st.host_functions.size();
    st.host_functions.push_back(std::move(fn));
    auto* builtins = static_cast<DictObject*>(interp.builtins.obj());
    if (index == 0) {
        auto tramp = make_native_function(interp, "__bastion_host_call__", host_call);
        if (!tramp.ok() || !dict_set_str(interp, builtins, interp.intern("__bastion_host_call__"), tramp.value()).ok())
            return;
    }
    // The wrapper lives in builtins so every module sees it.
    std::string src = "def " + name + "(*args):\n    return __bastion_host_call__(" + std::to_string(index) +
                      ", *args)\n";
    (void)interp.eval_source(src, "<host>", interp.builtins, interp.builtins);
}

} // namespace bastion

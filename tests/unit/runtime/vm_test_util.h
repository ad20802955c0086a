// vm_test_util.h: helpers for the vm_*_test.cpp files — run a snippet in a fresh
// interpreter with captured output, read back module variables as text.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/native.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/vm_natives.h"

namespace bastion::vm_test {

struct Run {
    // Declared before interp: teardown finalizers may still print through the hooks.
    std::string out;
    std::string err;
    std::unique_ptr<Interpreter> interp;
    Ref module;          // null when the run raised (declared after interp: released first)
    std::string error;   // "Type: message" of an uncaught exception
};

// Register the vm/ natives the builtins and sys modules may not install yet.
inline void install_vm_natives(Interpreter& interp) {
    auto add = [&](Value dict, std::string_view name, NativeFunction fn) {
        if (dict_get_str(static_cast<DictObject*>(dict.obj()), interp.intern(name)).is_null())
            (void)define_function(interp, dict, name, fn);
    };
    add(interp.builtins, "exec", builtin_exec);
    add(interp.builtins, "eval", builtin_eval);
    add(interp.builtins, "compile", builtin_compile);
    add(interp.builtins, "globals", builtin_globals);
    add(interp.builtins, "locals", builtin_locals);
    add(interp.builtins, "__import__", builtin___import__);
    Value sys_dict(module_dict(interp.sys_module));
    add(sys_dict, "exc_info", sys_exc_info);
    add(sys_dict, "exception", sys_exception);
    add(sys_dict, "_getframe", sys__getframe);
}

inline Run run(std::string_view source, const Limits& limits = {}, std::string_view filename = "t.py") {
    Run r;
    r.interp = std::make_unique<Interpreter>(limits);
    r.interp->write_stdout = [&r](std::string_view s) { r.out += s; };
    r.interp->write_stderr = [&r](std::string_view s) { r.err += s; };
    install_vm_natives(*r.interp);
    auto result = r.interp->run_source(source, filename);
    if (result.ok()) {
        r.module = result.value();
    } else {
        Value exc = result.error().exception;
        auto s = str(*r.interp, exc);
        r.error = type_of(*r.interp, exc)->name + ": " + (s.ok() ? str_to_utf8(s.value().get()) : "?");
        r.interp->print_exception(exc);
    }
    return r;
}

// The module global `name` as str(value); "<missing>" when absent.
inline std::string global_text(Run& r, std::string_view name) {
    if (!r.module)
        return "<no module: " + r.error + ">";
    StrObject* key = r.interp->intern(name);
    Value v = dict_get_str(module_dict(r.module), key);
    if (v.is_null())
        return "<missing>";
    auto s = str(*r.interp, v);
    return s.ok() ? str_to_utf8(s.value().get()) : "<str failed>";
}

// The module global `name`, a list of str, as strings.
inline std::vector<std::string> global_lines(Run& r, std::string_view name) {
    std::vector<std::string> lines;
    if (!r.module)
        return {"<no module: " + r.error + ">"};
    Value v = dict_get_str(module_dict(r.module), r.interp->intern(name));
    if (v.is_null() || !is_list(*r.interp, v))
        return {"<not a list>"};
    for (const Ref& item : static_cast<ListObject*>(v.obj())->items) {
        auto s = str(*r.interp, item);
        lines.push_back(s.ok() ? str_to_utf8(s.value().get()) : "<str failed>");
    }
    return lines;
}

// The steps a counting loop uses: `tmpl` with its N replaced by n, run under `budget`.
// *finished tells whether it ran to the end, when global `var` must read `n` + `suffix`;
// otherwise it must have stopped with StepLimitExceeded.
inline uint64_t loop_steps(const char* tmpl, int n, uint64_t budget, const char* var, const char* suffix,
                           bool* finished) {
    std::string source(tmpl);
    source.replace(source.find('N'), 1, std::to_string(n));
    Limits limits;
    limits.max_steps = budget;
    auto r = run(source, limits);
    *finished = static_cast<bool>(r.module);
    if (r.module) {
        EXPECT_EQ(global_text(r, var), std::to_string(n) + suffix);
    } else {
        EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    }
    return budget - r.interp->steps_left;
}

// For loops whose body runs fused instruction pairs (eval.cpp): one more pass costs 8 steps
// (load, constant, +=, store, load, the bound, <, jump: a fused pair still pays two);
// exactly the measured budget finishes and every budget short of it, ending at each
// instruction of the last passes (between fused pairs included), stops.
inline void check_loop_step_counts(const char* tmpl, const char* var, const char* suffix) {
    bool finished = false;
    uint64_t ten = loop_steps(tmpl, 10, 1000000, var, suffix, &finished);
    ASSERT_TRUE(finished);
    uint64_t eleven = loop_steps(tmpl, 11, 1000000, var, suffix, &finished);
    ASSERT_TRUE(finished);
    EXPECT_EQ(eleven - ten, 8u);
    EXPECT_EQ(loop_steps(tmpl, 10, ten, var, suffix, &finished), ten);
    EXPECT_TRUE(finished);
    for (uint64_t cut = 1; cut <= 20; ++cut) {
        loop_steps(tmpl, 10, ten - cut, var, suffix, &finished);
        EXPECT_FALSE(finished) << cut;
    }
}

// The smallest budget with which `source` finishes (the steps it uses): exactly that
// budget finishes, one step less stops with StepLimitExceeded.
inline uint64_t steps_needed(const std::string& source) {
    Limits limits;
    limits.max_steps = 1'000'000;
    auto r = run(source, limits);
    EXPECT_TRUE(r.module) << r.error;
    uint64_t used = limits.max_steps - r.interp->steps_left;
    limits.max_steps = used;
    EXPECT_TRUE(run(source, limits).module) << source;
    limits.max_steps = used - 1;
    auto cut = run(source, limits);
    EXPECT_FALSE(cut.module) << source;
    EXPECT_EQ(cut.error.rfind("StepLimitExceeded", 0), 0u) << cut.error;
    return used;
}

// `source` with its first `N` replaced by n.
inline std::string with_n(std::string source, int n) {
    source.replace(source.find('N'), 1, std::to_string(n));
    return source;
}

} // namespace bastion::vm_test

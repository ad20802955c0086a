// run_harness.h: runs untrusted code — a loaded (unverified) code image or source text — in
// an Interpreter under a step budget and a memory limit, for fuzz_run, fuzz_source and the
// mutation test. The property all of them check: a run ends in a value or a Python
// exception (a BaseException instance, whose traceback is then printed, as the CLI would),
// and the interpreter still runs code afterwards. Anything else is a crash (trap).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "bastion/limits.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/source_code.h"

namespace bastion::fuzz {

// Small enough that a run takes milliseconds even under ASan; large enough for real loops.
// The step budget counts instructions, not the native work one instruction does, so the
// memory limit is what bounds a single big operation (10 ** 30_000_000 alone is 12 MB and
// seconds of multiplication under instrumentation): keep it small.
constexpr uint64_t kMaxSteps = 20000;
constexpr uint64_t kMaxMemoryBytes = 16ull << 20;
constexpr uint32_t kRecursionLimit = 200;

enum class Outcome : uint8_t { Value, Exception, Broken };

inline std::unique_ptr<Interpreter> make_interpreter() {
    Limits limits;
    limits.max_steps = kMaxSteps;
    limits.max_memory_bytes = kMaxMemoryBytes;
    limits.recursion_limit = kRecursionLimit;
    auto interp = std::make_unique<Interpreter>(limits);
    interp->write_stdout = [](std::string_view) {};
    interp->write_stderr = [](std::string_view) {};
    interp->sleep = [](double) {}; // time.sleep(1e6) is one instruction: no budget bounds it
    return interp;
}

// Classifies a finished run; an exception's traceback is printed (exercising line tables).
inline Outcome classify(Interpreter& interp, Result<Ref>& result) {
    if (result.ok())
        return result.value() ? Outcome::Value : Outcome::Broken;
    Value exc = result.error().exception;
    if (exc.is_null() || !is_exception_instance(interp, exc))
        return Outcome::Broken;
    interp.print_exception(exc);
    return Outcome::Exception;
}

// Module code in a fresh namespace whose __builtins__ is the interpreter's.
inline Result<Ref> run_in_fresh_module(Interpreter& interp, CodeObject* code) {
    BASTION_TRY_ASSIGN(Ref module, module_new(interp, "__main__"));
    DictObject* d = module_dict(module);
    BASTION_TRY(dict_set_str(interp, d, interp.names.__builtins__, interp.builtins));
    return run_code(interp, code, Value(d), Value(d));
}

// Verify (load_code), materialize and run an image.
inline Outcome run_image(Interpreter& interp, std::shared_ptr<const bc::CodeImage> image) {
    auto run = [&]() -> Result<Ref> {
        BASTION_TRY_ASSIGN(Own<CodeObject> code, load_code(interp, std::move(image)));
        return run_in_fresh_module(interp, code.get());
    };
    Result<Ref> result = run();
    return classify(interp, result);
}

// Tokenize, parse, compile, verify, materialize and run source text.
inline Outcome run_source(Interpreter& interp, std::string_view source) {
    auto run = [&]() -> Result<Ref> {
        BASTION_TRY_ASSIGN(Own<CodeObject> code,
                           compile_to_code(interp, source, "<fuzz>", compile::CompileMode::Exec));
        return run_in_fresh_module(interp, code.get());
    };
    Result<Ref> result = run();
    return classify(interp, result);
}

// The fuzz targets' interpreter: one is reused for kRunsPerInterpreter inputs, because
// building one (bootstrap, bundled sys module) costs far more than a typical run under
// ASan + coverage. Each input starts with a full step budget and the recursion limit
// reset, in a fresh module namespace; what a run can leave behind (sys.modules entries,
// edited builtins) changes later runs' results, never their safety. A reported input is
// re-run alone by libFuzzer, i.e. on a fresh interpreter; an input after which the reused
// interpreter is unusable is re-judged on a fresh one (input_keeps_interpreter_usable).
constexpr int kRunsPerInterpreter = 500;

struct ReusableInterpreter {
    std::unique_ptr<Interpreter> interp;
    int runs = 0;
};

inline ReusableInterpreter& reusable_state() {
    static ReusableInterpreter state;
    return state;
}

inline Interpreter& reusable_interpreter() {
    ReusableInterpreter& r = reusable_state();
    if (!r.interp || r.runs++ % kRunsPerInterpreter == 0) {
        r.interp.reset();
        r.interp = make_interpreter();
    }
    r.interp->steps_left = r.interp->limits.max_steps;
    r.interp->recursion_limit = kRecursionLimit;
    return *r.interp;
}

// Drops the reused interpreter; the next reusable_interpreter() builds a fresh one.
inline void discard_reusable_interpreter() {
    ReusableInterpreter& r = reusable_state();
    r.interp.reset();
    r.runs = 0;
}

// After any run the interpreter must still work: a fresh budget and recursion limit, then a
// small program with a call and a loop that names nothing a script may edit (builtins).
inline bool still_usable(Interpreter& interp) {
    interp.steps_left = interp.limits.max_steps;
    interp.recursion_limit = kRecursionLimit;
    auto r = interp.run_source("x = [i * 2 for i in (1, 2, 3)]\n", "<check>", "__check__");
    return r.ok();
}

} // namespace bastion::fuzz

namespace bastion::fuzz {

// The property every target checks, for one input: `run` (which returns false for a broken
// outcome) leaves the interpreter usable. On the reused interpreter, earlier inputs can
// legitimately make the check fail (an edited builtins module, memory held in sys.modules up
// to the limit), so a failure there is re-judged on a fresh interpreter running this input
// alone: only that failing is a bug.
template <typename Run>
inline bool input_keeps_interpreter_usable(Run run) {
    Interpreter* interp = &reusable_interpreter();
    if (!run(*interp))
        return false;
    if (still_usable(*interp))
        return true;
    discard_reusable_interpreter();
    interp = &reusable_interpreter();
    return run(*interp) && still_usable(*interp);
}

} // namespace bastion::fuzz

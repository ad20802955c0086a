// fuzz_source.cpp: libFuzzer target over source text: bytes -> tokenize -> parse -> compile
// -> verify -> materialize -> run in a (reused, see run_harness.h) Interpreter under a step budget and a memory
// limit (run_harness.h). Property: a SyntaxError-family exception, or a run that ends in a
// value or a Python exception, after which the interpreter still runs code; never a crash, a
// sanitizer report, or compiler output that the verifier rejects (that is a compiler bug).
#include <cstdint>
#include <string>
#include <string_view>

#include "run_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace bastion;
    std::string_view source(reinterpret_cast<const char*>(data), size);
    auto run = [&](Interpreter& interp) {
        auto code = compile_to_code(interp, source, "<fuzz>", compile::CompileMode::Exec);
        if (!code.ok()) {
            // The compiler's own output must always verify: a VerificationError here is a bug.
            Value exc = code.error().exception;
            return !exc.is_null() && is_exception_instance(interp, exc) &&
                   type_of(interp, exc) != interp.exc.VerificationError;
        }
        auto result = fuzz::run_in_fresh_module(interp, code.value().get());
        return fuzz::classify(interp, result) != fuzz::Outcome::Broken;
    };
    if (!fuzz::input_keeps_interpreter_usable(run))
        __builtin_trap();
    return 0;
}

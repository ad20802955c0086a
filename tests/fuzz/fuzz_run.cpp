// fuzz_run.cpp: libFuzzer target for the whole load path: bytes -> serial reader (a .bbc file,
// a serialized code image, or a marshal value holding code) -> verify -> materialize -> RUN
// in a (reused, see run_harness.h) Interpreter under a step budget and a memory limit (run_harness.h). Property:
// every input is rejected by the reader or the verifier, or runs to a value or a Python
// exception, after which the interpreter still runs code; never a crash or sanitizer report.
#include <cstdint>
#include <cstdlib>
#include <span>

#include "run_harness.h"
#include "serial/serial.h"

namespace {

std::shared_ptr<const bastion::bc::CodeImage> load(std::span<const uint8_t> bytes) {
    using namespace bastion;
    if (serial::has_bbc_magic(bytes)) {
        auto image = serial::read_bbc(bytes);
        return image.ok() ? image.value() : nullptr;
    }
    if (auto image = serial::read_code(bytes); image.ok())
        return image.value();
    // marshal.loads semantics: one value from the front, a tail ignored.
    std::size_t used = 0;
    if (auto value = serial::read_value_prefix(bytes, &used); value.ok())
        return value.value().code;
    return nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace bastion;
    auto image = load(std::span<const uint8_t>(data, size));
    if (!image)
        return 0;
    auto run = [&](Interpreter& interp) { return fuzz::run_image(interp, image) != fuzz::Outcome::Broken; };
    if (!fuzz::input_keeps_interpreter_usable(run))
        __builtin_trap();
    return 0;
}

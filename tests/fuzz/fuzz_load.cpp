// fuzz_load.cpp: libFuzzer target for the loader and the verifier. Property: any byte string
// is rejected by serial::read_* or verify::verify with a clean error, or accepted; never a
// crash or sanitizer report. Whatever a reader accepts must write back to the same bytes
// (the format is canonical), so reader/writer asymmetries are found too. Running verified
// code is fuzz_run's job (fuzz_run.cpp).
#include <cstdint>
#include <cstdlib>
#include <span>

#include "serial/serial.h"
#include "verify/verifier.h"

namespace {

void require(bool ok) {
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace bastion;
    std::span<const uint8_t> bytes(data, size);
    auto as_string = [&] { return std::string(reinterpret_cast<const char*>(data), size); };
    if (serial::has_bbc_magic(bytes)) {
        auto image = serial::read_bbc(bytes);
        if (!image.ok())
            return 0;
        require(serial::write_bbc(*image.value()) == as_string());
        (void)verify::verify(image.value());
        return 0;
    }
    if (auto image = serial::read_code(bytes); image.ok()) {
        require(serial::write_code(*image.value()) == as_string());
        (void)verify::verify(image.value());
        return 0;
    }
    if (auto value = serial::read_value(bytes); value.ok()) {
        require(serial::write_value(value.value()) == as_string());
        if (value.value().code)
            (void)verify::verify(value.value().code);
    }
    return 0;
}

// fuzz_format_spec.cpp: libFuzzer target for the format-spec mini-language and printf-style
// formatting (objects/str_format.h, bytes %). The first byte picks the value (int, big int,
// negative, float, inf/nan, str, bool) and the operation (format(), str %, bytes %); the rest
// is the spec/template. Property: a result or a clean Python exception (ValueError,
// TypeError, OverflowError, MemoryError under the interpreter's memory limit), never a
// crash, sanitizer report or C++ exception.
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_format.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace {

bastion::Interpreter& interp() {
    static bastion::Interpreter* it = [] {
        bastion::Limits limits;
        limits.max_memory_bytes = 256ull << 20; // huge widths end as MemoryError
        return new bastion::Interpreter(limits);
    }();
    return *it;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace bastion;
    if (size < 1)
        return 0;
    Interpreter& in = interp();
    uint8_t sel = data[0];
    std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    Ref value;
    switch (sel % 8) {
    case 0: value = Ref::small_int(42); break;
    case 1: value = Ref::small_int(-7); break;
    case 2: {
        auto r = int_from_i64(in, INT64_MIN);
        if (!r.ok())
            return 0;
        value = std::move(r).value();
        break;
    }
    case 3: {
        auto r = float_from_double(in, 3.14159);
        if (!r.ok())
            return 0;
        value = std::move(r).value();
        break;
    }
    case 4: {
        auto r = float_from_double(in, -1.0 / 0.0);
        if (!r.ok())
            return 0;
        value = std::move(r).value();
        break;
    }
    case 5: {
        auto r = str_from_utf8(in, "h\xc3\xa9llo \xf0\x9f\x98\x80");
        if (!r.ok())
            return 0;
        value = std::move(r).value();
        break;
    }
    case 6: value = in.new_bool(true); break;
    default: value = Ref::small_int(0); break;
    }
    // The template/spec as str (invalid UTF-8 replaced).
    auto spec = bytes_decode(in, {reinterpret_cast<const uint8_t*>(text.data()), text.size()}, "utf-8", "replace");
    if (!spec.ok())
        return 0;
    switch ((sel >> 3) % 3) {
    case 0: {
        auto r = format_value(in, value, spec.value().get());
        (void)r;
        break;
    }
    case 1: {
        auto args = tuple_of(in, {value, value, value});
        if (!args.ok())
            return 0;
        auto r = str_percent_format(in, spec.value().get(), Value(args.value()));
        (void)r;
        break;
    }
    default: {
        auto args = tuple_of(in, {value, value, value});
        if (!args.ok())
            return 0;
        auto r = bytes_percent_format(in, {reinterpret_cast<const uint8_t*>(text.data()), text.size()}, Value(args.value()));
        (void)r;
        break;
    }
    }
    return 0;
}

// numbers_text_harness.h: runs a Python snippet in a fresh Interpreter and returns what
// CPython's would show: stdout, then (on an uncaught exception) the last traceback line.
#pragma once

#include <string>
#include <string_view>

#include "vm/interpreter.h"

namespace bastion::test {

inline std::string run_snippet(std::string_view source) {
    Interpreter interp;
    std::string out, err;
    interp.write_stdout = [&](std::string_view s) { out += s; };
    interp.write_stderr = [&](std::string_view s) { err += s; };
    auto r = interp.run_source(source, "<test>");
    if (!r.ok()) {
        Raised e = r.take_error();
        interp.print_exception(e.exception);
        while (!err.empty() && err.back() == '\n')
            err.pop_back();
        std::size_t nl = err.rfind('\n');
        out += (nl == std::string::npos ? err : err.substr(nl + 1)) + "\n";
    }
    return out;
}

} // namespace bastion::test

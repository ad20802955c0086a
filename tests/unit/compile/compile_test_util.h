// compile_test_util.h: helpers shared by the compiler tests — compile a snippet, walk
// every nested code image, and fetch the first diagnostic.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>

#include "bytecode/code_image.h"
#include "bytecode/disassemble.h"
#include "compile/compiler.h"

namespace bastion::compile::testing {

inline std::shared_ptr<const bc::CodeImage> compile_ok(const std::string& src, CompileMode mode = CompileMode::Exec) {
    auto r = compile_source(src, "<test>", mode);
    if (!r.ok()) {
        ADD_FAILURE() << "compile failed: " << r.error().message << " at line " << r.error().span.line << "\n"
                      << src;
        return nullptr;
    }
    return r.value();
}

inline std::string dis(const std::string& src, CompileMode mode = CompileMode::Exec) {
    auto img = compile_ok(src, mode);
    return img ? bc::disassemble(*img) : std::string("<compile failed>");
}

// Calls fn on the image and every nested code constant (depth-first).
inline void for_each_code(const bc::CodeImage& img, const std::function<void(const bc::CodeImage&)>& fn) {
    fn(img);
    for (const bc::Constant& c : img.consts)
        if (c.kind == bc::Constant::Kind::Code && c.code)
            for_each_code(*c.code, fn);
}

// Finds the nested code object called `name` (first match, depth-first).
inline const bc::CodeImage* find_code(const bc::CodeImage& img, const std::string& name) {
    const bc::CodeImage* found = nullptr;
    for_each_code(img, [&](const bc::CodeImage& c) {
        if (!found && c.name == name)
            found = &c;
    });
    return found;
}

struct ErrorInfo {
    std::string message;
    int32_t line = 0;
};

inline ErrorInfo first_error(const std::string& src, CompileMode mode = CompileMode::Exec) {
    auto r = compile_source(src, "<test>", mode);
    if (r.ok())
        return ErrorInfo{"<no error>", 0};
    return ErrorInfo{r.error().message, r.error().span.line};
}

} // namespace bastion::compile::testing

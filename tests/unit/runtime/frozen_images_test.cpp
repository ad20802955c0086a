// frozen_images_test.cpp: the bundled modules' build-time images (tools/freeze_lib.cpp).
// Every lib/ module has one, it reads back, passes the verifier and equals what compiling
// its embedded source gives now (so it is never stale); an image that is corrupted,
// truncated or names another file is not used: frozen_module_code compiles the source
// instead, and a broken source then fails with its SyntaxError.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "compile/compiler.h"
#include "modules/module_table.h"
#include "serial/serial.h"
#include "verify/verifier.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm_test_util.h"

namespace bastion {
namespace {

std::string path_of(const FrozenModule& m) {
    std::string rel(m.name);
    for (char& c : rel)
        if (c == '.')
            c = '/';
    return "/bastion/lib/" + rel + (m.is_package ? "/__init__.py" : ".py");
}

std::span<const unsigned char> bytes_of(const std::string& s) {
    return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

const FrozenModule& bundled(std::string_view name) {
    const FrozenModule* m = find_frozen_module(name);
    EXPECT_NE(m, nullptr) << name;
    return *m;
}

TEST(FrozenImages, EveryBundledModuleHasAVerifiedCurrentImage) {
    ASSERT_FALSE(frozen_modules().empty());
    for (const FrozenModule& m : frozen_modules()) {
        SCOPED_TRACE(std::string(m.name));
        ASSERT_FALSE(m.image.empty());
        auto image = serial::read_bbc(m.image);
        ASSERT_TRUE(image.ok()) << image.error().message();
        EXPECT_EQ(image.value()->filename, path_of(m));
        EXPECT_TRUE(verify::verify(image.value()).ok());
        auto fresh = compile::compile_source(m.source, path_of(m), compile::CompileMode::Exec);
        ASSERT_TRUE(fresh.ok());
        EXPECT_EQ(serial::write_bbc(*fresh.value()), serial::write_bbc(*image.value()));
    }
}

// `name`'s image with its module code's stack size cut to 0: it still reads, but the
// verifier refuses it (the module body pushes values).
std::string unverifiable_image(std::string_view name) {
    auto image = serial::read_bbc(bundled(name).image);
    EXPECT_TRUE(image.ok());
    auto broken = std::make_shared<bc::CodeImage>(*image.value());
    broken->stacksize = 0;
    EXPECT_FALSE(verify::verify(broken).ok());
    return serial::write_bbc(*broken);
}

// Runs `code` as a module and returns the names it defined, sorted and comma-joined.
std::string run_names(Interpreter& interp, CodeObject* code) {
    auto module = module_new(interp, "probe");
    EXPECT_TRUE(module.ok());
    DictObject* d = module_dict(module.value());
    EXPECT_TRUE(dict_set_str(interp, d, interp.names.__builtins__, interp.builtins).ok());
    auto ran = run_code(interp, code, Value(d), Value(d));
    EXPECT_TRUE(ran.ok());
    Value fn = dict_get_str(d, interp.intern("insort_left"));
    return fn.is_null() ? "missing" : "defined";
}

TEST(FrozenImages, RejectedImageFallsBackToTheSource) {
    Interpreter interp{Limits{}};
    const FrozenModule& real = bundled("bisect");
    std::string path = path_of(real);
    std::string unverifiable = unverifiable_image("bisect");
    std::string truncated(reinterpret_cast<const char*>(real.image.data()), real.image.size() / 2);
    std::string flipped(reinterpret_cast<const char*>(real.image.data()), real.image.size());
    for (std::size_t i = 8; i < flipped.size(); i += 7)
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
    auto other = serial::read_bbc(bundled("heapq").image); // a sound image of another file
    ASSERT_TRUE(other.ok());
    std::string misnamed = serial::write_bbc(*other.value());
    for (const std::string* bad : {&unverifiable, &truncated, &flipped, &misnamed}) {
        FrozenModule m{real.name, real.source, false, bytes_of(*bad)};
        auto code = frozen_module_code(interp, m, path);
        ASSERT_TRUE(code.ok());
        EXPECT_NE(code.value()->stacksize, 0u);
        EXPECT_EQ(str_to_utf8(static_cast<StrObject*>(code.value()->filename.obj())), path);
        EXPECT_EQ(run_names(interp, code.value().get()), "defined");
    }
    // The real image runs too.
    auto code = frozen_module_code(interp, real, path);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(run_names(interp, code.value().get()), "defined");
}

TEST(FrozenImages, RejectedImageWithBrokenSourceFailsWithSyntaxError) {
    Interpreter interp{Limits{}};
    std::string unverifiable = unverifiable_image("bisect");
    FrozenModule m{"bisect", "def broken(:\n", false, bytes_of(unverifiable)};
    auto code = frozen_module_code(interp, m, "/bastion/lib/bisect.py");
    ASSERT_FALSE(code.ok());
    Value e = code.error().exception;
    EXPECT_TRUE(e.is_obj() && is_subtype(e.obj()->type, interp.exc.SyntaxError));
    // The interpreter is still usable afterwards.
    auto r = interp.run_source("x = 1 + 1\n", "t.py");
    EXPECT_TRUE(r.ok());
}

TEST(FrozenImages, ImportsUseBundledModulesWithTheirSourceLines) {
    auto r = vm_test::run("import collections, traceback\n"
                          "f = collections.namedtuple.__code__.co_filename\n"
                          "try:\n    collections.namedtuple('x', 'a a')\n"
                          "except ValueError:\n    tb = traceback.format_exc()\n");
    ASSERT_TRUE(r.module) << r.error;
    EXPECT_EQ(vm_test::global_text(r, "f"), "/bastion/lib/collections/__init__.py");
    std::string tb = vm_test::global_text(r, "tb");
    EXPECT_NE(tb.find("File \"/bastion/lib/collections/__init__.py\", line"), std::string::npos) << tb;
    EXPECT_NE(tb.find("raise ValueError(f'Encountered duplicate field name: {name!r}')"), std::string::npos) << tb;
}

} // namespace
} // namespace bastion

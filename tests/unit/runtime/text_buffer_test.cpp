// text_buffer_test.cpp: the buffer protocol (objects/buffer.h) and memoryview. A live
// export must make every resize of a bytearray fail with BufferError while the exported
// pointer stays valid; releasing the last export allows resizing again. Also runs
// tests/py/text_memoryview.py against its CPython-generated output, with
// `memoryview` installed in builtins (until builtins_module.cpp registers it).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "objects/buffer.h"
#include "objects/bytes_object.h"
#include "vm_test_util.h"

namespace bastion {
namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(TextBuffer, ExportForbidsResize) {
    Interpreter interp;
    auto ba = bytearray_from(interp, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>("abc"), 3));
    ASSERT_TRUE(ba.ok());
    ByteArrayObject* b = ba.value().get();
    {
        auto view = get_buffer(interp, Value(b), /*writable=*/true);
        ASSERT_TRUE(view.ok());
        EXPECT_EQ(b->exports, 1);
        uint8_t* p = view.value().data();
        Status grow = bytearray_resize(interp, b, 1000);
        ASSERT_FALSE(grow.ok());
        EXPECT_EQ(type_of(interp, grow.error().exception), interp.exc.BufferError);
        EXPECT_EQ(view.value().data(), p); // the pointer was not moved
        EXPECT_EQ(p[0], 'a');
        BufferView second = view.value().share();
        EXPECT_EQ(b->exports, 2);
    }
    EXPECT_EQ(b->exports, 0);
    EXPECT_TRUE(bytearray_resize(interp, b, 1000).ok());
    EXPECT_EQ(b->size, 1000);
}

TEST(TextBuffer, StorageIsAccounted) {
    Interpreter interp;
    std::size_t before = interp.memory_in_use();
    auto ba = bytearray_from(interp, {});
    ASSERT_TRUE(ba.ok());
    ASSERT_TRUE(bytearray_resize(interp, ba.value().get(), 1 << 20).ok());
    EXPECT_GE(interp.memory_in_use(), before + (1u << 20));
    ba = Own<ByteArrayObject>();
    EXPECT_LT(interp.memory_in_use(), before + 4096);
}

TEST(TextBuffer, MemoryLimitStopsGrowth) {
    Limits limits;
    limits.max_memory_bytes = 64ull << 20;
    auto r = vm_test::run("b = bytearray(b'x')\n"
                          "try:\n"
                          "    while True:\n"
                          "        b += b'y' * 1048576\n"
                          "except MemoryError:\n"
                          "    ok = len(b) > 1000\n",
                          limits);
    EXPECT_EQ(vm_test::global_text(r, "ok"), "True") << r.err;
}

TEST(TextBuffer, MemoryviewScriptMatchesCPython) {
    auto dir = std::filesystem::path(BASTION_TESTS_DIR) / "py";
    std::string source = read_file(dir / "text_memoryview.py");
    std::string expected = read_file(dir / "text_memoryview.out");
    ASSERT_FALSE(source.empty());
    vm_test::Run r;
    r.interp = std::make_unique<Interpreter>();
    r.interp->write_stdout = [&r](std::string_view s) { r.out += s; };
    r.interp->write_stderr = [&r](std::string_view s) { r.err += s; };
    vm_test::install_vm_natives(*r.interp);
    ASSERT_TRUE(dict_set_str(*r.interp, static_cast<DictObject*>(r.interp->builtins.obj()), r.interp->intern("memoryview"),
                             Value(r.interp->types.memoryview))
                    .ok());
    auto result = r.interp->run_source(source, "text_memoryview.py");
    if (!result.ok())
        r.interp->print_exception(result.error().exception);
    // Addresses differ between runs; the script prints none.
    EXPECT_EQ(r.out, expected) << r.err;
}

} // namespace
} // namespace bastion

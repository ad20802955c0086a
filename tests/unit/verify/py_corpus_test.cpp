// py_corpus_test.cpp: every code object the compiler makes for the whole tests/py corpus
// (and the bundled lib/*.py modules) verifies, and lowering any image's co_stacksize by one
// (the "deliberate compiler bug: a wrong stack depth") is caught. The files are found
// relative to this source file, so the test needs no configuration.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "compile/compiler.h"
#include "verify/verifier.h"

namespace bastion::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> corpus_files() {
    fs::path root = fs::path(BASTION_TESTS_DIR) / "..";
    std::vector<fs::path> files;
    for (const char* dir : {"tests/py", "lib"}) {
        std::error_code ec;
        for (fs::recursive_directory_iterator it(root / dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".py")
                files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

void for_each_image(const std::shared_ptr<const bc::CodeImage>& root,
                    const std::function<void(const std::shared_ptr<const bc::CodeImage>&)>& fn) {
    std::vector<std::shared_ptr<const bc::CodeImage>> work{root};
    while (!work.empty()) {
        auto img = work.back();
        work.pop_back();
        fn(img);
        for (const bc::Constant& c : img->consts)
            if (c.kind == bc::Constant::Kind::Code && c.code)
                work.push_back(c.code);
    }
}

TEST(PyCorpus, EveryCompiledCodeObjectVerifies) {
    auto files = corpus_files();
    ASSERT_GE(files.size(), 50u) << "tests/py not found under " << BASTION_TESTS_DIR;
    size_t compiled = 0, images = 0;
    for (const fs::path& path : files) {
        auto r = compile::compile_source(read_file(path), path.filename().string(), compile::CompileMode::Exec);
        if (!r.ok())
            continue; // a script may be about a SyntaxError; the py runner checks those
        ++compiled;
        for_each_image(r.value(), [&](const std::shared_ptr<const bc::CodeImage>& img) {
            ++images;
            auto v = verify::verify(img);
            EXPECT_TRUE(v.ok()) << path << ": " << v.error().message();
        });
    }
    EXPECT_GE(compiled, files.size() * 9 / 10);
    std::printf("%zu files, %zu compiled, %zu code objects verified\n", files.size(), compiled, images);
}

TEST(PyCorpus, WrongStackDepthIsCaught) {
    size_t checked = 0;
    for (const fs::path& path : corpus_files()) {
        auto r = compile::compile_source(read_file(path), path.filename().string(), compile::CompileMode::Exec);
        if (!r.ok())
            continue;
        for_each_image(r.value(), [&](const std::shared_ptr<const bc::CodeImage>& img) {
            if (img->stacksize == 0 || !verify::verify(img).ok())
                return;
            auto lower = std::make_shared<bc::CodeImage>(*img);
            lower->stacksize -= 1;
            ++checked;
            EXPECT_FALSE(verify::verify(std::move(lower)).ok()) << path << ": " << img->name;
        });
    }
    EXPECT_GT(checked, 100u);
}

} // namespace
} // namespace bastion::test

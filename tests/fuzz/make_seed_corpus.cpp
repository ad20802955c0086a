// make_seed_corpus.cpp: writes a small seed corpus for fuzz_load into the directory given
// as argv[1]: hand-built code images (raw and as .bbc files) and marshal values, plus, when
// built with the compiler (BASTION_SEED_FROM_COMPILER), compiled snippets with the real
// shapes of try/with/for/closures.
#include <cstdio>
#include <string>

#include "unit/serial/samples.h"

#ifdef BASTION_SEED_FROM_COMPILER
#include "compile/compiler.h"
#endif

namespace {

bool write_file(const std::string& path, const std::string& bytes) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return false;
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    return std::fclose(f) == 0 && ok;
}

} // namespace

int main(int argc, char** argv) {
    using namespace bastion;
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    std::string dir = argv[1];
    auto module = test::sample_module();
    const bc::CodeImage& f = *module->consts[0].code;
    const bc::CodeImage& inner = *f.consts[1].code;
    bool ok = write_file(dir + "/module.bbc", serial::write_bbc(*module)) &&
              write_file(dir + "/module.code", serial::write_code(*module)) &&
              write_file(dir + "/function.code", serial::write_code(f)) &&
              write_file(dir + "/closure.bbc", serial::write_bbc(inner)) &&
              write_file(dir + "/value.marshal", serial::write_value(test::sample_value(module)));
    for (size_t i = 1; i < module->consts.size() && ok; ++i)
        ok = write_file(dir + "/const" + std::to_string(i) + ".marshal", serial::write_constant(module->consts[i]));
#ifdef BASTION_SEED_FROM_COMPILER
    const char* const kSnippets[] = {
        "def f(a, b=1, *c, d, **e):\n    return a + b\n",
        "try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n",
        "with a as b, c:\n    for i in b:\n        if i: break\n",
        "def g():\n    x = 1\n    def h():\n        nonlocal x\n        yield x\n    return h\n",
        "class C(B):\n    def m(self):\n        return super().m(*a, **k)\n",
        "r = [x for x in y if x]\nd = {k: v for k, v in z}\nprint(f'{r!r:>10}')\n",
    };
    int n = 0;
    for (const char* src : kSnippets) {
        auto image = compile::compile_source(src, "<seed>", compile::CompileMode::Exec);
        if (image.ok() && ok)
            ok = write_file(dir + "/compiled" + std::to_string(n++) + ".bbc", serial::write_bbc(*image.value()));
    }
#endif
    if (!ok) {
        std::fprintf(stderr, "cannot write the corpus into %s\n", dir.c_str());
        return 1;
    }
    return 0;
}

// numbers_diff_test.cpp: differential tests against CPython 3.11. The case files next to
// this source (numbers_int_cases.txt from tools/gen_int_cases.py, numbers_float_cases.txt
// from tools/gen_float_cases.py) hold operands and expressions with the text CPython
// printed for each; every expression runs through an Interpreter and must print the same
// repr (or the same 'Type: message' line), compared directly or by length and FNV-1a hash.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "vm/interpreter.h"

namespace bastion {
namespace {

struct CaseFile {
    std::string program;               // Python source that prints one line per case
    std::vector<std::string> exprs;    // for messages
    std::vector<std::string> expected; // text, or '#len:hash'
};

std::string fnv_text(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "#%zu:%016llx", s.size(), static_cast<unsigned long long>(h));
    return buf;
}

CaseFile load(const char* name) {
    CaseFile f;
    auto path = std::filesystem::path(BASTION_TESTS_DIR) / "unit" / "runtime" / name;
    std::ifstream in(path);
    EXPECT_TRUE(in.good()) << "cannot read " << path;
    f.program =
        "A = []\nF = []\n"
        "def _h(s):\n    return -int(s[1:], 16) if s[0] == '-' else int(s, 16)\n"
        "def _t(f):\n"
        "    try:\n        r = repr(f())\n"
        "    except Exception as e:\n        r = '!' + type(e).__name__ + ': ' + str(e)\n"
        "    print(r)\n";
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("O ", 0) == 0) {
            f.program += "A.append(_h('" + line.substr(2) + "'))\n";
        } else if (line.rfind("F ", 0) == 0) {
            f.program += "F.append(float.fromhex('" + line.substr(2) + "'))\n";
        } else if (line.rfind("C ", 0) == 0) {
            std::size_t tab = line.find('\t');
            if (tab == std::string::npos)
                continue;
            std::string expr = line.substr(2, tab - 2);
            f.program += "_t(lambda: " + expr + ")\n";
            f.exprs.push_back(expr);
            f.expected.push_back(line.substr(tab + 1));
        }
    }
    return f;
}

void run_cases(const char* name) {
    CaseFile f = load(name);
    ASSERT_GT(f.exprs.size(), 100u);
    Interpreter interp;
    std::string out, err;
    interp.write_stdout = [&](std::string_view s) { out += s; };
    interp.write_stderr = [&](std::string_view s) { err += s; };
    auto r = interp.run_source("import math\n" + f.program, "<numbers_diff>");
    if (!r.ok()) {
        interp.print_exception(r.error().exception);
        FAIL() << "the case program raised:\n" << err;
    }
    std::size_t pos = 0, failures = 0;
    for (std::size_t i = 0; i < f.exprs.size(); ++i) {
        std::size_t nl = out.find('\n', pos);
        ASSERT_NE(nl, std::string::npos) << "output ends before case " << i << ": " << f.exprs[i];
        std::string_view got(out.data() + pos, nl - pos);
        pos = nl + 1;
        const std::string& want = f.expected[i];
        bool ok = want.size() > 1 && want[0] == '#' ? fnv_text(got) == want : got == want;
        if (!ok && ++failures <= 40) {
            std::string shown(got.substr(0, 200));
            ADD_FAILURE() << name << " case " << i << ": " << f.exprs[i] << "\n  expected: " << want
                          << "\n  got:      " << shown << (got.size() > 200 ? "..." : "");
        }
    }
    EXPECT_EQ(failures, 0u) << failures << " of " << f.exprs.size() << " cases differ from CPython";
}

TEST(NumbersDiff, IntsMatchCPython) { run_cases("numbers_int_cases.txt"); }
TEST(NumbersDiff, FloatsAndMathMatchCPython) { run_cases("numbers_float_cases.txt"); }

} // namespace
} // namespace bastion

// assert.cpp: the one place a broken invariant ends the process.
#include "support/assert.h"

#include <cstdio>
#include <cstdlib>

namespace bastion {
[[noreturn]] void fatal_error(const char* file, int line, const char* what) {
    std::fprintf(stderr, "bastion: fatal internal error at %s:%d: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}
} // namespace bastion

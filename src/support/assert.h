// assert.h: the two assertion macros. BASTION_CHECK is always on and guards memory
// safety (it aborts with file:line); BASTION_ASSERT is debug-only and restates facts the
// verifier or an earlier check already proved.
#pragma once

namespace bastion {
[[noreturn]] void fatal_error(const char* file, int line, const char* what);
}

#define BASTION_CHECK(cond)                                        \
    do {                                                           \
        if (!(cond)) [[unlikely]]                                  \
            ::bastion::fatal_error(__FILE__, __LINE__, #cond);     \
    } while (0)

#ifdef NDEBUG
#define BASTION_ASSERT(cond) ((void)0)
#else
// An expression (not a do-while statement), so it may sit in a comma expression such as
// the interpreter loop's PUSH.
#define BASTION_ASSERT(cond) ((cond) ? (void)0 : ::bastion::fatal_error(__FILE__, __LINE__, #cond))
#endif

#define BASTION_UNREACHABLE() ::bastion::fatal_error(__FILE__, __LINE__, "unreachable")

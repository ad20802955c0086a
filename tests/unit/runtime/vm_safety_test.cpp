// vm_safety_test.cpp: code that passes the verifier but hands the interpreter objects of
// the wrong kind (the verifier proves shapes, not types): every such case must end in a
// clean Python exception, never a crash. Opcode numbers are rows of opcodes.def.
#include "vm_test_util.h"

namespace bastion {
namespace {

TEST(VmSafety, VerifiedCodeWithWrongObjects) {
    auto r = vm_test::run(R"PY(
import sys
out = []
OPS = {'NOP': 0, 'POP_TOP': 1, 'PUSH_NULL': 2, 'COPY': 3, 'LOAD_CONST': 5, 'LOAD_FAST': 6, 'STORE_FAST': 7, 'LOAD_DEREF': 9,
       'LOAD_GLOBAL': 17, 'BUILD_TUPLE': 39, 'LIST_APPEND': 44, 'GET_ITER': 55, 'FOR_ITER': 56, 'RETURN_VALUE': 62,
       'RERAISE': 64, 'PUSH_EXC_INFO': 65, 'POP_EXCEPT': 66, 'MAKE_FUNCTION': 73, 'CALL': 74, 'CALL_KW': 75,
       'YIELD_VALUE': 80}
def asm(*ins):
    out = b""
    for name, arg in ins:
        out += (OPS[name] | (arg << 8)).to_bytes(4, "little")
    return out
def template(): pass
def run(code, consts, stacksize=8, nlocals_names=()):
    try:
        c = template.__code__.replace(co_code=code, co_consts=consts, co_stacksize=stacksize,
                                      co_varnames=nlocals_names, co_names=("print",), co_exceptiontable=b"",
                                      co_linetable=b"")
    except ValueError as e:
        return "rejected: " + e.rule
    template.__code__ = c
    try:
        return "ok " + repr(template())
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)
    finally:
        template.__code__ = orig
orig = template.__code__
out.append(run(asm(("LOAD_CONST", 0), ("RERAISE", 0)), (1,)))
out.append(run(asm(("PUSH_NULL", 0), ("LOAD_GLOBAL", 0), ("LOAD_CONST", 0), ("LOAD_CONST", 0), ("CALL_KW", 1), ("RETURN_VALUE", 0)), (5,)))
out.append(run(asm(("LOAD_CONST", 0), ("MAKE_FUNCTION", 0), ("RETURN_VALUE", 0)), (1,)))
def has_free():
    x = 1
    def inner(): return x
    return inner
inner_code = has_free().__code__
out.append(run(asm(("LOAD_CONST", 0), ("LOAD_CONST", 1), ("MAKE_FUNCTION", 8), ("RETURN_VALUE", 0)), ((), inner_code)))
out.append(run(asm(("LOAD_CONST", 0), ("MAKE_FUNCTION", 0), ("RETURN_VALUE", 0)), (inner_code,)))
out.append(run(asm(("LOAD_CONST", 0), ("PUSH_EXC_INFO", 0), ("POP_TOP", 0), ("POP_EXCEPT", 0), ("LOAD_CONST", 0), ("RETURN_VALUE", 0)), (1,)))
out.append(run(asm(("LOAD_CONST", 0), ("PUSH_EXC_INFO", 0), ("POP_EXCEPT", 0), ("RETURN_VALUE", 0)), (1,)))
out.append(run(asm(("LOAD_FAST", 0), ("RETURN_VALUE", 0)), (), 2, ("a",)))
out.append(run(asm(("LOAD_CONST", 0), ("FOR_ITER", 3), ("RETURN_VALUE", 0), ("LOAD_CONST", 0), ("RETURN_VALUE", 0)), (1,)))
out.append(run(asm(("LOAD_CONST", 0), ("LOAD_CONST", 0), ("LIST_APPEND", 1), ("RETURN_VALUE", 0)), (1,)))
out.append(run(asm(("LOAD_CONST", 0), ("YIELD_VALUE", 0), ("RETURN_VALUE", 0)), (1,)))
out.append(run(asm(("LOAD_CONST", 5), ("RETURN_VALUE", 0)), (1,)))
out.append(run(asm(("RETURN_VALUE", 0),), (1,)))
try:
    template.__code__ = inner_code
except ValueError as e:
    out.append(e)
try:
    exec(inner_code)
except TypeError as e:
    out.append(e)
out.append(run(asm(("LOAD_CONST", 0), ("RETURN_VALUE", 0)), (1,)))
)PY");
    ASSERT_TRUE(r.module) << r.error << "\n" << r.err;
    std::vector<std::string> expected = {
        "SystemError: RERAISE of an object that is not an exception",
        "SystemError: CALL_KW needs a tuple of keyword names",
        "SystemError: MAKE_FUNCTION needs a code object",
        "SystemError: MAKE_FUNCTION closure does not match the free variables",
        "SystemError: MAKE_FUNCTION of code with free variables needs a closure",
        "SystemError: PUSH_EXC_INFO of an object that is not an exception",
        "rejected: bad_slot_kind",
        "UnboundLocalError: cannot access local variable 'a' where it is not associated with a value",
        "TypeError: 'int' object is not an iterator",
        "SystemError: LIST_APPEND target is not a list",
        "rejected: yield_outside_generator",
        "rejected: const_index",
        "rejected: stack_underflow",
        "template() requires a code object with 0 free vars, not 1",
        "code object passed to exec() may not contain free variables",
        "ok 1",
    };
    EXPECT_EQ(vm_test::global_lines(r, "out"), expected);
}

TEST(VmSafety, DeepNativeRecursionRaises) {
    // Each level re-enters the loop from native code (type.__call__ -> __init__).
    Limits limits;
    limits.recursion_limit = 100000;
    auto r = vm_test::run("class A:\n    def __init__(self):\n        A()\nA()\n", limits);
    EXPECT_EQ(r.error.rfind("RecursionError", 0), 0u) << r.error;
}

TEST(VmSafety, DeepPythonRecursionWithHighLimit) {
    // Python-to-Python calls use no C stack: a high limit is honoured exactly.
    Limits limits;
    limits.recursion_limit = 50000;
    auto r = vm_test::run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nx = f(40000)\n", limits);
    EXPECT_EQ(vm_test::global_text(r, "x"), "40000") << r.error;
}

} // namespace
} // namespace bastion

// errors_test.cpp: compile-time SyntaxErrors carry CPython 3.11's messages and lines
// (checked against python3's compile()).
#include "compile_test_util.h"

namespace bastion::compile {
namespace {

struct Case {
    const char* src;
    const char* message;
    int32_t line;
};

const Case kCases[] = {
    {"def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration", 3},
    {"def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3},
    {"def f(x):\n  global x\n", "name 'x' is parameter and global", 2},
    {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1},
    {"def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2},
    {"def f():\n  def g():\n    nonlocal y\n", "no binding for nonlocal 'y' found", 3},
    {"def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1},
    {"return 1\n", "'return' outside function", 1},
    {"class C:\n  return 1\n", "'return' outside function", 2},
    {"x = 1\nbreak\n", "'break' outside loop", 2},
    {"continue\n", "'continue' not properly in loop", 1},
    {"for x in y:\n  def f():\n    break\n", "'break' outside loop", 3},
    {"yield 1\n", "'yield' outside function", 1},
    {"class C:\n  yield 1\n", "'yield' outside function", 2},
    {"[(yield 1) for x in y]\n", "'yield' inside list comprehension", 1},
    {"(x for x in (y := [1]))\n", "assignment expression cannot be used in a comprehension iterable expression", 1},
    {"[i := 0 for i in range(3)]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1},
    {"class C:\n  [y := 0 for i in range(3)]\n",
     "assignment expression within a comprehension cannot be used in a class body", 2},
    {"def f():\n  from x import *\n", "import * only allowed at module level", 2},
    {"f(a=1, a=2)\n", "keyword argument repeated: a", 1},
    {"def f():\n  x: int\n  global x\n", "annotated name 'x' can't be global", 3},
    {"def f():\n  global x\n  nonlocal x\n", "name 'x' is nonlocal and global", 2},
    {"a, *b, *c = d\n", "multiple starred expressions in assignment", 1},
    {"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "default 'except:' must be last", 3},
    {"from __future__ import braces\n", "not a chance", 1},
    {"from __future__ import spam\n", "future feature spam is not defined", 1},
    {"x=1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file", 2},
    {"await x\n", "'await' outside function", 1},
    {"def f():\n  x = 1\n  def g():\n    nonlocal x\n    global x\n", "name 'x' is nonlocal and global", 4},
    {"match x:\n  case [a, a]: pass\n", "multiple assignments to name 'a' in pattern", 2},
    {"match x:\n  case y: pass\n  case 1: pass\n", "name capture 'y' makes remaining patterns unreachable", 2},
    {"match x:\n  case _: pass\n  case 1: pass\n", "wildcard makes remaining patterns unreachable", 2},
    {"match x:\n  case [a] | [b]: pass\n", "alternative patterns bind different names", 2},
    {"match x:\n  case {'k': 1, 'k': 2}: pass\n", "mapping pattern checks duplicate key ('k')", 2},
    {"match x:\n  case C(a=1, a=2): pass\n", "attribute name repeated in class pattern: a", 2},
    {"match x:\n  case [*a, *b]: pass\n", "multiple starred names in sequence pattern", 2},
    {"for x in y:\n  try:\n    pass\n  except* E:\n    break\n",
     "'break', 'continue' and 'return' cannot appear in an except* block", 5},
    {"await x\n", "'await' outside function", 1},
    {"def f():\n  await x\n", "'await' outside async function", 2},
    {"async def f():\n  yield from x\n", "'yield from' inside async function", 2},
    {"def f():\n  async with x: pass\n", "'async with' outside async function", 2},
    {"def f():\n  async for x in y: pass\n", "'async for' outside async function", 2},
    {"def f():\n  return [await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2},
    {"async def f():\n  yield 1\n  return 2\n", "'return' with value in async generator", 3},
    {"[x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 1},
};

TEST(CompileErrors, MessagesAndLinesMatchCPython) {
    for (const Case& c : kCases) {
        auto e = testing::first_error(c.src);
        EXPECT_EQ(e.message, c.message) << c.src;
        EXPECT_EQ(e.line, c.line) << c.src;
    }
}

std::string nested_blocks(int depth) {
    std::string src;
    for (int i = 0; i < depth; ++i)
        src += std::string(static_cast<size_t>(i), ' ') + "for x in y:\n";
    src += std::string(static_cast<size_t>(depth), ' ') + "pass\n";
    return src;
}

TEST(CompileErrors, TooManyStaticallyNestedBlocks) {
    // CPython's limit is 20 (CO_MAXBLOCKS): 20 nested loops compile, 21 do not.
    EXPECT_EQ(testing::first_error(nested_blocks(20)).message, "<no error>");
    auto e = testing::first_error(nested_blocks(21));
    EXPECT_EQ(e.message, "too many statically nested blocks");
    EXPECT_EQ(e.line, 21);
}

TEST(CompileErrors, FutureImportsAfterDocstringAreFine) {
    EXPECT_EQ(testing::first_error("'doc'\nfrom __future__ import annotations\nx = 1\n").message, "<no error>");
}

} // namespace
} // namespace bastion::compile

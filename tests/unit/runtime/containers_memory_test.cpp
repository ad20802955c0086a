// containers_memory_test.cpp: container storage is counted in the interpreter's memory use
// and refused past --max-memory with a MemoryError the program can catch: list items
// (CountedAllocator) and the deque ring (Interpreter::allocate).
#include <gtest/gtest.h>

#include <string>

#include "bastion/limits.h"
#include "objects/list_object.h"
#include "vm/interpreter.h"

namespace bastion {
namespace {

TEST(ContainersMemory, ListItemsAreCountedAndReturned) {
    Interpreter interp;
    std::size_t before = interp.memory_in_use();
    {
        auto l = list_new(interp);
        ASSERT_TRUE(l.ok());
        for (int64_t i = 0; i < 100000; ++i)
            ASSERT_TRUE(list_append(interp, l.value().get(), Value::small_int(i)).ok());
        EXPECT_GE(interp.memory_in_use() - before, 100000 * sizeof(Ref));
    }
    EXPECT_EQ(interp.memory_in_use(), before);
}

std::string run(Interpreter& interp, const char* source) {
    std::string out;
    interp.write_stdout = [&out](std::string_view s) { out += s; };
    auto r = interp.run_source(source, "<test>");
    EXPECT_TRUE(r.ok());
    return out;
}

TEST(ContainersMemory, ListGrowthStopsAtTheLimitAndRecovers) {
    Limits limits;
    limits.max_memory_bytes = 32u << 20;
    Interpreter interp(limits);
    EXPECT_EQ(run(interp, "x = []\ntry:\n    for i in range(10 ** 8):\n        x.append(i)\n"
                          "except MemoryError:\n    print('stopped', 10 ** 5 < len(x) < 10 ** 8)\n"
                          "x = None\nprint(len(list(range(100000))))\n"),
              "stopped True\n100000\n");
}

TEST(ContainersMemory, DequeGrowthStopsAtTheLimitAndRecovers) {
    Limits limits;
    limits.max_memory_bytes = 32u << 20;
    Interpreter interp(limits);
    EXPECT_EQ(run(interp, "from collections import deque\nd = deque()\ntry:\n    for i in range(10 ** 8):\n"
                          "        d.appendleft(i)\nexcept MemoryError:\n    print('stopped', 10 ** 5 < len(d))\n"
                          "d.clear()\nprint(sum(deque(range(1000))))\n"),
              "stopped True\n499500\n");
}

} // namespace
} // namespace bastion

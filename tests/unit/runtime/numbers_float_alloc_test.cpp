// numbers_float_alloc_test.cpp: the exact-float allocation fast path (objects/heap.cpp
// reuse_float_block / free_float_block) keeps every guarantee of the generic object path:
// --max-memory is exact (a block reused from the free list is counted and refused at the
// limit like a fresh one), float churn up to MemoryError leaves the interpreter usable, and
// a double free or a decref of a freed float still stops the process with a diagnostic.
#include <gtest/gtest.h>

#include <vector>

#include "gc/gc_state.h"
#include "objects/float_object.h"
#include "vm_test_util.h"

namespace bastion {
namespace {

constexpr std::size_t kFloatBlock = gcb::kPrefixBytes + sizeof(FloatObject);

// Fills the memory limit with floats: the next block is refused only when it would pass
// the limit, each free gives back exactly one block's bytes (a waiting block is uncounted),
// and a round of reuses from the free list meets the limit at the same point.
TEST(FloatAlloc, MemoryLimitIsExactForFloatChurn) {
    Interpreter probe;
    std::size_t base = probe.memory_in_use();
    Limits limits;
    limits.max_memory_bytes = base + (1u << 20);
    Interpreter interp(limits);
    // Allocation stops at the limit less its emergency reserve (interpreter.h); the reserve
    // opened by each refusal closes again when the round frees half the floats.
    const uint64_t refuse_at = interp.limits.max_memory_bytes;
    EXPECT_LT(refuse_at, limits.max_memory_bytes);
    std::size_t start = interp.memory_in_use();
    std::vector<Ref> floats;
    floats.reserve(40000); // std::vector storage is not counted: only the floats are
    for (int round = 0; round < 3; ++round) {
        for (;;) {
            auto f = float_from_double(interp, 0.5 + floats.size());
            if (!f.ok())
                break;
            floats.push_back(std::move(f).value());
        }
        // Refused only when the next block would pass the limit. (The collection run at
        // the limit may take counted memory of its own, never refused: no upper bound here.)
        EXPECT_GT(interp.memory_in_use() + kFloatBlock, refuse_at) << round;
        EXPECT_LE(interp.memory_in_use(), limits.max_memory_bytes) << round;
        EXPECT_GT(floats.size(), 10000u);
        std::size_t full = interp.memory_in_use();
        std::size_t drop = floats.size() / 2;
        floats.resize(floats.size() - drop);
        EXPECT_EQ(interp.memory_in_use(), full - drop * kFloatBlock); // waiting blocks are uncounted
        EXPECT_EQ(float_value(floats.back()), 0.5 + (floats.size() - 1));
    }
    floats.clear();
    // Every float block is uncounted again; what remains is the collector's member vector,
    // which the collections run at the limit keep (counted, up to 4096 entries before a
    // full collection hands it back: gc/collector.cpp).
    EXPECT_GE(interp.memory_in_use(), start);
    EXPECT_LE(interp.memory_in_use(), start + 4096 * sizeof(void*));
}

// Python-level churn: temporaries of float arithmetic until MemoryError, caught, then the
// same again (the free list holds the first round's blocks), then ordinary work.
TEST(FloatAlloc, FloatChurnUntilMemoryErrorStaysUsable) {
    Limits limits;
    limits.max_memory_bytes = 24u << 20;
    auto r = vm_test::run(
        "def fill():\n"
        "    keep = []\n"
        "    x = 0.5\n"
        "    try:\n"
        "        while True:\n"
        "            y = x * 1.5 + 0.25\n"
        "            keep.append(-y)\n"
        "            x += 1.0\n"
        "    except MemoryError:\n"
        "        n = len(keep)\n"
        "    keep = None\n"
        "    return n\n"
        "a = fill()\n"
        "b = fill()\n"
        "ok = a > 10000 and b > 10000\n"
        "total = sum(float(i) * 2.0 for i in range(1000))\n",
        limits);
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(vm_test::global_text(r, "ok"), "True");
    EXPECT_EQ(vm_test::global_text(r, "total"), "999000.0");
}

TEST(FloatAllocDeathTest, DoubleFreeOfAFloatIsFatal) {
    EXPECT_DEATH(
        {
            Interpreter interp;
            Ref a = float_from_double(interp, 1.5).value(); // warms the free list
            a.reset();
            FloatObject* f = static_cast<FloatObject*>(float_from_double(interp, 2.5).value().release().obj());
            decref(f);              // the fast free path
            interp.free_object(f);  // the block waits in the free list with the freed tag
        },
        "(freed twice|use-after-free)");
}

TEST(FloatAllocDeathTest, DecrefOfAFreedFloatIsFatal) {
    EXPECT_DEATH(
        {
            Interpreter interp;
            FloatObject* f = static_cast<FloatObject*>(float_from_double(interp, 2.5).value().release().obj());
            decref(f); // freed
            decref(f); // below zero
        },
        "(below zero|use-after-free)");
}

} // namespace
} // namespace bastion

// vm_frames_fast_test.cpp: the call/return and small-tuple fast paths keep the generic
// paths' guarantees — RETURN_VALUE's inline frame pop (vm/frame_fast.h
// pop_function_frame_fast) and the exact-tuple allocation (objects/tuple_object.cpp
// alloc_small_tuple): --max-steps counts exactly as before, --max-memory is exact for tuple
// churn and MemoryError leaves the interpreter usable, new tuples are tracked and counted
// by the collector as any container.
#include <gtest/gtest.h>

#include <vector>

#include "gc/gc_state.h"
#include "objects/tuple_object.h"
#include "vm_test_util.h"

namespace bastion {
namespace {

// Plain calls (exact positional, a default filled in, recursion) in a counted loop. The
// counts were measured with the session-5 binary (`bastion --max-steps`, bisected): one pass
// is 71 instructions whatever path the call and return take.
constexpr const char* kCallLoop =
    "def g(x):\n"
    "    return x\n"
    "def h(a, b=2):\n"
    "    return a + b\n"
    "def rec(n):\n"
    "    if n == 0:\n"
    "        return 0\n"
    "    return rec(n - 1) + 1\n"
    "t = 0\n"
    "for i in range(N):\n"
    "    t += g(i) + h(i) + rec(3)\n";

TEST(VmFramesFast, CallAndReturnStepCountsAreUnchanged) {
    uint64_t ten = vm_test::steps_needed(vm_test::with_n(kCallLoop, 10));
    uint64_t eleven = vm_test::steps_needed(vm_test::with_n(kCallLoop, 11));
    EXPECT_EQ(ten, 731u);
    EXPECT_EQ(eleven, 802u);
    // Every budget short of the total stops with StepLimitExceeded, inside calls and returns
    // included, and leaves no frame behind.
    for (uint64_t cut = 1; cut <= 80; ++cut) {
        Limits limits;
        limits.max_steps = ten - cut;
        auto r = vm_test::run(vm_test::with_n(kCallLoop, 10), limits);
        EXPECT_FALSE(r.module) << cut;
        EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
        EXPECT_EQ(r.interp->python_depth, 0u) << cut;
    }
}

TEST(VmFramesFast, RecursionDepthIsRestoredAfterReturnsAndErrors) {
    Limits limits;
    limits.recursion_limit = 200;
    auto r = vm_test::run(
        "import sys\n"
        "def down(n):\n"
        "    return down(n + 1) if n < 150 else n\n"
        "def boom(n):\n"
        "    return boom(n + 1)\n"
        "a = down(0)\n"
        "try:\n"
        "    boom(0)\n"
        "except RecursionError as e:\n"
        "    msg = str(e)\n"
        "b = down(0)\n",
        limits);
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(vm_test::global_text(r, "a"), "150");
    EXPECT_EQ(vm_test::global_text(r, "b"), "150");
    EXPECT_EQ(vm_test::global_text(r, "msg"), "maximum recursion depth exceeded");
    EXPECT_EQ(r.interp->python_depth, 0u);
}

// Block bytes of an exact tuple of n items: GC header, block word and dict slot, header, items.
std::size_t tuple_block(std::size_t n) {
    return sizeof(GcHeader) + gcb::kPrefixBytes + sizeof(TupleObject) + n * sizeof(Value);
}

// Fills the memory limit with tuples of each small size (and one past the fast path): the
// next tuple is refused only when its block would pass the limit, each free gives back
// exactly one block, and everything is given back at the end.
TEST(TupleAlloc, MemoryLimitIsExactForTupleChurn) {
    for (std::size_t n : {1u, 2u, 3u, 5u, 8u, 9u}) {
        Interpreter probe;
        std::size_t base = probe.memory_in_use();
        Limits limits;
        limits.max_memory_bytes = base + (1u << 20);
        Interpreter interp(limits);
        const uint64_t refuse_at = interp.limits.max_memory_bytes; // less the emergency reserve
        interp.gc().enabled = false; // no automatic collection: memory moves by tuples only
        std::size_t start = interp.memory_in_use();
        std::vector<Value> items;
        for (std::size_t i = 0; i < n; ++i)
            items.push_back(Value::small_int(static_cast<int64_t>(i)));
        std::vector<Own<TupleObject>> tuples;
        tuples.reserve(20000); // std::vector storage is not counted: only the tuples are
        for (int round = 0; round < 2; ++round) {
            for (;;) {
                auto t = tuple_from(interp, items);
                if (!t.ok())
                    break;
                tuples.push_back(std::move(t).value());
            }
            EXPECT_GT(interp.memory_in_use() + tuple_block(n), refuse_at) << n;
            EXPECT_LE(interp.memory_in_use(), limits.max_memory_bytes) << n;
            EXPECT_GT(tuples.size(), 1000u) << n;
            std::size_t full = interp.memory_in_use();
            std::size_t drop = tuples.size() / 2;
            tuples.resize(tuples.size() - drop);
            EXPECT_EQ(interp.memory_in_use(), full - drop * tuple_block(n)) << n;
            EXPECT_EQ(tuples.back()->size, static_cast<int64_t>(n));
        }
        tuples.clear();
        // Every tuple block is given back; what remains is the collector's member vector,
        // which the collections run at the limit keep (as in FloatAlloc's test).
        EXPECT_GE(interp.memory_in_use(), start) << n;
        EXPECT_LE(interp.memory_in_use(), start + 4096 * sizeof(void*)) << n;
    }
}

// A new small tuple is tracked and counted by the collector exactly as a larger one.
TEST(TupleAlloc, SmallTuplesAreTrackedAndCounted) {
    Interpreter interp;
    interp.gc().enabled = false;
    for (std::size_t n : {1u, 2u, 8u, 9u}) {
        std::vector<Value> items(n, Value::small_int(7));
        int64_t before = interp.gc().count[0];
        {
            auto t = tuple_from(interp, items);
            ASSERT_TRUE(t.ok());
            EXPECT_EQ(interp.gc().count[0], before + 1) << n;
            EXPECT_NE(gc_header(t.value().get())->next, nullptr) << n;
            EXPECT_EQ(t.value()->hash_cache, -1);
            EXPECT_EQ(t.value()->refcount, 1u);
        }
        EXPECT_EQ(interp.gc().count[0], before) << n;
    }
}

// Python-level churn: tuples of every size until MemoryError, caught, twice, then ordinary work.
TEST(TupleAlloc, TupleChurnUntilMemoryErrorStaysUsable) {
    Limits limits;
    limits.max_memory_bytes = 24u << 20;
    auto r = vm_test::run(
        "def fill(n):\n"
        "    keep = []\n"
        "    i = 0\n"
        "    try:\n"
        "        while True:\n"
        "            t = tuple(range(i, i + n)) if n > 2 else ((i,) if n == 1 else (i, i))\n"
        "            keep.append((t, (t, None)))\n"
        "            i += 1\n"
        "    except MemoryError:\n"
        "        count = len(keep)\n"
        "    keep = None\n"
        "    return count\n"
        "counts = [fill(n) for n in range(1, 11)] + [fill(2)]\n"
        "ok = all(c > 1000 for c in counts)\n"
        "total = sum(a + b for a, b in [(i, i) for i in range(1000)])\n",
        limits);
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(vm_test::global_text(r, "ok"), "True");
    EXPECT_EQ(vm_test::global_text(r, "total"), "999000");
}

} // namespace
} // namespace bastion

// vm_for_store_fused_test.cpp: FOR_ITER over a range or list iterator stores the item
// straight into the local the loop's STORE_FAST names (eval.cpp op_FOR_ITER). The pair
// still costs two steps of --max-steps, and at the budget's edge the store runs (and
// stops) on its own: every loop below costs three steps per item (FOR_ITER, STORE_FAST /
// STORE_NAME, JUMP), fused or not, and steps_needed checks that one step less stops it.
#include "vm_test_util.h"

namespace bastion {
namespace {

using vm_test::steps_needed;
using vm_test::with_n;

TEST(VmForStoreFused, EachItemCostsItsInstructions) {
    const char* sources[] = {
        "def f():\n    for x in range(N):\n        pass\nf()\n",            // range iterator, fused
        "def f():\n    for x in [0] * N:\n        pass\nf()\n",             // list iterator, fused
        "def f():\n    for x in (0,) * N:\n        pass\nf()\n",           // tuple iterator: not fused
        "def f():\n    for x in range(2**70, 2**70 + N):\n        pass\nf()\n", // big ints: generic path
        "for x in range(N):\n    pass\n",                                  // STORE_NAME: not fused
    };
    for (const char* source : sources) {
        uint64_t ten = steps_needed(with_n(source, 10));
        uint64_t eleven = steps_needed(with_n(source, 11));
        EXPECT_EQ(eleven - ten, 3u) << source;
    }
}

} // namespace
} // namespace bastion

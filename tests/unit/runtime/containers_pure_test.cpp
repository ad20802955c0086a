// containers_pure_test.cpp: the pure algorithms of the container component against
// numbers recorded from CPython 3.11 — tuple hashing, slice index arithmetic, range
// length and the set table-size rule. No interpreter needed.
#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <optional>

#include "objects/containers_common.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"

namespace bastion {
namespace {

int64_t tuple_hash_of(std::initializer_list<int64_t> lanes) {
    TupleHasher h;
    for (int64_t lane : lanes)
        h.add(lane);
    return h.finish(static_cast<int64_t>(lanes.size()));
}

TEST(ContainersPure, TupleHashMatchesCPython) {
    // python3 -c "print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)), hash((1, 2, 3)))"
    EXPECT_EQ(tuple_hash_of({}), 5740354900026072187);
    EXPECT_EQ(tuple_hash_of({1}), -6644214454873602895);
    EXPECT_EQ(tuple_hash_of({1, 2}), -3550055125485641917);
    EXPECT_EQ(tuple_hash_of({-2, 0}), 2575514064802888272); // hash(-1) == -2
    EXPECT_EQ(tuple_hash_of({1, 2, 3}), 529344067295497451);
}

struct SliceCase {
    std::optional<int64_t> start, stop;
    int64_t step;
    int64_t length;
    int64_t want_start, want_stop, want_len;
};

TEST(ContainersPure, SliceIndicesMatchCPython) {
    // slice(a, b, c).indices(n) and len(range(*that)) from python3.
    constexpr int64_t kMax = INT64_MAX, kMin = INT64_MIN;
    const SliceCase cases[] = {
        {{}, {}, 1, 5, 0, 5, 5},         {{}, {}, -1, 5, 4, -1, 5},      {1, -1, 1, 5, 1, 4, 3},
        {-100, 100, 2, 7, 0, 7, 4},      {10, -10, -3, 8, 7, -1, 3},     {3, 3, 1, 4, 3, 3, 0},
        {{}, 2, -1, 6, 5, 2, 3},         {0, 0, -1, 0, -1, -1, 0},       {-2, {}, 1, 3, 1, 3, 2},
        {5, {}, -2, 10, 5, -1, 3},
    };
    for (const SliceCase& c : cases) {
        // PySlice_Unpack's defaults for None.
        int64_t start = c.start ? *c.start : (c.step < 0 ? kMax : 0);
        int64_t stop = c.stop ? *c.stop : (c.step < 0 ? kMin : kMax);
        int64_t n = slice_adjust_indices(c.length, &start, &stop, c.step);
        EXPECT_EQ(start, c.want_start);
        EXPECT_EQ(stop, c.want_stop);
        EXPECT_EQ(n, c.want_len);
    }
}

TEST(ContainersPure, RangeLength) {
    EXPECT_EQ(range_length_of(0, 10, 3), 4);
    EXPECT_EQ(range_length_of(10, 0, -3), 4);
    EXPECT_EQ(range_length_of(5, 5, 1), 0);
    EXPECT_EQ(range_length_of(5, 0, 1), 0);
    EXPECT_EQ(range_length_of(INT64_MIN, INT64_MAX, 3), 6148914691236517205);
    EXPECT_EQ(range_length_of(INT64_MIN, INT64_MAX, 2), -1); // 2**63 items: too long for int64
    EXPECT_EQ(range_length_of(INT64_MAX, INT64_MIN, INT64_MIN), 2);
    EXPECT_EQ(range_length_of(-1, INT64_MAX, INT64_MAX), 2);
    EXPECT_EQ(range_length_of(0, INT64_MIN, INT64_MIN), 1);
    EXPECT_EQ(range_length_of(INT64_MIN, INT64_MAX, 1), -1);
    EXPECT_EQ(range_length_of(INT64_MIN, INT64_MAX, INT64_MAX), 3);
    EXPECT_EQ(range_length_of(-7, 7, 7), 2);
}

TEST(ContainersPure, SetTableSize) {
    // set_table_resize: smallest power of two > minused, at least 8.
    EXPECT_EQ(set_table_size_for(0), 8);
    EXPECT_EQ(set_table_size_for(7), 8);
    EXPECT_EQ(set_table_size_for(8), 16);
    EXPECT_EQ(set_table_size_for(20), 32);
}

} // namespace
} // namespace bastion

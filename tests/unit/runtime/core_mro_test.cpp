// core_mro_test.cpp: C3 linearisation (objects/mro.cpp c3_merge) on type graphs, with the
// examples of "The Python 2.3 Method Resolution Order" and CPython's failure cases.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "objects/core_internal.h"

namespace bastion {
namespace {

// A tiny class graph: each class's MRO computed from its bases with c3_merge.
class Graph {
public:
    // Returns false when C3 fails; then blocked() names the heads left in the merge.
    bool add(const std::string& name, const std::vector<std::string>& bases) {
        int id = static_cast<int>(m_names.size());
        m_names.push_back(name);
        std::vector<std::vector<int>> seqs;
        std::vector<int> base_ids;
        for (const auto& b : bases) {
            seqs.push_back(m_mro.at(b));
            base_ids.push_back(m_ids.at(b));
        }
        seqs.push_back(base_ids);
        std::vector<int> order;
        m_blocked.clear();
        if (!c3_merge(seqs, &order, &m_blocked))
            return false;
        order.insert(order.begin(), id);
        m_ids[name] = id;
        m_mro[name] = order;
        return true;
    }
    std::string mro(const std::string& name) const {
        std::string out;
        for (int id : m_mro.at(name))
            out += (out.empty() ? "" : " ") + m_names[static_cast<std::size_t>(id)];
        return out;
    }
    std::string blocked() const {
        std::string out;
        for (int id : m_blocked)
            out += (out.empty() ? "" : ", ") + m_names[static_cast<std::size_t>(id)];
        return out;
    }

private:
    std::vector<std::string> m_names;
    std::map<std::string, int> m_ids;
    std::map<std::string, std::vector<int>> m_mro;
    std::vector<int> m_blocked;
};

TEST(CoreMro, SingleInheritanceChain) {
    Graph g;
    ASSERT_TRUE(g.add("object", {}));
    ASSERT_TRUE(g.add("A", {"object"}));
    ASSERT_TRUE(g.add("B", {"A"}));
    EXPECT_EQ(g.mro("B"), "B A object");
}

TEST(CoreMro, Diamond) {
    Graph g;
    ASSERT_TRUE(g.add("object", {}));
    ASSERT_TRUE(g.add("A", {"object"}));
    ASSERT_TRUE(g.add("B", {"A"}));
    ASSERT_TRUE(g.add("C", {"A"}));
    ASSERT_TRUE(g.add("D", {"B", "C"}));
    EXPECT_EQ(g.mro("D"), "D B C A object");
}

// The example from the 2.3 MRO paper: class A(B, C) with B(D, E), C(D, F).
TEST(CoreMro, PaperExample) {
    Graph g;
    ASSERT_TRUE(g.add("O", {}));
    ASSERT_TRUE(g.add("F", {"O"}));
    ASSERT_TRUE(g.add("E", {"O"}));
    ASSERT_TRUE(g.add("D", {"O"}));
    ASSERT_TRUE(g.add("C", {"D", "F"}));
    ASSERT_TRUE(g.add("B", {"D", "E"}));
    ASSERT_TRUE(g.add("A", {"B", "C"}));
    EXPECT_EQ(g.mro("A"), "A B C D E F O");
}

TEST(CoreMro, SecondPaperExample) {
    Graph g;
    ASSERT_TRUE(g.add("O", {}));
    ASSERT_TRUE(g.add("F", {"O"}));
    ASSERT_TRUE(g.add("E", {"O"}));
    ASSERT_TRUE(g.add("D", {"O"}));
    ASSERT_TRUE(g.add("C", {"D", "F"}));
    ASSERT_TRUE(g.add("B", {"E", "D"}));
    ASSERT_TRUE(g.add("A", {"B", "C"}));
    EXPECT_EQ(g.mro("A"), "A B E C D F O");
}

// class Z(X, Y) where Y(X): X must come after Y, but the bases list puts it first.
TEST(CoreMro, InconsistentOrderNamesTheBlockedHeads) {
    Graph g;
    ASSERT_TRUE(g.add("object", {}));
    ASSERT_TRUE(g.add("X", {"object"}));
    ASSERT_TRUE(g.add("Y", {"X"}));
    EXPECT_FALSE(g.add("Z", {"X", "Y"}));
    EXPECT_EQ(g.blocked(), "X, Y"); // "... for bases X, Y" as CPython says
}

TEST(CoreMro, CrossedDiamondFails) {
    Graph g;
    ASSERT_TRUE(g.add("object", {}));
    ASSERT_TRUE(g.add("A", {"object"}));
    ASSERT_TRUE(g.add("B", {"object"}));
    ASSERT_TRUE(g.add("AB", {"A", "B"}));
    ASSERT_TRUE(g.add("BA", {"B", "A"}));
    EXPECT_FALSE(g.add("C", {"AB", "BA"}));
    EXPECT_EQ(g.blocked(), "A, B");
}

TEST(CoreMro, NoBasesIsJustSelf) {
    Graph g;
    ASSERT_TRUE(g.add("object", {}));
    EXPECT_EQ(g.mro("object"), "object");
}

} // namespace
} // namespace bastion

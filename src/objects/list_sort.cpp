// list_sort.cpp: list.sort — a stable natural merge sort with timsort's structure (run
// detection with strict-descending reversal, binary insertion up to minrun, the
// merge-stack invariants of CPython's listsort.txt), without galloping.
// Safety (LESSONS.md, bpo-38588): while the sort runs, the list is empty and its items are
// owned by this function, so comparisons and key calls — which run user code — can neither
// free an item being compared nor make the sort read out of range. If user code put
// anything into the list meanwhile, the sort raises ValueError("list modified during
// sort"), as CPython does.
#include "objects/list_sort.h"

#include <algorithm>
#include <new>
#include <vector>

#include "objects/containers_common.h"
#include "objects/str_object.h"

namespace bastion {

namespace {

// One element being sorted: borrowed views; the owners are the vectors in list_sort.
struct SortItem {
    Value key;
    Value value;
};

class Sorter {
public:
    Sorter(Interpreter& interp, std::vector<SortItem>& a) : m_interp(interp), m_a(a) {}

    Status sort() {
        int64_t n = static_cast<int64_t>(m_a.size());
        if (n < 2)
            return {};
        int64_t minrun = compute_minrun(n);
        int64_t lo = 0;
        while (lo < n) {
            BASTION_TRY_ASSIGN(int64_t run, count_run(lo, n));
            if (run < minrun) {
                int64_t force = std::min(minrun, n - lo);
                BASTION_TRY(binary_insertion_sort(lo, lo + force, lo + run));
                run = force;
            }
            m_runs.push_back(Run{lo, run});
            BASTION_TRY(merge_collapse());
            lo += run;
        }
        return merge_force_collapse();
    }

private:
    struct Run {
        int64_t base;
        int64_t len;
    };

    Result<bool> less(const SortItem& x, const SortItem& y) {
        if (x.key.is_small_int() && y.key.is_small_int())
            return x.key.small_int_value() < y.key.small_int_value();
        return rich_compare_bool(m_interp, x.key, y.key, bc::CompareOpKind::Lt);
    }

    // listsort.txt: minrun in [32, 64] so that n / minrun is a power of two or just below.
    static int64_t compute_minrun(int64_t n) {
        int64_t r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    // Length of the run starting at lo; a strictly descending run is reversed in place
    // (strictness keeps the sort stable).
    Result<int64_t> count_run(int64_t lo, int64_t hi) {
        if (lo + 1 == hi)
            return 1;
        BASTION_TRY_ASSIGN(bool descending, less(m_a[idx(lo + 1)], m_a[idx(lo)]));
        int64_t k = lo + 2;
        for (; k < hi; k++) {
            BASTION_TRY_ASSIGN(bool lt, less(m_a[idx(k)], m_a[idx(k - 1)]));
            if (lt != descending)
                break;
        }
        if (descending)
            std::reverse(m_a.begin() + lo, m_a.begin() + k);
        return k - lo;
    }

    // Sort [lo, hi) given that [lo, start) is already sorted.
    Status binary_insertion_sort(int64_t lo, int64_t hi, int64_t start) {
        for (; start < hi; start++) {
            SortItem pivot = m_a[idx(start)];
            int64_t l = lo, r = start;
            while (l < r) {
                int64_t p = l + (r - l) / 2;
                BASTION_TRY_ASSIGN(bool lt, less(pivot, m_a[idx(p)]));
                if (lt)
                    r = p;
                else
                    l = p + 1;
            }
            std::move_backward(m_a.begin() + l, m_a.begin() + start, m_a.begin() + start + 1);
            m_a[idx(l)] = pivot;
        }
        return {};
    }

    // First index in [lo, hi) whose item is > x (x goes after equal items).
    Result<int64_t> upper_bound(const SortItem& x, int64_t lo, int64_t hi) {
        while (lo < hi) {
            int64_t p = lo + (hi - lo) / 2;
            BASTION_TRY_ASSIGN(bool lt, less(x, m_a[idx(p)]));
            if (lt)
                hi = p;
            else
                lo = p + 1;
        }
        return lo;
    }

    // First index in [lo, hi) whose item is >= x (x goes before equal items).
    Result<int64_t> lower_bound(const SortItem& x, int64_t lo, int64_t hi) {
        while (lo < hi) {
            int64_t p = lo + (hi - lo) / 2;
            BASTION_TRY_ASSIGN(bool lt, less(m_a[idx(p)], x));
            if (lt)
                lo = p + 1;
            else
                hi = p;
        }
        return lo;
    }

    // Merge runs i and i+1 of the stack.
    Status merge_at(std::size_t i) {
        Run a = m_runs[i];
        Run b = m_runs[i + 1];
        m_runs[i].len = a.len + b.len;
        m_runs.erase(m_runs.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        // Items of A that are <= B[0] are already in place, and so are the items of B
        // that are >= A's last item.
        BASTION_TRY_ASSIGN(int64_t a_start, upper_bound(m_a[idx(b.base)], a.base, a.base + a.len));
        int64_t a_end = a.base + a.len;
        if (a_start == a_end)
            return {};
        BASTION_TRY_ASSIGN(int64_t b_end, lower_bound(m_a[idx(a_end - 1)], b.base, b.base + b.len));
        // Merge [a_start, a_end) with [b.base, b_end) into [a_start, b_end).
        std::vector<SortItem> tmp(m_a.begin() + a_start, m_a.begin() + a_end);
        std::size_t i_a = 0;
        int64_t j = b.base, out = a_start;
        while (i_a < tmp.size() && j < b_end) {
            auto lt = less(m_a[idx(j)], tmp[i_a]);
            if (!lt.ok()) {
                // Keep the array a permutation of its items before reporting the error.
                std::copy(tmp.begin() + static_cast<std::ptrdiff_t>(i_a), tmp.end(), m_a.begin() + out);
                return lt.take_error();
            }
            m_a[idx(out++)] = lt.value() ? m_a[idx(j++)] : tmp[i_a++];
        }
        std::copy(tmp.begin() + static_cast<std::ptrdiff_t>(i_a), tmp.end(), m_a.begin() + out);
        return {};
    }

    // Restore the run-length invariants of listsort.txt (with the 2015 fix).
    Status merge_collapse() {
        while (m_runs.size() > 1) {
            std::size_t n = m_runs.size() - 2;
            auto len = [&](std::size_t k) { return m_runs[k].len; };
            if ((n > 0 && len(n - 1) <= len(n) + len(n + 1)) || (n > 1 && len(n - 2) <= len(n - 1) + len(n))) {
                if (len(n - 1) < len(n + 1))
                    --n;
                BASTION_TRY(merge_at(n));
            } else if (len(n) <= len(n + 1)) {
                BASTION_TRY(merge_at(n));
            } else {
                break;
            }
        }
        return {};
    }

    Status merge_force_collapse() {
        while (m_runs.size() > 1) {
            std::size_t n = m_runs.size() - 2;
            if (n > 0 && m_runs[n - 1].len < m_runs[n + 1].len)
                --n;
            BASTION_TRY(merge_at(n));
        }
        return {};
    }

    static std::size_t idx(int64_t i) { return static_cast<std::size_t>(i); }

    Interpreter& m_interp;
    std::vector<SortItem>& m_a;
    std::vector<Run> m_runs;
};

// Stand-in contents of a list while it is being sorted: empty with capacity 1, so that
// any append (size) or clear-after-append (capacity) by user code is visible afterwards.
// During the sort the list is an empty vector with no storage (CPython: ob_item NULL,
// allocated -1). Any growth allocates, so append+pop is caught; clear() leaves it as is,
// which CPython does not report either.
bool is_sort_placeholder(const RefVector& items) { return items.empty() && items.capacity() == 0; }

} // namespace

Status list_sort(Interpreter& interp, ListObject* list, Value key, bool reverse) {
    Own<ListObject> keep = Own<ListObject>::borrow(list);
    RefVector saved(list->items.get_allocator());
    saved.swap(list->items);
    bool has_key = !key.is_null() && !is_none(interp, key);
    std::vector<Ref> keys;
    Status status;
    if (has_key) {
        keys.reserve(saved.size());
        for (const Ref& item : saved) {
            auto k = call_positional(interp, key, {item.get()});
            if (!k.ok()) {
                status = k.take_error();
                break;
            }
            keys.push_back(std::move(k.value()));
        }
    }
    RefVector result(saved.get_allocator());
    if (status.ok()) {
        std::vector<SortItem> items(saved.size());
        for (std::size_t i = 0; i < saved.size(); i++)
            items[i] = SortItem{has_key ? keys[i].get() : saved[i].get(), saved[i].get()};
        // Reversing before and after keeps equal items in their original order.
        if (reverse)
            std::reverse(items.begin(), items.end());
        Sorter sorter(interp, items);
        status = sorter.sort();
        if (status.ok()) {
            if (reverse)
                std::reverse(items.begin(), items.end());
            result.reserve(items.size());
            for (const SortItem& it : items)
                result.push_back(Ref::borrow(it.value));
        }
    }
    bool modified = !is_sort_placeholder(list->items);
    // Whatever user code left in the list is dropped after the list is restored.
    RefVector garbage(saved.get_allocator());
    garbage.swap(list->items);
    list->items = status.ok() ? std::move(result) : std::move(saved);
    if (status.ok() && modified)
        return interp.raise(interp.exc.ValueError, "list modified during sort");
    return status;
}

Result<Ref> list_sort_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(ListObject * l, self_as<ListObject>(interp, self, interp.types.list, "sort"));
    if (args.npos != 0)
        return interp.raise(interp.exc.TypeError, "sort() takes no positional arguments");
    Value key, reverse;
    for (std::size_t i = 0; i < args.nkw(); i++) {
        StrObject* name = args.keyword_name(i);
        if (name == interp.names.key || str_equal(name, interp.names.key)) {
            key = args.keyword_value(i);
        } else if (name == interp.names.reverse || str_equal(name, interp.names.reverse)) {
            reverse = args.keyword_value(i);
        } else {
            return interp.raise_fmt(interp.exc.TypeError, "'{}' is an invalid keyword argument for sort()",
                                    str_to_utf8(name));
        }
    }
    BASTION_TRY_ASSIGN(bool rev, int_flag(interp, reverse, false));
    BASTION_TRY(list_sort(interp, l, key, rev));
    return interp.new_none();
}

} // namespace bastion

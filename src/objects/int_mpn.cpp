// int_mpn.cpp: the hot big-int operators (+ - * // % divmod and comparison) on GMP's mpn
// layer, reading operands where they live and writing the result straight into its new
// IntObject: one allocation per result, no copies into temporaries. Signs and Python's floor
// semantics are handled here; mpn only sees magnitudes. CPython: long_add, long_mul,
// l_divmod in Objects/longobject.c.
#include "objects/int_mpn.h"

#include <gmp.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "support/assert.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "64-bit GMP limbs required");

namespace {

mp_limb_t* mp(uint64_t* p) { return reinterpret_cast<mp_limb_t*>(p); }
const mp_limb_t* mp(const uint64_t* p) { return reinterpret_cast<const mp_limb_t*>(p); }
mp_size_t msize(std::size_t n) { return static_cast<mp_size_t>(n); }

// An uninitialised exact int with room for `n` limbs.
Result<Own<IntObject>> alloc_limbs(Interpreter& interp, std::size_t n) {
    auto bytes = checked_alloc_size(0, n, sizeof(uint64_t));
    if (!bytes)
        return interp.no_memory();
    return interp.make_var<IntObject>(interp.types.int_, *bytes);
}

// Trims the first `n` limbs of `obj` and returns the canonical int (small when it fits;
// the object is then dropped).
Ref finish(Own<IntObject> obj, std::size_t n, bool negative) {
    const uint64_t* l = obj->limbs();
    while (n > 0 && l[n - 1] == 0)
        --n;
    if (n == 0)
        return Ref::small_int(0);
    if (n == 1) {
        uint64_t m = l[0];
        if (!negative && m <= static_cast<uint64_t>(Value::kSmallMax))
            return Ref::small_int(static_cast<int64_t>(m));
        if (negative && m <= static_cast<uint64_t>(Value::kSmallMax) + 1)
            return Ref::small_int(-static_cast<int64_t>(m - 1) - 1);
    }
    obj->nlimbs = static_cast<int64_t>(n);
    obj->negative = negative;
    return std::move(obj).into_ref();
}

int compare_mag(const IntView& a, const IntView& b) {
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    if (a.size() == 0)
        return 0;
    int c = mpn_cmp(mp(a.limbs()), mp(b.limbs()), msize(a.size()));
    return (c > 0) - (c < 0);
}

} // namespace

IntView::IntView(Value v) {
    if (v.is_small_int()) {
        int64_t x = v.small_int_value();
        m_negative = x < 0;
        m_small = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        m_limbs = &m_small;
        m_size = x == 0 ? 0 : 1;
        return;
    }
    const auto* o = static_cast<const IntObject*>(v.obj());
    m_limbs = o->limbs();
    m_size = static_cast<std::size_t>(o->nlimbs);
    m_negative = o->negative && m_size != 0;
}

Result<Ref> int_mpn_from_limbs(Interpreter& interp, bool negative, const uint64_t* limbs, std::size_t n) {
    while (n > 0 && limbs[n - 1] == 0)
        --n;
    BASTION_TRY_ASSIGN(Own<IntObject> r, alloc_limbs(interp, n));
    if (n != 0)
        std::memcpy(r->limbs(), limbs, n * sizeof(uint64_t));
    return finish(std::move(r), n, negative);
}

Result<Ref> int_mpn_add(Interpreter& interp, Value av, Value bv, bool subtract) {
    IntView a(av), b(bv);
    bool b_negative = b.negative() != subtract;
    const IntView* x = &a;
    const IntView* y = &b;
    bool x_negative = a.negative(), y_negative = b_negative;
    if (a.negative() == b_negative || b.size() == 0 || a.size() == 0) {
        // Same signs (or a zero operand): |x| + |y| with x the longer.
        if (x->size() < y->size()) {
            std::swap(x, y);
            std::swap(x_negative, y_negative);
        }
        if (y->size() == 0)
            return int_mpn_from_limbs(interp, x_negative, x->limbs(), x->size());
        std::size_t n = x->size();
        BASTION_TRY_ASSIGN(Own<IntObject> r, alloc_limbs(interp, n + 1));
        r->limbs()[n] = mpn_add(mp(r->limbs()), mp(x->limbs()), msize(n), mp(y->limbs()), msize(y->size()));
        return finish(std::move(r), n + 1, x_negative);
    }
    // Opposite signs: the larger magnitude minus the smaller, with the larger one's sign.
    int c = compare_mag(a, b);
    if (c == 0)
        return Ref::small_int(0);
    if (c < 0) {
        std::swap(x, y);
        std::swap(x_negative, y_negative);
    }
    std::size_t n = x->size();
    BASTION_TRY_ASSIGN(Own<IntObject> r, alloc_limbs(interp, n));
    mpn_sub(mp(r->limbs()), mp(x->limbs()), msize(n), mp(y->limbs()), msize(y->size()));
    return finish(std::move(r), n, x_negative);
}

Result<Ref> int_mpn_mul(Interpreter& interp, Value av, Value bv) {
    IntView a(av), b(bv);
    if (a.size() == 0 || b.size() == 0)
        return Ref::small_int(0);
    bool negative = a.negative() != b.negative();
    const IntView* x = &a;
    const IntView* y = &b;
    if (x->size() < y->size())
        std::swap(x, y);
    std::size_t n = x->size(), m = y->size();
    auto total = checked_add(n, m);
    if (!total)
        return interp.no_memory();
    BASTION_TRY(int_check_bits(interp, static_cast<uint64_t>(*total) * 64));
    BASTION_TRY_ASSIGN(Own<IntObject> r, alloc_limbs(interp, *total));
    uint64_t* out = r->limbs();
    if (m == 1)
        out[n] = mpn_mul_1(mp(out), mp(x->limbs()), msize(n), y->limbs()[0]);
    else if (x->limbs() == y->limbs() && n == m)
        mpn_sqr(mp(out), mp(x->limbs()), msize(n));
    else
        mpn_mul(mp(out), mp(x->limbs()), msize(n), mp(y->limbs()), msize(m));
    return finish(std::move(r), *total, negative);
}

Status int_mpn_divmod(Interpreter& interp, Value av, Value bv, Ref* q, Ref* r) {
    IntView a(av), b(bv);
    BASTION_CHECK(b.size() != 0);
    bool signs_differ = a.negative() != b.negative();
    if (compare_mag(a, b) < 0) {
        // |a| < |b|: the truncated quotient is 0 and the remainder a itself.
        if (a.size() == 0 || !signs_differ) {
            if (q)
                *q = Ref::small_int(0);
            if (r) {
                BASTION_TRY_ASSIGN(*r, int_mpn_from_limbs(interp, a.negative(), a.limbs(), a.size()));
            }
            return {};
        }
        // Floor: q = -1, r = b's sign * (|b| - |a|).
        if (q)
            *q = Ref::small_int(-1);
        if (r) {
            std::size_t n = b.size();
            BASTION_TRY_ASSIGN(Own<IntObject> rem, alloc_limbs(interp, n));
            mpn_sub(mp(rem->limbs()), mp(b.limbs()), msize(n), mp(a.limbs()), msize(a.size()));
            *r = finish(std::move(rem), n, b.negative());
        }
        return {};
    }
    std::size_t qn = a.size() - b.size() + 1, rn = b.size();
    // One spare quotient limb: the floor adjustment below may carry into it.
    BASTION_TRY_ASSIGN(Own<IntObject> quo, alloc_limbs(interp, qn + 1));
    BASTION_TRY_ASSIGN(Own<IntObject> rem, alloc_limbs(interp, rn));
    uint64_t* ql = quo->limbs();
    uint64_t* rl = rem->limbs();
    mpn_tdiv_qr(mp(ql), mp(rl), 0, mp(a.limbs()), msize(a.size()), mp(b.limbs()), msize(rn));
    ql[qn] = 0;
    if (signs_differ && !std::all_of(rl, rl + rn, [](uint64_t l) { return l == 0; })) {
        // Floor division rounds toward -inf: q += 1 on the magnitude, r = |b| - r.
        mpn_add_1(mp(ql), mp(ql), msize(qn + 1), 1);
        mpn_sub_n(mp(rl), mp(b.limbs()), mp(rl), msize(rn));
    }
    if (q)
        *q = finish(std::move(quo), qn + 1, signs_differ);
    if (r)
        *r = finish(std::move(rem), rn, b.negative());
    return {};
}

int int_mpn_compare(Value av, Value bv) {
    IntView a(av), b(bv);
    if (a.negative() != b.negative())
        return a.negative() ? -1 : 1;
    int c = compare_mag(a, b);
    return a.negative() ? -c : c;
}

} // namespace bastion

// int_mpn.h: int arithmetic done by GMP's mpn layer directly on IntObject limbs (internal to
// objects/). Operands are read in place (no copies into temporaries) and each result is
// allocated once, at its largest possible size, then trimmed; see int_mpn.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/int_object.h"

namespace bastion {

// A read-only view of an int's sign and magnitude: in place for IntObjects, one limb held
// here for small ints. Not copyable (the view may point at its own `m_small`).
class IntView {
public:
    explicit IntView(Value v);
    IntView(const IntView&) = delete;
    IntView& operator=(const IntView&) = delete;

    const uint64_t* limbs() const { return m_limbs; }
    std::size_t size() const { return m_size; } // no high zero limb; 0 for the value 0
    bool negative() const { return m_negative; }

private:
    const uint64_t* m_limbs = nullptr;
    std::size_t m_size = 0;
    bool m_negative = false;
    uint64_t m_small = 0;
};

// a + b, or a - b when `subtract`.
Result<Ref> int_mpn_add(Interpreter&, Value a, Value b, bool subtract);
Result<Ref> int_mpn_mul(Interpreter&, Value a, Value b);
// Floor division and modulo (Python's signs); b must be non-zero. q or r may be null.
Status int_mpn_divmod(Interpreter&, Value a, Value b, Ref* q, Ref* r);
// -1, 0, 1.
int int_mpn_compare(Value a, Value b);
// A new exact int from sign and magnitude (trimmed; small when it fits).
Result<Ref> int_mpn_from_limbs(Interpreter&, bool negative, const uint64_t* limbs, std::size_t n);

} // namespace bastion

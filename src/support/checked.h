// checked.h: overflow-checked integer arithmetic for every size that feeds an allocation.
// Each helper returns std::nullopt on overflow; callers turn that into MemoryError or
// OverflowError. Never compute `header + (n + 1) * width` without these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace bastion {

template <typename T>
constexpr std::optional<T> checked_add(T a, T b) {
    T r;
    if (__builtin_add_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

template <typename T>
constexpr std::optional<T> checked_sub(T a, T b) {
    T r;
    if (__builtin_sub_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

template <typename T>
constexpr std::optional<T> checked_mul(T a, T b) {
    T r;
    if (__builtin_mul_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

// header + count * width, all in size_t, or nullopt. The one formula for sized allocations.
constexpr std::optional<std::size_t> checked_alloc_size(std::size_t header, std::size_t count, std::size_t width) {
    auto body = checked_mul(count, width);
    if (!body)
        return std::nullopt;
    return checked_add(header, *body);
}

// Largest container length we ever allow (keeps every length well inside int64 and
// leaves headroom so `len * 8 + header` cannot overflow).
inline constexpr int64_t kMaxContainerLength = int64_t{1} << 56;

} // namespace bastion

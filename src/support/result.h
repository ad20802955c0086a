// result.h: Result<T, E>, the [[nodiscard]] outcome type every fallible function returns.
// With the default E (Raised) it carries a Python exception; the parser uses
// Result<T, Diagnostic> and the verifier Result<T, VerifyError>. Exceptions propagate
// by return value, never by C++ throw, so raising and catching in a loop stays cheap.
// Propagate with BASTION_TRY / BASTION_TRY_ASSIGN.
#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

#include "support/assert.h"

namespace bastion {

struct Raised; // objects/object.h: holds the exception object (a Ref)

template <typename T, typename E = Raised>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}
    template <typename U>
        requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::decay_t<U>, T> &&
                 !std::is_same_v<std::decay_t<U>, E> && !std::is_same_v<std::decay_t<U>, Result>)
    Result(U&& value) : m_state(std::in_place_index<0>, T(std::forward<U>(value))) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        BASTION_CHECK(ok());
        return *std::get_if<0>(&m_state);
    }
    const T& value() const& {
        BASTION_CHECK(ok());
        return *std::get_if<0>(&m_state);
    }
    T&& value() && {
        BASTION_CHECK(ok());
        return std::move(*std::get_if<0>(&m_state));
    }
    E& error() & {
        BASTION_CHECK(!ok());
        return *std::get_if<1>(&m_state);
    }
    E take_error() {
        BASTION_CHECK(!ok());
        return std::move(*std::get_if<1>(&m_state));
    }

private:
    std::variant<T, E> m_state;
};

template <typename E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    void value() const { BASTION_CHECK(ok()); }
    E& error() & {
        BASTION_CHECK(!ok());
        return *m_error;
    }
    E take_error() {
        BASTION_CHECK(!ok());
        return std::move(*m_error);
    }

private:
    std::optional<E> m_error;
};

using Status = Result<void>; // a Python-level outcome with no value

} // namespace bastion

#define BASTION_CAT_INNER(a, b) a##b
#define BASTION_CAT(a, b) BASTION_CAT_INNER(a, b)

// Evaluate a Result-returning expression; on error return the error from this function.
#define BASTION_TRY(expr)                                           \
    do {                                                            \
        auto&& BASTION_CAT(r_try_, __LINE__) = (expr);              \
        if (!BASTION_CAT(r_try_, __LINE__).ok()) [[unlikely]]       \
            return BASTION_CAT(r_try_, __LINE__).take_error();      \
    } while (0)

// `BASTION_TRY_ASSIGN(Ref x, f());` declares x from the value, or returns the error.
#define BASTION_TRY_ASSIGN(decl, expr)                              \
    auto BASTION_CAT(r_asg_, __LINE__) = (expr);                    \
    if (!BASTION_CAT(r_asg_, __LINE__).ok()) [[unlikely]]           \
        return BASTION_CAT(r_asg_, __LINE__).take_error();          \
    decl = std::move(BASTION_CAT(r_asg_, __LINE__)).value()

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"

#include <QtGlobal>
#include <optional>
#include <utility>

namespace btxh {

// What a fallible store call answers: its value, or the StoreError that says why there is none. Read like
// std::optional (`if (r) use(*r); else show(r.error().message);`); the error travels with the answer, so
// there is no "last error" of the store to read afterwards (and none for another call to overwrite).
template <typename T> class StoreResult {
public:
    StoreResult(const T &value)
        : m_value(value) {}
    StoreResult(T &&value)
        : m_value(std::move(value)) {}
    StoreResult(StoreError error)
        : m_error(std::move(error)) {
        Q_ASSERT(m_error.isError());
    }

    explicit operator bool() const { return m_value.has_value(); }
    bool has_value() const { return m_value.has_value(); }

    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    // The value; asking for it when there is none stops the program, saying why there is none.
    T &value() & {
        require();
        return *m_value;
    }
    const T &value() const & {
        require();
        return *m_value;
    }
    T &&value() && {
        require();
        return std::move(*m_value);
    }
    template <typename U> T value_or(U &&fallback) const & {
        return m_value.value_or(std::forward<U>(fallback));
    }
    template <typename U> T value_or(U &&fallback) && {
        return std::move(m_value).value_or(std::forward<U>(fallback));
    }

    // Kind::None when there is a value.
    const StoreError &error() const { return m_error; }

private:
    void require() const {
        if (!m_value)
            qFatal("StoreResult::value() without a value: %s", qPrintable(m_error.detail));
    }

    std::optional<T> m_value;
    StoreError m_error;
};

// A fallible store call that answers nothing but whether it was done.
template <> class StoreResult<void> {
public:
    StoreResult() = default;
    StoreResult(StoreError error)
        : m_error(std::move(error)) {
        Q_ASSERT(m_error.isError());
    }

    explicit operator bool() const { return !m_error.isError(); }
    bool has_value() const { return !m_error.isError(); }
    const StoreError &error() const { return m_error; }

private:
    StoreError m_error;
};

} // namespace btxh

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ntm::core {

/// What kind of failure an Error is, for callers that react differently (the GUI reloads a record after a
/// conflict, and disables what a refused role cannot do); the message says it to the user in every case.
enum class ErrorKind
{
    General,  ///< bad input, a broken file, a failed write
    Denied,   ///< the signed-in user's role or scope does not allow the change (docs/security.md)
    Conflict, ///< someone else changed or deleted the record since it was read (row versions)
};

/// A user-facing error: the field (or line) it concerns, and what is wrong, in words a user understands.
struct Error
{
    QString field;   ///< Name of the field, column or line the error is about; empty when general.
    QString message; ///< Complete sentence, translated through tr() where it reaches the UI.
    ErrorKind kind = ErrorKind::General;

    /// "field: message", or just the message.
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

/// Either a value or an Error. Core never throws across its API and never shows UI; callers show the error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    /// From a temporary: a moved-out copy, so `for (x : f().value())` never dangles.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an action that returns nothing but may fail.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ntm::core

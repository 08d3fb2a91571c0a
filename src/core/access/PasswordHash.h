// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ntm::core {

/// A stored password: PBKDF2-HMAC-SHA256 of the password (UTF-8, Unicode NFC, so the same word typed with
/// another Vietnamese input method matches) with a random 16-byte salt, 32 bytes long (OpenSSL's
/// PKCS5_PBKDF2_HMAC). The iteration count is stored with each hash, so it can be raised later without
/// invalidating old passwords; new hashes use kIterations (OWASP's 2023 advice for PBKDF2-HMAC-SHA256).
struct PasswordHash
{
    static constexpr int kIterations = 600000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    QByteArray hash;
    QByteArray salt;
    int iterations = 0;

    /// A new hash of `password` with a fresh random salt (OpenSSL's RAND_bytes).
    static PasswordHash make(const QString& password, int iterations = kIterations);
    /// Whether `password` matches, comparing in constant time (CRYPTO_memcmp).
    bool matches(const QString& password) const;
    bool isEmpty() const { return hash.isEmpty(); }

    /// The raw PBKDF2-HMAC-SHA256 (for the known-answer test); empty on failure.
    static QByteArray derive(const QByteArray& password, const QByteArray& salt, int iterations, int bytes);
};

} // namespace ntm::core

// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/PasswordHash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace ntm::core {

namespace {
QByteArray passwordBytes(const QString& password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}
} // namespace

QByteArray PasswordHash::derive(const QByteArray& password, const QByteArray& salt, int iterations, int bytes)
{
    QByteArray out(bytes, '\0');
    const int ok =
        PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), bytes, reinterpret_cast<unsigned char*>(out.data()));
    return ok == 1 ? out : QByteArray();
}

PasswordHash PasswordHash::make(const QString& password, int iterations)
{
    PasswordHash h;
    h.salt = QByteArray(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(h.salt.data()), kSaltBytes) != 1) {
        return {};
    }
    h.iterations = iterations;
    h.hash = derive(passwordBytes(password), h.salt, iterations, kHashBytes);
    return h.hash.isEmpty() ? PasswordHash() : h;
}

bool PasswordHash::matches(const QString& password) const
{
    if (hash.isEmpty() || salt.isEmpty() || iterations <= 0) {
        return false;
    }
    const QByteArray candidate = derive(passwordBytes(password), salt, iterations, static_cast<int>(hash.size()));
    return candidate.size() == hash.size() && CRYPTO_memcmp(candidate.constData(), hash.constData(), hash.size()) == 0;
}

} // namespace ntm::core

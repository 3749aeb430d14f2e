#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <memory>

struct evp_md_ctx_st;
struct evp_md_st;

namespace mamori::crypto {

// Cryptographically secure random bytes (OpenSSL RAND_bytes). Throws Internal on failure.
QByteArray randomBytes(int size);
SecureBytes randomSecureBytes(std::size_t size);

QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const unsigned char* key, std::size_t keySize, const QByteArray& data);

// SHA-256 with a reusable context, for the journal chain where millions of small messages are
// hashed: fetching the algorithm and allocating a context once per entry would dominate.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void reset();
    void update(const void* data, std::size_t size);
    QByteArray finish(); // 32 bytes; the context must be reset() before reuse

private:
    evp_md_ctx_st* m_ctx = nullptr;
    evp_md_st* m_md = nullptr;
};

// AES-256-GCM with a 96-bit random nonce. seal() returns ciphertext || 16-byte tag.
struct Sealed {
    QByteArray nonce;
    QByteArray ciphertextAndTag;
};
Sealed aesGcmSeal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& aad);
// Returns false (and leaves out empty) when the tag does not verify: wrong key or tampered data.
bool aesGcmOpen(const SecureBytes& key, const QByteArray& nonce, const QByteArray& ciphertextAndTag,
                const QByteArray& aad, SecureBytes& out);

} // namespace mamori::crypto

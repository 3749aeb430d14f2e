#include "crypto/Crypto.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace mamori::crypto {

namespace {
[[noreturn]] void fail(const char* what)
{
    throw Error(ErrorCode::Internal,
                QCoreApplication::translate("mamori::crypto", "Cryptographic operation failed: %1")
                    .arg(QString::fromLatin1(what)));
}
} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), size) != 1)
        fail("RAND_bytes");
    return out;
}

SecureBytes randomSecureBytes(std::size_t size)
{
    SecureBytes out(size);
    if (RAND_bytes(out.data(), static_cast<int>(size)) != 1)
        fail("RAND_bytes");
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    Sha256 h;
    h.update(data.constData(), static_cast<std::size_t>(data.size()));
    return h.finish();
}

QByteArray hmacSha256(const unsigned char* key, std::size_t keySize, const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key, static_cast<int>(keySize),
              reinterpret_cast<const unsigned char*>(data.constData()),
              static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
              &len) ||
        len != 32)
        fail("HMAC");
    return out;
}

Sha256::Sha256()
{
    m_md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    m_ctx = EVP_MD_CTX_new();
    if (!m_md || !m_ctx)
        fail("EVP_MD_fetch");
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
    EVP_MD_free(m_md);
}

void Sha256::reset()
{
    if (EVP_DigestInit_ex(m_ctx, m_md, nullptr) != 1)
        fail("EVP_DigestInit_ex");
}

void Sha256::update(const void* data, std::size_t size)
{
    if (EVP_DigestUpdate(m_ctx, data, size) != 1)
        fail("EVP_DigestUpdate");
}

QByteArray Sha256::finish()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char*>(out.data()), &len) != 1)
        fail("EVP_DigestFinal_ex");
    return out;
}

namespace {
struct CipherCtx {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
};
constexpr int kTagSize = 16;
constexpr int kNonceSize = 12;
} // namespace

Sealed aesGcmSeal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& aad)
{
    if (key.size() != 32)
        fail("AES-256-GCM key size");
    Sealed s;
    s.nonce = randomBytes(kNonceSize);
    CipherCtx c;
    int len = 0;
    auto* nonce = reinterpret_cast<const unsigned char*>(s.nonce.constData());
    if (!c.ctx || EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, key.data(), nonce) != 1)
        fail("EVP_EncryptInit_ex");
    if (!aad.isEmpty() &&
        EVP_EncryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) != 1)
        fail("EVP_EncryptUpdate(aad)");
    s.ciphertextAndTag.resize(static_cast<qsizetype>(plaintext.size()) + kTagSize);
    auto* out = reinterpret_cast<unsigned char*>(s.ciphertextAndTag.data());
    if (EVP_EncryptUpdate(c.ctx, out, &len, plaintext.data(), static_cast<int>(plaintext.size())) != 1)
        fail("EVP_EncryptUpdate");
    int total = len;
    if (EVP_EncryptFinal_ex(c.ctx, out + total, &len) != 1)
        fail("EVP_EncryptFinal_ex");
    total += len;
    if (EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, out + total) != 1)
        fail("EVP_CTRL_GCM_GET_TAG");
    return s;
}

bool aesGcmOpen(const SecureBytes& key, const QByteArray& nonce, const QByteArray& ciphertextAndTag,
                const QByteArray& aad, SecureBytes& out)
{
    out.clear();
    if (key.size() != 32 || nonce.size() != kNonceSize || ciphertextAndTag.size() < kTagSize)
        return false;
    CipherCtx c;
    int len = 0;
    const auto ctSize = static_cast<int>(ciphertextAndTag.size()) - kTagSize;
    auto* ct = reinterpret_cast<const unsigned char*>(ciphertextAndTag.constData());
    if (!c.ctx || EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, key.data(),
                           reinterpret_cast<const unsigned char*>(nonce.constData())) != 1)
        fail("EVP_DecryptInit_ex");
    if (!aad.isEmpty() &&
        EVP_DecryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) != 1)
        return false;
    SecureBytes plain(static_cast<std::size_t>(ctSize));
    if (EVP_DecryptUpdate(c.ctx, plain.data(), &len, ct, ctSize) != 1)
        return false;
    QByteArray tag(ciphertextAndTag.right(kTagSize));
    if (EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1)
        return false;
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(c.ctx, plain.data() + len, &finalLen) != 1)
        return false;
    out = std::move(plain);
    return true;
}

} // namespace mamori::crypto

#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

namespace mamori {

void secureWipe(void* data, std::size_t size) noexcept
{
    if (data && size)
        OPENSSL_cleanse(data, size);
}

SecureBytes SecureBytes::fromString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(reinterpret_cast<const unsigned char*>(utf8.constData()),
                    static_cast<std::size_t>(utf8.size()));
    secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return out;
}

SecureBytes SecureBytes::fromByteArray(const QByteArray& bytes)
{
    return SecureBytes(reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
}

void SecureBytes::clear() noexcept
{
    secureWipe(m_data.data(), m_data.size());
    m_data.clear();
    m_data.shrink_to_fit();
}

void SecureBytes::append(const unsigned char* data, std::size_t size)
{
    // Reserve first so a reallocation goes through the wiping allocator only once.
    m_data.reserve(m_data.size() + size);
    m_data.insert(m_data.end(), data, data + size);
}

int SecureBytes::utf8Length() const
{
    int n = 0;
    for (unsigned char c : m_data)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_data.size() == other.m_data.size() &&
           CRYPTO_memcmp(m_data.data(), other.m_data.data(), m_data.size()) == 0;
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_data.size() * 2);
    for (std::size_t i = 0; i < m_data.size(); ++i) {
        out.data()[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        out.data()[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0xF]);
    }
    return out;
}

} // namespace mamori

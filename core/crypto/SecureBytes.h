#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mamori {

// Memory for keys and passwords: wiped (OPENSSL_cleanse) whenever it is released or resized, never
// implicitly shared. Use it for anything a memory dump must not reveal.
template <typename T> struct WipingAllocator {
    using value_type = T;
    WipingAllocator() = default;
    template <typename U> WipingAllocator(const WipingAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(::operator new(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept;
    template <typename U> bool operator==(const WipingAllocator<U>&) const noexcept { return true; }
};

void secureWipe(void* data, std::size_t size) noexcept;

template <typename T> void WipingAllocator<T>::deallocate(T* p, std::size_t n) noexcept
{
    secureWipe(p, n * sizeof(T));
    ::operator delete(p);
}

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size) : m_data(size, 0) {}
    SecureBytes(const unsigned char* data, std::size_t size) : m_data(data, data + size) {}
    // Takes the UTF-8 bytes of a password. The caller should clear its own QString afterwards.
    static SecureBytes fromString(const QString& text);
    static SecureBytes fromByteArray(const QByteArray& bytes);

    unsigned char* data() noexcept { return m_data.data(); }
    const unsigned char* data() const noexcept { return m_data.data(); }
    std::size_t size() const noexcept { return m_data.size(); }
    bool isEmpty() const noexcept { return m_data.empty(); }
    void clear() noexcept;
    void append(const unsigned char* data, std::size_t size);
    // Number of Unicode code points when the bytes are UTF-8 text (for password length rules).
    int utf8Length() const;
    bool operator==(const SecureBytes& other) const;
    // Lower-case hex; the result is itself secure.
    SecureBytes toHex() const;

private:
    std::vector<unsigned char, WipingAllocator<unsigned char>> m_data;
};

} // namespace mamori

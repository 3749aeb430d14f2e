#include "casefile/RecoveryCode.h"

#include "crypto/Crypto.h"

#include <QString>

namespace mamori {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(sizeof(kAlphabet) == 33);
constexpr std::size_t kLength = 32;
constexpr std::size_t kGrouped = kLength + kLength / 4 - 1;

void appendGrouped(SecureBytes& out, unsigned char c)
{
    if (out.size() % 5 == 4) {
        const unsigned char dash = '-';
        out.append(&dash, 1);
    }
    out.append(&c, 1);
}
} // namespace

SecureBytes RecoveryCode::generate()
{
    const SecureBytes random = crypto::randomSecureBytes(kLength);
    SecureBytes out;
    for (std::size_t i = 0; i < kLength; ++i)
        appendGrouped(out, static_cast<unsigned char>(kAlphabet[random.data()[i] & 0x1F]));
    return out;
}

SecureBytes RecoveryCode::normalise(const SecureBytes& typed)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(typed.data()),
                                     static_cast<qsizetype>(typed.size()))
                       .normalized(QString::NormalizationForm_KC)
                       .toUpper();
    SecureBytes out;
    for (QChar ch : text) {
        if (ch.isSpace() || ch == QLatin1Char('-'))
            continue;
        char c = ch.toLatin1();
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        appendGrouped(out, static_cast<unsigned char>(c));
    }
    text.fill(QLatin1Char(' '));
    return out;
}

bool RecoveryCode::looksValid(const SecureBytes& typed)
{
    const SecureBytes n = normalise(typed);
    if (n.size() != kGrouped)
        return false;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const char c = static_cast<char>(n.data()[i]);
        if (i % 5 == 4 ? c != '-' : QByteArrayView(kAlphabet, kLength).indexOf(c) < 0)
            return false;
    }
    return true;
}

} // namespace mamori

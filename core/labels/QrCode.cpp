#include "labels/QrCode.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <algorithm>

#include <memory>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::QrCode", text);
}

QRecLevel level(QrCode::Ecc ecc)
{
    switch (ecc) {
    case QrCode::Ecc::Low: return QR_ECLEVEL_L;
    case QrCode::Ecc::Medium: return QR_ECLEVEL_M;
    case QrCode::Ecc::Quartile: return QR_ECLEVEL_Q;
    case QrCode::Ecc::High: break;
    }
    return QR_ECLEVEL_H;
}

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
} // namespace

QrCode QrCode::encode(const QString& text, Ecc ecc)
{
    const QByteArray utf8 = text.toUtf8();
    // libqrencode takes a C string: an embedded NUL would silently cut the text short.
    if (utf8.isEmpty() || utf8.contains('\0'))
        throw Error(ErrorCode::InvalidArgument, tr("A QR code needs a text without NUL characters.")).withField(QStringLiteral("code"));
    // Version 0: the smallest that fits. Mode hint 8-bit with case sensitivity lets the encoder
    // split the text into numeric, alphanumeric and byte segments by itself.
    const std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString(utf8.constData(), 0, level(ecc), QR_MODE_8, 1));
    if (!code)
        throw Error(ErrorCode::InvalidArgument, tr("This text is too long for a QR code (%1 bytes).").arg(utf8.size()))
            .withField(QStringLiteral("code"));
    QrCode qr;
    qr.m_version = code->version;
    qr.m_size = code->width;
    qr.m_modules.resize(static_cast<qsizetype>(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = static_cast<char>(code->data[i] & 1); // bit 0: dark; the others describe the module's role
    return qr;
}

bool QrCode::dark(int column, int row) const
{
    if (column < 0 || row < 0 || column >= m_size || row >= m_size)
        return false;
    return m_modules.at(static_cast<qsizetype>(row) * m_size + column) != 0;
}

QList<QrCode::Run> QrCode::darkRuns() const
{
    QList<Run> runs;
    for (int row = 0; row < m_size; ++row) {
        int column = 0;
        while (column < m_size) {
            if (!dark(column, row)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < m_size && dark(column, row))
                ++column;
            runs.append({row, start, column - start});
        }
    }
    return runs;
}

QString QrCode::toText() const
{
    QString out;
    out.reserve((m_size + 1) * m_size);
    for (int row = 0; row < m_size; ++row) {
        for (int column = 0; column < m_size; ++column)
            out += dark(column, row) ? QLatin1Char('#') : QLatin1Char('.');
        out += QLatin1Char('\n');
    }
    return out;
}

QByteArray QrCode::toPbm(int scale) const
{
    scale = std::max(scale, 1);
    const int side = (m_size + 2 * kQuietZone) * scale;
    const int rowBytes = (side + 7) / 8;
    QByteArray out = QStringLiteral("P4\n%1 %1\n").arg(side).toLatin1();
    const qsizetype header = out.size();
    out.resize(header + static_cast<qsizetype>(rowBytes) * side, '\0');
    for (int y = 0; y < side; ++y) {
        const int row = y / scale - kQuietZone;
        for (int x = 0; x < side; ++x) {
            if (dark(x / scale - kQuietZone, row)) // 1 = black in PBM
                out[header + static_cast<qsizetype>(y) * rowBytes + x / 8] =
                    static_cast<char>(out[header + static_cast<qsizetype>(y) * rowBytes + x / 8] | (0x80 >> (x % 8)));
        }
    }
    return out;
}

} // namespace mamori

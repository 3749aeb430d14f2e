#include "custody/AttachmentFormat.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <array>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::AttachmentFormat", text);
}

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message).withField(QStringLiteral("attachment"));
}

quint8 byteAt(const QByteArray& b, qint64 i)
{
    return static_cast<quint8>(b.at(i));
}

quint32 bigEndian32(const QByteArray& b, qint64 at)
{
    return (quint32(byteAt(b, at)) << 24) | (quint32(byteAt(b, at + 1)) << 16) | (quint32(byteAt(b, at + 2)) << 8) |
           quint32(byteAt(b, at + 3));
}

quint32 crc32Of(const char* data, qint64 size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (qint64 i = 0; i < size; ++i)
        c = table[(c ^ static_cast<quint8>(data[i])) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

const QByteArray kPngSignature = QByteArray::fromHex("89504e470d0a1a0a");

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

std::optional<AttachmentKind> AttachmentFormat::sniff(const QByteArray& bytes)
{
    if (bytes.startsWith(kPngSignature))
        return AttachmentKind::Png;
    if (bytes.size() >= 3 && byteAt(bytes, 0) == 0xFF && byteAt(bytes, 1) == 0xD8 && byteAt(bytes, 2) == 0xFF)
        return AttachmentKind::Jpeg;
    // The header may follow up to 1024 bytes of junk (PDF 1.7, 7.5.2), as some scanners write.
    const qsizetype pdf = bytes.left(1024 + 8).indexOf("%PDF-");
    if (pdf >= 0)
        return AttachmentKind::Pdf;
    return std::nullopt;
}

QString AttachmentFormat::mediaType(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Png: return QStringLiteral("image/png");
    case AttachmentKind::Jpeg: return QStringLiteral("image/jpeg");
    case AttachmentKind::Pdf: break;
    }
    return QStringLiteral("application/pdf");
}

std::optional<AttachmentKind> AttachmentFormat::fromMediaType(const QString& mediaType)
{
    for (AttachmentKind k : {AttachmentKind::Png, AttachmentKind::Jpeg, AttachmentKind::Pdf})
        if (AttachmentFormat::mediaType(k) == mediaType)
            return k;
    return std::nullopt;
}

AttachmentKind AttachmentFormat::check(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        throw invalid(tr("The attachment is empty."));
    if (bytes.size() > kMaxBytes)
        throw invalid(tr("The attachment is %1 MB; at most 20 MB can be attached.")
                          .arg(double(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    const std::optional<AttachmentKind> kind = sniff(bytes);
    if (!kind)
        throw invalid(tr("The attachment is not a photo or a scan: attach a JPEG or PNG image or a PDF file."));
    switch (*kind) {
    case AttachmentKind::Png:
        if (!pngIsSound(bytes))
            throw invalid(tr("The PNG image is damaged or incomplete and cannot be attached."));
        break;
    case AttachmentKind::Jpeg:
        if (!jpegIsSound(bytes))
            throw invalid(tr("The JPEG image is damaged or incomplete and cannot be attached."));
        break;
    case AttachmentKind::Pdf:
        if (!pdfIsSound(bytes))
            throw invalid(tr("The PDF file is damaged or incomplete and cannot be attached."));
        break;
    }
    return *kind;
}

bool AttachmentFormat::pngIsSound(const QByteArray& b)
{
    // Signature, IHDR first (13 bytes, non-zero size), every chunk inside the file with a
    // matching CRC, at least one IDAT, and IEND as the last chunk.
    qint64 pos = kPngSignature.size();
    bool first = true;
    bool sawData = false;
    while (pos + 12 <= b.size()) {
        const quint32 length = bigEndian32(b, pos);
        if (length > 0x7FFFFFFFu || pos + 12 + qint64(length) > b.size())
            return false;
        const QByteArray type = b.mid(pos + 4, 4);
        const quint32 crc = bigEndian32(b, pos + 8 + length);
        if (crc32Of(b.constData() + pos + 4, 4 + qint64(length)) != crc)
            return false;
        if (first) {
            if (type != "IHDR" || length != 13 || bigEndian32(b, pos + 8) == 0 || bigEndian32(b, pos + 12) == 0)
                return false;
            first = false;
        }
        if (type == "IDAT")
            sawData = true;
        pos += 12 + qint64(length);
        if (type == "IEND")
            return sawData && length == 0;
    }
    return false;
}

bool AttachmentFormat::jpegIsSound(const QByteArray& b)
{
    // SOI, then marker segments whose lengths stay inside the file, a frame header (SOF) and a
    // scan (SOS) whose entropy-coded data runs to the next marker, up to EOI.
    qint64 pos = 2;
    bool sawFrame = false;
    bool sawScan = false;
    const qint64 size = b.size();
    while (pos + 1 < size) {
        if (byteAt(b, pos) != 0xFF)
            return false;
        while (pos + 1 < size && byteAt(b, pos + 1) == 0xFF)
            ++pos; // fill bytes
        if (pos + 1 >= size)
            return false;
        const quint8 marker = byteAt(b, pos + 1);
        if (marker == 0xD9)
            return sawFrame && sawScan;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        if (marker == 0xD8 || marker == 0x00 || pos + 4 > size)
            return false;
        const qint64 length = (qint64(byteAt(b, pos + 2)) << 8) | byteAt(b, pos + 3);
        if (length < 2 || pos + 2 + length > size)
            return false;
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            sawFrame = true;
        pos += 2 + length;
        if (marker == 0xDA) {
            sawScan = true;
            // Entropy-coded data: FF 00 is a stuffed byte and FF D0..D7 a restart; anything
            // else after FF is the next marker.
            while (pos + 1 < size) {
                if (byteAt(b, pos) == 0xFF) {
                    const quint8 next = byteAt(b, pos + 1);
                    if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF)
                        break;
                }
                ++pos;
            }
        }
    }
    return false;
}

bool AttachmentFormat::pdfIsSound(const QByteArray& b)
{
    // A version after the header ("%PDF-1.7"), and a trailer at the end: "startxref", the
    // offset of the last cross-reference section (inside the file, pointing at "xref" or at an
    // xref stream object "N G obj"), then "%%EOF". A scan cut off in transfer has no trailer.
    const qsizetype header = b.left(1024 + 8).indexOf("%PDF-");
    if (header < 0 || header + 8 > b.size() || !isDigit(b.at(header + 5)) || b.at(header + 6) != '.' ||
        !isDigit(b.at(header + 7)))
        return false;
    const qsizetype tailStart = std::max<qsizetype>(0, b.size() - 2048);
    qsizetype at = b.lastIndexOf("startxref");
    if (at < tailStart)
        return false;
    at += 9;
    while (at < b.size() && isSpace(b.at(at)))
        ++at;
    qint64 offset = 0;
    int digits = 0;
    while (at < b.size() && isDigit(b.at(at)) && digits < 12) {
        offset = offset * 10 + (b.at(at) - '0');
        ++at;
        ++digits;
    }
    if (digits == 0)
        return false;
    while (at < b.size() && isSpace(b.at(at)))
        ++at;
    if (b.mid(at, 5) != "%%EOF")
        return false;
    // Offsets count from the start of the file; with junk before the header some writers count
    // from the header instead, and readers accept both.
    const auto xrefAt = [&b](qint64 o) {
        if (o >= b.size())
            return false;
        if (b.mid(o, 4) == "xref")
            return true;
        // "N G obj": an xref stream (PDF 1.5+).
        qsizetype p = o;
        for (int number = 0; number < 2; ++number) {
            const qsizetype start = p;
            while (p < b.size() && isDigit(b.at(p)))
                ++p;
            if (p == start)
                return false;
            while (p < b.size() && isSpace(b.at(p)))
                ++p;
        }
        return b.mid(p, 3) == "obj";
    };
    return xrefAt(offset) || (header > 0 && xrefAt(offset + header));
}

quint32 AttachmentFormat::crc32(const QByteArray& data)
{
    return crc32Of(data.constData(), data.size());
}

int AttachmentFormat::pdfPageCount(const QByteArray& pdf)
{
    int pages = 0;
    for (const char* needle : {"/Type/Page", "/Type /Page"}) {
        const QByteArray n(needle);
        qsizetype at = pdf.indexOf(n);
        while (at >= 0) {
            const qsizetype after = at + n.size();
            const char c = after < pdf.size() ? pdf.at(after) : ' ';
            const bool nameGoesOn = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c);
            if (!nameGoesOn) // "/Pages" is the page tree, not a page
                ++pages;
            at = pdf.indexOf(n, after);
        }
    }
    return pages;
}

} // namespace mamori

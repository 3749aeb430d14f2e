#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace mamori {

// The kinds of file a certificate or a disposal may carry: photos and scanned certificates.
enum class AttachmentKind { Png, Jpeg, Pdf };

// Recognises an attachment from its bytes (never from its name) and checks its structure, so
// that a truncated scan or a renamed spreadsheet is refused when it is attached rather than
// found unreadable years later in an audit. Core has no QtGui: the checks walk the containers
// (PNG chunks with their CRCs, JPEG marker segments up to EOI, the PDF header and trailer)
// without decoding pixels.
class AttachmentFormat {
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // From the magic bytes alone; nullopt for anything else.
    static std::optional<AttachmentKind> sniff(const QByteArray& bytes);
    // "image/png", "image/jpeg", "application/pdf".
    static QString mediaType(AttachmentKind kind);
    static std::optional<AttachmentKind> fromMediaType(const QString& mediaType);
    // Throws InvalidArgument (field "attachment") with a message that says what is wrong: empty,
    // larger than 20 MB, not a PNG/JPEG/PDF, or a damaged file of that kind. Returns the kind.
    static AttachmentKind check(const QByteArray& bytes);
    // Pages of a PDF, counted from its page objects; 0 when they cannot be counted cheaply
    // (for instance, when they sit in compressed object streams).
    static int pdfPageCount(const QByteArray& pdf);
    // CRC-32 as PNG chunks use it (ISO 3309, the one zlib computes); Qt Core only offers CRC-16.
    static quint32 crc32(const QByteArray& data);

private:
    static bool pngIsSound(const QByteArray& bytes);
    static bool jpegIsSound(const QByteArray& bytes);
    static bool pdfIsSound(const QByteArray& bytes);
};

} // namespace mamori

#include "demo/DemoImages.h"

#include "custody/AttachmentFormat.h"

#include <QtEndian>

namespace mamori {

namespace {
QByteArray bigEndian(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    const QByteArray typed = type + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(AttachmentFormat::crc32(typed));
}
} // namespace

QByteArray DemoImages::png(int width, int height, const QByteArray& rgb, const QByteArray& text)
{
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += QByteArray::fromHex("0802000000"); // 8 bits, truecolour, deflate, no filter choice, no interlace
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw += '\0'; // filter type None
        raw += rgb.mid(qsizetype(y) * width * 3, qsizetype(width) * 3);
    }
    // qCompress prefixes the zlib stream with its length (4 bytes): PNG wants the stream alone.
    const QByteArray zlib = qCompress(raw, 9).mid(4);
    QByteArray out = QByteArray::fromHex("89504e470d0a1a0a");
    out += chunk("IHDR", header);
    if (!text.isEmpty())
        out += chunk("tEXt", QByteArray("Comment") + '\0' + text);
    out += chunk("IDAT", zlib);
    out += chunk("IEND", {});
    return out;
}

QByteArray DemoImages::certificatePhoto(int width, int height, const QByteArray& text)
{
    QByteArray rgb(qsizetype(width) * height * 3, '\0');
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            char* p = rgb.data() + (qsizetype(y) * width + x) * 3;
            // Paper, a margin, ruled lines every 12 pixels, and a round red seal at lower right.
            int r = 246, g = 242, b = 230;
            const bool margin = x < width / 12 || x > width - width / 12 || y < height / 10 || y > height - height / 10;
            if (margin) {
                r = 200; g = 200; b = 195;
            } else if (y % 12 == 0) {
                r = 150; g = 160; b = 180;
            }
            const int cx = width - width / 5, cy = height - height / 4, radius = qMax(4, width / 14);
            const int dx = x - cx, dy = y - cy;
            const int d2 = dx * dx + dy * dy;
            if (d2 <= radius * radius && d2 >= (radius - 3) * (radius - 3)) {
                r = 200; g = 30; b = 30;
            }
            p[0] = char(r);
            p[1] = char(g);
            p[2] = char(b);
        }
    }
    return png(width, height, rgb, text);
}

} // namespace mamori

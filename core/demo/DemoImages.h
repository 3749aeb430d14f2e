#pragma once

#include <QByteArray>
#include <QString>

namespace mamori {

// Small PNG images written without QtGui (core draws nothing): a zlib stream from qCompress in
// IDAT chunks with their CRCs. For the demo's certificate photos and for tests that need real
// image bytes.
class DemoImages {
public:
    // An RGB image of `width` × `height`: a paper-coloured page with ruled lines and a red seal
    // in one corner, like a photographed certificate. `text`, if given, is stored as a tEXt
    // chunk (Latin-1), which viewers ignore.
    static QByteArray certificatePhoto(int width, int height, const QByteArray& text = {});
    // Assembles a PNG from RGB rows (3 bytes a pixel, `width` × `height`).
    static QByteArray png(int width, int height, const QByteArray& rgb, const QByteArray& text = {});
};

} // namespace mamori

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mamori {

// A QR code as a matrix of modules (libqrencode underneath), for labels that a USB scanner reads
// back into the scan field. Core holds no image: ui/forms draws the dark modules as vector
// rectangles so that the code stays sharp at any print resolution.
class QrCode {
public:
    // Error correction: M (about 15 % of the symbol may be damaged) suits labels on binders.
    enum class Ecc { Low, Medium, Quartile, High };
    // A horizontal run of dark modules in one row: what a renderer fills as one rectangle.
    struct Run {
        int row = 0;
        int column = 0;
        int length = 0;
        bool operator==(const Run&) const = default;
    };
    // The margin of light modules a reader needs around the symbol (ISO/IEC 18004).
    static constexpr int kQuietZone = 4;

    QrCode() = default;
    // The smallest symbol that holds `text` (encoded as UTF-8; upper-case letters, digits and
    // " $%*+-./:" take the compact alphanumeric mode). Throws InvalidArgument for empty text or
    // text too long for any symbol.
    static QrCode encode(const QString& text, Ecc ecc = Ecc::Medium);

    bool isNull() const { return m_size == 0; }
    int version() const { return m_version; } // 1..40
    int size() const { return m_size; }       // modules per side: 17 + 4 * version
    bool dark(int column, int row) const;
    QList<Run> darkRuns() const;
    // One line per row, '#' dark and '.' light: for golden files and debugging.
    QString toText() const;
    // The matrix with its quiet zone as a binary PBM image (P4), one pixel per module scaled by
    // `scale`: what a decoder reads in the tests.
    QByteArray toPbm(int scale = 4) const;

private:
    int m_version = 0;
    int m_size = 0;
    QByteArray m_modules; // row-major, 1 = dark
};

} // namespace mamori

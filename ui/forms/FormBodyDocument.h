#pragma once

#include <QFont>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace mamori::ui {

// Makes the QTextDocument of a form body (or of one page of it), laid out on the target device
// at the text width: the form font, ruled tables, and blanks of U+3000 kept.
class FormBodyDocument {
public:
    FormBodyDocument(QPagedPaintDevice& device, QFont font, qreal textWidth)
        : m_device(device), m_font(std::move(font)), m_textWidth(textWidth) {}

    // `selfRuledTable`: the index among the top-level tables of one whose rules the form draws
    // itself (FormTableRules): it is laid out without borders, with half a rule more padding.
    std::unique_ptr<QTextDocument> create(const QString& html, int selfRuledTable = -1) const;
    // Forms print blanks to fill in by hand as runs of U+3000 (令和　　年　　月　　日); HTML would
    // collapse them like any other white space.
    static QString keepIdeographicSpaces(const QString& html);

private:
    QPagedPaintDevice& m_device;
    QFont m_font;
    qreal m_textWidth;
};

} // namespace mamori::ui

#pragma once

#include <QByteArray>
#include <QObject>

namespace mamori::ui {

// Remembers which clipboard text Mamori put there (copied from one of our windows) so that
// locking clears it, and leaves text copied in other programs alone. Only a SHA-256 of the text
// is kept, never the text itself.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    // Puts text on the clipboard as ours (for explicit "Copy" buttons).
    void setText(const QString& text);
    // True when the clipboard holds text we put there.
    bool holdsOurText() const;
    // Clears the clipboard if it holds our text; returns whether it did.
    bool clearIfOurs();

private:
    void onChanged();
    static QByteArray digest(const QString& text);
    QByteArray m_ours;
};

} // namespace mamori::ui

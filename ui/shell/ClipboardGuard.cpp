#include "shell/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace mamori::ui {

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent) {
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &ClipboardGuard::onChanged);
    // Text copied before the guard existed (e.g. on the unlock screen) is taken as ours when we
    // still own the clipboard.
    onChanged();
}

QByteArray ClipboardGuard::digest(const QString& text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void ClipboardGuard::onChanged() {
    QClipboard* cb = QGuiApplication::clipboard();
    // Copying happens in the active application: Ctrl+C in one of our line edits or views.
    // ownsClipboard() answers on X11 and Windows; the application state covers the rest.
    const bool ours =
        cb->ownsClipboard() || QGuiApplication::applicationState() == Qt::ApplicationActive;
    const QString text = cb->text();
    if (ours && !text.isEmpty())
        m_ours = digest(text);
    else if (!ours)
        m_ours.clear();
}

void ClipboardGuard::setText(const QString& text) {
    QGuiApplication::clipboard()->setText(text);
    m_ours = digest(text);
}

bool ClipboardGuard::holdsOurText() const {
    if (m_ours.isEmpty())
        return false;
    const QString text = QGuiApplication::clipboard()->text();
    return !text.isEmpty() && digest(text) == m_ours;
}

bool ClipboardGuard::clearIfOurs() {
    QClipboard* cb = QGuiApplication::clipboard();
    // X11's primary selection holds whatever was last selected in one of our fields.
    if (cb->supportsSelection() && cb->ownsSelection())
        cb->clear(QClipboard::Selection);
    if (!holdsOurText())
        return false;
    cb->clear();
    m_ours.clear();
    return true;
}

} // namespace mamori::ui

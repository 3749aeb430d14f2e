#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mamori::ui {

class FieldErrorLabel;

// The optional layout drawing of a handling area: a thumbnail, "Choose image…" and "Remove".
// Holds the bytes until the editor saves; refuses at once what core would refuse (not a PNG or
// JPEG, larger than 20 MB), with the message under the thumbnail.
class LayoutImageEditor : public QWidget {
    Q_OBJECT

public:
    LayoutImageEditor(FieldErrorLabel* error, QWidget* parent = nullptr);
    // The image as stored in the case file (empty when none); not a change.
    void setStoredImage(const QByteArray& image);
    // Reads the file; false (and the message shown) when it is refused.
    bool chooseFile(const QString& path);
    void removeImage();
    bool changed() const { return m_changed; }
    const QByteArray& image() const { return m_image; }

private:
    void showThumbnail();

    FieldErrorLabel* m_error;
    QLabel* m_thumbnail = nullptr;
    QPushButton* m_remove = nullptr;
    QByteArray m_image;
    bool m_changed = false;
};

} // namespace mamori::ui

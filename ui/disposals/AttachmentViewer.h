#pragma once

#include "custody/AttachmentStore.h"

#include <QDialog>

namespace mamori::ui {

// One attachment, decrypted in memory only: a photo at full size (scrollable), or for a PDF its
// icon and page count; with its name, type, size and the SHA-256 recorded when it was attached,
// so that a paper certificate can be matched against it.
class AttachmentViewer : public QDialog {
    Q_OBJECT

public:
    AttachmentViewer(const mamori::AttachmentInfo& info, const QByteArray& bytes, QWidget* parent = nullptr);
};

} // namespace mamori::ui

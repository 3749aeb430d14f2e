#include "custody/areas/LayoutImageEditor.h"

#include "common/FieldErrorLabel.h"

#include "custody/HandlingAreaService.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

LayoutImageEditor::LayoutImageEditor(FieldErrorLabel* error, QWidget* parent)
    : QWidget(parent), m_error(error) {
    setObjectName(QStringLiteral("layoutImageEditor"));
    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("layoutThumbnail"));
    m_thumbnail->setFixedSize(200, 140);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    auto* choose = new QPushButton(tr("Choose image…"), this);
    choose->setObjectName(QStringLiteral("chooseLayoutButton"));
    m_remove = new QPushButton(tr("Remove image"), this);
    m_remove->setObjectName(QStringLiteral("removeLayoutButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_thumbnail);
    row->addLayout(buttons);
    row->addStretch();
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose layout image"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            chooseFile(path);
    });
    connect(m_remove, &QPushButton::clicked, this, &LayoutImageEditor::removeImage);
    showThumbnail();
}

void LayoutImageEditor::setStoredImage(const QByteArray& image) {
    m_image = image;
    m_changed = false;
    showThumbnail();
}

bool LayoutImageEditor::chooseFile(const QString& path) {
    m_error->clearError();
    QFile f(path);
    if (f.size() > mamori::HandlingAreaService::kMaxLayoutImageBytes) {
        m_error->showError(tr("The layout image is larger than 20 MB."));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("The file cannot be read: %1").arg(f.errorString()));
        return false;
    }
    const QByteArray bytes = f.readAll();
    // Core recognises the header; the image must also decode, or the sheet would print nothing.
    if (mamori::HandlingAreaService::imageMimeType(bytes).isEmpty() ||
        QImage::fromData(bytes).isNull()) {
        m_error->showError(tr("The layout image must be a PNG or JPEG file."));
        return false;
    }
    m_image = bytes;
    m_changed = true;
    showThumbnail();
    return true;
}

void LayoutImageEditor::removeImage() {
    m_error->clearError();
    if (m_image.isEmpty())
        return;
    m_image.clear();
    m_changed = true;
    showThumbnail();
}

void LayoutImageEditor::showThumbnail() {
    m_remove->setEnabled(!m_image.isEmpty());
    const QImage image = QImage::fromData(m_image);
    if (image.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(m_image.isEmpty() ? tr("No layout image") : tr("Cannot show image"));
        return;
    }
    m_thumbnail->setPixmap(QPixmap::fromImage(image.scaled(
        m_thumbnail->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace mamori::ui

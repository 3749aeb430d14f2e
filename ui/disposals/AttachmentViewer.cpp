#include "disposals/AttachmentViewer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace mamori::ui {

AttachmentViewer::AttachmentViewer(const AttachmentInfo& info, const QByteArray& bytes, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(info.fileName);
    auto* picture = new QLabel(this);
    picture->setObjectName(QStringLiteral("attachmentPicture"));
    picture->setAlignment(Qt::AlignCenter);
    const QImage image = info.mediaType.startsWith(QLatin1String("image/")) ? QImage::fromData(bytes) : QImage();
    if (!image.isNull()) {
        picture->setPixmap(QPixmap::fromImage(image));
    } else if (info.mediaType == QLatin1String("application/pdf")) {
        picture->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(96, 96));
        picture->setToolTip(tr("Open the exported PDF in a PDF viewer to read it."));
    } else {
        picture->setText(tr("This image cannot be shown."));
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(picture);
    scroll->setWidgetResizable(image.isNull());
    scroll->setAlignment(Qt::AlignCenter);

    auto* facts = new QFormLayout;
    const auto fact = [this, facts](const QString& label, const QString& value, const QString& name) {
        auto* l = new QLabel(value, this);
        l->setObjectName(name);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, l);
    };
    fact(tr("File:"), info.fileName, QStringLiteral("attachmentFileName"));
    QString type = info.mediaType;
    if (info.pageCount > 0)
        type = tr("%1, %n page(s)", nullptr, info.pageCount).arg(info.mediaType);
    if (!image.isNull())
        type = tr("%1, %2 × %3 pixels").arg(info.mediaType).arg(image.width()).arg(image.height());
    fact(tr("Type:"), type, QStringLiteral("attachmentType"));
    fact(tr("Size:"), QLocale().formattedDataSize(info.size), QStringLiteral("attachmentSize"));
    fact(tr("SHA-256:"), info.sha256, QStringLiteral("attachmentSha256"));
    if (!info.caption.isEmpty())
        fact(tr("Caption:"), info.caption, QStringLiteral("attachmentCaption"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(facts);
    layout->addWidget(buttons);
    resize(760, 640);
}

} // namespace mamori::ui

#include "disposals/CertificatePanel.h"

#include "disposals/AttachmentViewer.h"
#include "disposals/CertificateDialog.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/AttachmentFormat.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
constexpr int kThumb = 96;
}

CertificatePanel::CertificatePanel(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("certificatePanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("certificateSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("attachmentThumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(kThumb, kThumb));
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setWordWrap(true);
    m_addCertificate = new QPushButton(tr("Add certificate…"), this);
    m_addCertificate->setObjectName(QStringLiteral("addCertificateButton"));
    m_attach = new QPushButton(tr("Attach photo or scan…"), this);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addCertificate);
    buttons->addWidget(m_attach);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_thumbnails, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_addCertificate, &QPushButton::clicked, this, &CertificatePanel::addCertificate);
    connect(m_attach, &QPushButton::clicked, this, &CertificatePanel::chooseAndAttach);
    connect(m_thumbnails, &QListWidget::itemActivated, this, &CertificatePanel::openViewer);
    setDisposal(std::nullopt);
}

QString CertificatePanel::statusText() const {
    return m_status->text();
}

void CertificatePanel::setDisposal(const std::optional<Disposal>& disposal) {
    m_disposal = disposal;
    m_thumbnails->clear();
    m_status->clear();
    const bool writable = disposal && m_file.session().can(Permission::WritePersonalData, disposal->sectionId);
    const bool open = disposal && disposal->state != DisposalState::Recorded && disposal->state != DisposalState::Cancelled;
    m_attach->setEnabled(writable && open);
    m_addCertificate->setEnabled(writable && disposal->performer == DisposalPerformer::Contractor &&
                                 (disposal->state == DisposalState::HandedToContractor ||
                                  disposal->state == DisposalState::Witnessed ||
                                  disposal->state == DisposalState::CertificateReceived));
    if (!disposal) {
        m_summary->setText(tr("Select a disposal to see its certificates and photos."));
        return;
    }
    QStringList lines;
    for (const DisposalCertificate& c : disposal->certificates)
        lines << tr("Certificate %1 from %2, issued %3, received %4%5")
                     .arg(c.certificateNo, c.issuer, c.issuedOn.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate),
                          c.responsiblePerson.isEmpty() ? QString() : tr(" (responsible: %1)").arg(c.responsiblePerson));
    for (const DisposalWitness& w : disposal->witnesses)
        lines << tr("Witnessed by %1 at %2").arg(w.personName, w.witnessedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const QStringList missing = DisposalService::missingEvidence(*disposal);
    if (!missing.isEmpty() && disposal->state == DisposalState::HandedToContractor)
        lines << tr("No certificate or witness yet: this disposal cannot be verified.");
    if (lines.isEmpty())
        lines << tr("No certificates or witnesses recorded.");
    m_summary->setText(lines.join(QLatin1Char('\n')));

    QList<AttachmentInfo> all = disposal->attachments;
    for (const DisposalCertificate& c : disposal->certificates)
        all += c.attachments;
    for (const AttachmentInfo& a : all) {
        auto* item = new QListWidgetItem(m_thumbnails);
        item->setData(Qt::UserRole, a.id);
        item->setText(a.caption.isEmpty() ? a.fileName : a.caption);
        item->setToolTip(tr("%1\nSHA-256: %2").arg(a.fileName, a.sha256));
        if (a.mediaType == QLatin1String("application/pdf")) {
            item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
            if (a.pageCount > 0)
                item->setText(tr("%1 (PDF, %n page(s))", nullptr, a.pageCount).arg(item->text()));
            continue;
        }
        try {
            const QImage image = QImage::fromData(m_file.disposals().attachmentContent(m_file.session(), a.id));
            if (!image.isNull())
                item->setIcon(QPixmap::fromImage(image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            else
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        } catch (const Error& e) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            m_status->setText(e.message());
        }
    }
}

bool CertificatePanel::attachFile(const QString& path, const QString& caption) {
    if (!m_disposal)
        return false;
    try {
        const QFileInfo info(path);
        if (info.size() > AttachmentFormat::kMaxBytes)
            throw Error(ErrorCode::InvalidArgument,
                        tr("%1 is larger than 20 MB and cannot be attached.").arg(info.fileName()));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::IoError, tr("%1 cannot be read: %2").arg(info.fileName(), f.errorString()));
        const QByteArray bytes = f.read(AttachmentFormat::kMaxBytes + 1);
        std::optional<qint64> certificate;
        if (!m_disposal->certificates.isEmpty())
            certificate = m_disposal->certificates.last().id;
        const AttachmentInfo a =
            m_file.disposals().attach(m_file.session(), m_disposal->id, info.fileName(), bytes, caption, certificate);
        const qint64 id = m_disposal->id;
        Q_EMIT changed(id);
        m_status->setText(tr("Attached %1 (SHA-256 %2).").arg(a.fileName, a.sha256));
        return true;
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
}

void CertificatePanel::chooseAndAttach() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach photo or scan"), QString(),
                                                      tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)"));
    if (!path.isEmpty())
        attachFile(path);
}

void CertificatePanel::addCertificate() {
    if (!m_disposal)
        return;
    auto* dialog = new CertificateDialog(m_file, *m_disposal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_disposal->id;
    connect(dialog, &QDialog::accepted, this, [this, id] { Q_EMIT changed(id); });
    dialog->open();
}

void CertificatePanel::openViewer(QListWidgetItem* item) {
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    try {
        const AttachmentInfo info = m_file.disposals().attachmentInfo(m_file.session(), id);
        auto* viewer = new AttachmentViewer(info, m_file.disposals().attachmentContent(m_file.session(), id), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->open();
    } catch (const Error& e) {
        showError(e.message());
    }
}

void CertificatePanel::showError(const QString& text) {
    m_status->setText(text);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Attachments"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("attachmentErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mamori::ui

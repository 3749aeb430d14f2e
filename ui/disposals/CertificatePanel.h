#pragma once

#include "custody/DisposalService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The evidence of one disposal: its contractors' certificates (number, issuer, dates) and the
// photos and scans attached to it or to them, as thumbnails made in memory from the decrypted
// bytes (each read is journaled by core). Double-clicking one opens the viewer.
class CertificatePanel : public QWidget {
    Q_OBJECT

public:
    explicit CertificatePanel(mamori::CaseFile& file, QWidget* parent = nullptr);

    // Shows `disposal` (none: empty panel).
    void setDisposal(const std::optional<mamori::Disposal>& disposal);
    // Attaches the file at `path` (to the newest certificate when there is one, else to the
    // disposal). False, with the message shown, when core refused it.
    bool attachFile(const QString& path, const QString& caption = {});
    QListWidget* thumbnails() const { return m_thumbnails; }
    QString statusText() const;

Q_SIGNALS:
    // The disposal changed (a certificate or an attachment was added): the list should reload.
    void changed(qint64 disposalId);

public Q_SLOTS:
    void addCertificate();
    void chooseAndAttach();
    void openViewer(QListWidgetItem* item);

private:
    void showError(const QString& text);
    mamori::CaseFile& m_file;
    std::optional<mamori::Disposal> m_disposal;
    QLabel* m_summary = nullptr;
    QListWidget* m_thumbnails = nullptr;
    QPushButton* m_addCertificate = nullptr;
    QPushButton* m_attach = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui

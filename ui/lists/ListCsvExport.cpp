#include "lists/ListCsvExport.h"

#include "lists/CsvWriter.h"
#include "lists/PagedTableModel.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "exporting/ExportGuard.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>

#include <limits>

namespace mamori::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("mamori::ui::ListCsvExport", text);
}

int clampToInt(qint64 n) {
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
}
} // namespace

ListCsvExport::ListCsvExport(CaseFile& file, PagedModelBase& model, QString entity)
    : m_file(file), m_model(model), m_entity(std::move(entity)) {}

int ListCsvExport::threshold() const {
    return ExportGuard(m_file).threshold();
}

bool ListCsvExport::needsReason() const {
    const qint64 total = m_model.totalCount();
    // Unknown size: ask, since the guard may want it.
    return total < 0 || ExportGuard(m_file).needsReason(clampToInt(total));
}

qint64 ListCsvExport::writeTo(const QString& path, const QString& reason) {
    ExportGuard guard(m_file);
    // Refuse before reading 100,000 rows when the answer is known already.
    if (m_model.totalCount() >= 0 && guard.needsReason(clampToInt(m_model.totalCount())) &&
        reason.trimmed().isEmpty())
        guard.recordExport(m_file.session(), m_entity, clampToInt(m_model.totalCount()), reason); // throws
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::IoError, tr("The file %1 could not be created: %2").arg(path, out.errorString()));
    CsvWriter csv(out, m_model.exportHeader());
    m_model.exportRows([&csv](const QStringList& cells) { csv.writeRow(cells); }, kBatch);
    guard.recordExport(m_file.session(), m_entity, clampToInt(csv.rowsWritten()), reason);
    if (!out.commit())
        throw Error(ErrorCode::IoError, tr("The file %1 could not be written: %2").arg(path, out.errorString()));
    return csv.rowsWritten();
}

QString ListCsvExport::run(QWidget* parent, const QString& suggestedName) {
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export as CSV"), suggestedName, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return QString();
    QString reason;
    if (needsReason()) {
        bool ok = false;
        reason = QInputDialog::getText(parent, tr("Reason for the export"),
                                       tr("You are exporting %1 records of personal data. An export of more "
                                          "than %2 records needs a reason; it is kept in the journal.\nReason:")
                                           .arg(m_model.totalCount())
                                           .arg(threshold()),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return tr("Export cancelled.");
    }
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const qint64 written = writeTo(path, reason);
        QGuiApplication::restoreOverrideCursor();
        return tr("%1 records exported to %2.").arg(written).arg(path);
    } catch (const Error& e) {
        QGuiApplication::restoreOverrideCursor();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export as CSV"), e.message(), QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("listExportErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return e.message();
    }
}

} // namespace mamori::ui

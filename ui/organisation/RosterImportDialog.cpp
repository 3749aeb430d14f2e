#include "organisation/RosterImportDialog.h"

#include "common/FieldErrorLabel.h"
#include "organisation/RosterPreviewModel.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
// A roster of a whole city is a few MB; anything far larger is the wrong file, and reading it
// would only freeze the window.
constexpr qint64 kMaxRosterBytes = 64 * 1024 * 1024;
} // namespace

RosterImportDialog::RosterImportDialog(CaseFile& file, QWidget* parent)
    : QDialog(parent), m_file(file) {
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import staff roster"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("rosterPathEdit"));
    m_path->setReadOnly(true);
    auto* browse = new QPushButton(tr("Choose file…"), this);
    browse->setObjectName(QStringLiteral("rosterBrowseButton"));
    m_fileError = new FieldErrorLabel(QStringLiteral("rosterFile"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* fileBox = new QVBoxLayout;
    fileBox->setSpacing(2);
    fileBox->addLayout(fileRow);
    fileBox->addWidget(m_fileError);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("rosterEncodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), static_cast<int>(RosterEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(RosterEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), static_cast<int>(RosterEncoding::Cp932));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("rosterDetectedLabel"));
    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_detected, 1);

    m_allOrNothing = new QCheckBox(tr("Import nothing if any row is refused"), this);
    m_allOrNothing->setObjectName(QStringLiteral("rosterAllOrNothingCheck"));

    auto* form = new QFormLayout;
    // Rows whose field is a layout get a label with a buddy, so that the mnemonic works.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(browse);
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(fileLabel, fileBox);
    form->addRow(encodingLabel, encodingRow);
    form->addRow(QString(), m_allOrNothing);

    m_model = new RosterPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rosterPreviewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("rosterCountsLabel"));
    m_counts->setWordWrap(true);
    m_importError = new FieldErrorLabel(QStringLiteral("rosterImport"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("rosterImportButtons"));
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setText(tr("Import"));
    m_import->setObjectName(QStringLiteral("rosterImportButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_importError);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &RosterImportDialog::browse);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &RosterImportDialog::reparse);
    connect(m_allOrNothing, &QCheckBox::toggled, this, &RosterImportDialog::updateImportButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RosterImportDialog::reject);
    updateImportButton();
    resize(900, 600);
}

void RosterImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose staff roster"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

bool RosterImportDialog::setFilePath(const QString& path) {
    m_path->setText(path);
    m_bytes.clear();
    m_parsed.reset();
    QFile f(path);
    if (f.size() > kMaxRosterBytes) {
        m_fileError->showError(tr("The file is larger than %1 MB: it is not a staff roster.")
                                   .arg(kMaxRosterBytes / (1024 * 1024)));
        showPreview();
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_fileError->showError(tr("The file cannot be read: %1").arg(f.errorString()));
        showPreview();
        return false;
    }
    m_bytes = f.readAll();
    reparse();
    return m_parsed.has_value();
}

void RosterImportDialog::setEncoding(RosterEncoding encoding) {
    m_encoding->setCurrentIndex(m_encoding->findData(static_cast<int>(encoding)));
}

void RosterImportDialog::setAllOrNothing(bool on) {
    m_allOrNothing->setChecked(on);
}

std::optional<RosterEncoding> RosterImportDialog::usedEncoding() const {
    return m_parsed ? std::optional<RosterEncoding>(m_parsed->encoding) : std::nullopt;
}

void RosterImportDialog::reparse() {
    m_fileError->clearError();
    m_importError->clearError();
    m_parsed.reset();
    if (!m_bytes.isEmpty() || !m_path->text().isEmpty()) {
        try {
            m_parsed = RosterCsv::parse(
                m_bytes, static_cast<RosterEncoding>(m_encoding->currentData().toInt()));
            m_preview = RosterImport(m_file).preview(m_file.session(), *m_parsed);
        } catch (const Error& e) {
            m_parsed.reset();
            m_fileError->showError(e.message());
        }
    }
    showPreview();
}

void RosterImportDialog::showPreview() {
    if (!m_parsed) {
        m_preview = {};
        m_model->clear();
        m_detected->clear();
        m_counts->clear();
        updateImportButton();
        return;
    }
    const bool automatic =
        static_cast<RosterEncoding>(m_encoding->currentData().toInt()) == RosterEncoding::Auto;
    const QString name = m_parsed->encoding == RosterEncoding::Cp932 ? tr("Shift_JIS (CP932)")
                                                                     : tr("UTF-8");
    m_detected->setText(automatic ? tr("Detected: %1").arg(name) : tr("Read as %1").arg(name));

    const QSet<QString> newSections(m_preview.newSections.cbegin(), m_preview.newSections.cend());
    QList<RosterPreviewModel::Entry> entries;
    for (const RosterRow& row : m_parsed->rows) {
        RosterPreviewModel::Entry e;
        e.line = row.line;
        e.row = row;
        // Existence only (not journaled as a read): enough to say "update".
        e.outcome = m_file.people().idByStaffNo(row.staffNo)
                        ? RosterPreviewModel::Outcome::Update
                        : RosterPreviewModel::Outcome::Create;
        e.newSection = newSections.contains(row.section);
        entries.append(e);
    }
    for (const RosterRowError& err : m_parsed->errors) {
        RosterPreviewModel::Entry e;
        e.line = err.line;
        e.outcome = RosterPreviewModel::Outcome::Refused;
        e.reason = err.reason;
        e.field = err.field;
        entries.append(e);
    }
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents();
    m_counts->setText(countsText());
    updateImportButton();
}

QString RosterImportDialog::countsText() const {
    if (!m_parsed)
        return {};
    QString text = tr("%1 new, %2 updated, %3 refused.")
                       .arg(m_preview.created)
                       .arg(m_preview.updated)
                       .arg(m_preview.refused.size());
    if (!m_preview.newSections.isEmpty())
        text += QLatin1Char(' ') +
                tr("New sections: %1.").arg(m_preview.newSections.join(tr(", ")));
    return text;
}

QString RosterImportDialog::fileError() const {
    return m_fileError->text();
}

QString RosterImportDialog::importError() const {
    return m_importError->text();
}

void RosterImportDialog::updateImportButton() {
    const bool any = m_parsed && !m_parsed->rows.isEmpty();
    const bool blocked = m_allOrNothing->isChecked() && !m_preview.refused.isEmpty();
    m_import->setEnabled(any && !blocked);
    m_import->setToolTip(blocked ? tr("Rows are refused and \"import nothing\" is ticked.")
                                 : QString());
}

void RosterImportDialog::accept() {
    m_importError->clearError();
    if (!m_parsed || m_parsed->rows.isEmpty()) {
        m_importError->showError(tr("There is nothing to import."));
        return;
    }
    try {
        m_imported =
            RosterImport(m_file).importRows(m_file.session(), *m_parsed, m_allOrNothing->isChecked());
    } catch (const Error& e) {
        m_importError->showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace mamori::ui

#include "disposals/DisposalsView.h"

#include "disposals/CertificatePanel.h"
#include "disposals/DisposalDialog.h"
#include "disposals/DisposalsModel.h"
#include "disposals/DisposalStepDialog.h"
#include "forms/FormPrintButton.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "exporting/ExportGuard.h"
#include "forms/DisposalForms.h"
#include "forms/LabelForms.h"
#include "organisation/SectionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
const QString kEntity = QStringLiteral("disposal");

QByteArray csvField(const QString& s) {
    QString v = s;
    // A leading = + - @ would make a spreadsheet run it as a formula.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v.toUtf8();
}
} // namespace

DisposalsView::DisposalsView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("disposalsView"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Any state"));
    for (DisposalState s : allDisposalStates())
        m_state->addItem(DisposalsModel::stateText(s), disposalStateKey(s));
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionFilter"));
    m_section->addItem(tr("All my sections"));
    const Session::Scope scope = m_file.session().scope(Permission::ReadPersonalData);
    for (const Section& s : m_file.sections().list())
        if (scope.all || scope.sections.contains(s.id))
            m_section->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.id);
    const QDate today = m_file.clock().now().toLocalTime().date();
    m_useFrom = new QCheckBox(tr("From"), this);
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_from = new QDateEdit(today.addMonths(-12), this);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_useTo = new QCheckBox(tr("to"), this);
    m_useTo->setObjectName(QStringLiteral("useTo"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toFilter"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("applyFilterButton"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_section);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(apply);
    filters->addStretch();

    m_model = new DisposalsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("disposalsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DisposalsModel::Planned, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    const auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_new = button(tr("Plan…"), QStringLiteral("newDisposalButton"));
    m_edit = button(tr("Edit…"), QStringLiteral("editDisposalButton"));
    m_approve = button(tr("Approve"), QStringLiteral("approveDisposalButton"));
    m_verify = button(tr("Verify"), QStringLiteral("verifyDisposalButton"));
    m_record = button(tr("Record in ledger"), QStringLiteral("recordDisposalButton"));
    m_step = button(tr("Record destruction…"), QStringLiteral("stepDisposalButton"));
    m_cancel = button(tr("Cancel plan…"), QStringLiteral("cancelDisposalButton"));
    m_print = new FormPrintButton(this);
    m_print->addForm(QStringLiteral("disposal-ledger"), tr("Disposal ledger (廃棄記録簿) of the listed disposals"),
                     [this] { return DisposalForms::disposalLedger(m_file, m_file.session(), filterFromInputs()); });
    m_print->addForm(
        QStringLiteral("disposal-certificate"), tr("Disposal certificate (廃棄・消去証明書) of the selected in-house disposal"),
        [this] { return DisposalForms::disposalCertificate(m_file, m_file.session(), selectedDisposal()->id); },
        [this] {
            const std::optional<Disposal> d = selectedDisposal();
            return d && d->performer == DisposalPerformer::InHouse && d->state != DisposalState::Planned &&
                   d->state != DisposalState::Cancelled;
        });
    m_print->addForm(QStringLiteral("label"), tr("Label of the selected disposal"),
                     [this] { return LabelForms::disposalLabel(m_file, m_file.session(), selectedDisposal()->id); },
                     [this] { return selectedDisposal().has_value(); });
    m_print->addForm(QStringLiteral("labels"), tr("Labels of the listed disposals"),
                     [this] { return LabelForms::disposalLabels(m_file, m_file.session(), filterFromInputs()); });
    m_export = button(tr("Export CSV…"), QStringLiteral("exportDisposalsButton"));
    m_new->setEnabled(!m_file.session().scope(Permission::WritePersonalData).isEmpty());
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_approve, m_step, m_verify, m_record, m_cancel})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_print);
    actions->addWidget(m_export);

    m_panel = new CertificatePanel(m_file, this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("disposalsStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    connect(apply, &QPushButton::clicked, this, &DisposalsView::reload);
    connect(m_new, &QPushButton::clicked, this, &DisposalsView::newDisposal);
    connect(m_edit, &QPushButton::clicked, this, &DisposalsView::editSelected);
    connect(m_approve, &QPushButton::clicked, this, &DisposalsView::approveSelected);
    connect(m_verify, &QPushButton::clicked, this, &DisposalsView::verifySelected);
    connect(m_record, &QPushButton::clicked, this, &DisposalsView::recordSelected);
    connect(m_step, &QPushButton::clicked, this, &DisposalsView::openNextStep);
    connect(m_cancel, &QPushButton::clicked, this, &DisposalsView::cancelSelected);
    connect(m_export, &QPushButton::clicked, this, &DisposalsView::exportCsv);
    connect(m_table, &QTableView::doubleClicked, this, &DisposalsView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DisposalsView::selectionChanged);
    connect(m_panel, &CertificatePanel::changed, this, [this](qint64 id) {
        reload();
        select(id);
    });
    selectionChanged();
}

void DisposalsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

DisposalFilter DisposalsView::filterFromInputs() const {
    DisposalFilter f;
    if (m_state->currentIndex() > 0)
        f.state = disposalStateFromKey(m_state->currentData().toString());
    if (m_section->currentIndex() > 0)
        f.sectionId = m_section->currentData().toLongLong();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    return f;
}

void DisposalsView::showPeriod(const QDate& from, const QDate& to) {
    m_state->setCurrentIndex(0);
    m_section->setCurrentIndex(0);
    m_useFrom->setChecked(true);
    m_from->setDate(from);
    m_useTo->setChecked(true);
    m_to->setDate(to);
    reload();
}

bool DisposalsView::showDisposal(qint64 id) {
    try {
        showDisposal(m_file.disposals().get(m_file.session(), id));
    } catch (const Error& e) {
        setStatus(e.message());
        return false;
    }
    const std::optional<Disposal> d = selectedDisposal();
    return d && d->id == id;
}

void DisposalsView::reload() {
    m_loaded = true;
    try {
        QHash<qint64, QString> names;
        for (const Section& s : m_file.sections().list())
            names.insert(s.id, s.name);
        m_model->setDisposals(m_file.disposals().list(m_file.session(), filterFromInputs()), names);
        setStatus(tr("%n disposal(s).", nullptr, m_model->rowCount()));
    } catch (const Error& e) {
        m_model->setDisposals({}, {});
        setStatus(e.message());
    }
    selectionChanged();
}

std::optional<Disposal> DisposalsView::selectedDisposal() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->disposalAt(m_proxy->mapToSource(rows.first()).row());
}

void DisposalsView::select(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void DisposalsView::selectionChanged() {
    const std::optional<Disposal> d = selectedDisposal();
    const Session& s = m_file.session();
    const bool write = d && s.can(Permission::WritePersonalData, d->sectionId);
    const bool manager = d && s.roles().contains(RoleAssignment{Role::UnitManager, d->sectionId});
    m_edit->setEnabled(write && d->state == DisposalState::Planned);
    m_approve->setEnabled(manager && d->state == DisposalState::Planned);
    m_verify->setEnabled(manager && (d->state == DisposalState::ExecutedInHouse || d->state == DisposalState::HandedToContractor ||
                                     d->state == DisposalState::Witnessed || d->state == DisposalState::CertificateReceived));
    m_record->setEnabled(write && d->state == DisposalState::Verified);
    // The button names the step that comes next: destroyed in-house, handed over, or a witness.
    using Step = DisposalStepDialog::Step;
    const std::optional<Step> step = d ? DisposalStepDialog::nextStep(*d) : std::nullopt;
    const Step next = step.value_or(Step::Executed);
    m_step->setEnabled(write && step.has_value());
    m_step->setText(next == Step::Executed ? tr("Record destruction…")
                    : next == Step::HandedOver ? tr("Record hand-over…")
                                               : tr("Add witness…"));
    m_cancel->setEnabled(write && (d->state == DisposalState::Planned || d->state == DisposalState::Approved));
    m_print->refresh();
    m_panel->setDisposal(d);
}

void DisposalsView::newDisposal() {
    auto* dialog = new DisposalDialog(m_file, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        select(dialog->saved().id);
    });
    dialog->open();
}

void DisposalsView::editSelected() {
    const std::optional<Disposal> d = selectedDisposal();
    if (!d || d->state != DisposalState::Planned)
        return;
    auto* dialog = new DisposalDialog(m_file, d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        select(dialog->saved().id);
    });
    dialog->open();
}

bool DisposalsView::runStep(const std::function<Disposal(qint64)>& step) {
    const std::optional<Disposal> d = selectedDisposal();
    if (!d)
        return false;
    try {
        const Disposal after = step(d->id);
        reload();
        select(after.id);
        setStatus(tr("%1 is now: %2.").arg(after.controlNo, DisposalsModel::stateText(after.state)));
        return true;
    } catch (const Error& e) {
        setStatus(e.message());
        showMessage(e.message());
        return false;
    }
}

void DisposalsView::approveSelected() {
    runStep([this](qint64 id) { return m_file.disposals().approve(m_file.session(), id); });
}

void DisposalsView::verifySelected() {
    runStep([this](qint64 id) { return m_file.disposals().verify(m_file.session(), id); });
}

void DisposalsView::recordSelected() {
    runStep([this](qint64 id) { return m_file.disposals().record(m_file.session(), id); });
}

void DisposalsView::showDisposal(const Disposal& d) {
    // Whatever the filter was, list the day it is planned for so that its row is there to select.
    showPeriod(d.plannedOn, d.plannedOn);
    select(d.id);
}

DisposalStepDialog* DisposalsView::openNextStep() {
    const std::optional<Disposal> d = selectedDisposal();
    const std::optional<DisposalStepDialog::Step> next = d ? DisposalStepDialog::nextStep(*d) : std::nullopt;
    if (!next)
        return nullptr;
    auto* dialog = new DisposalStepDialog(m_file, *d, *next, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Disposal after = dialog->saved();
        reload();
        select(after.id);
        setStatus(tr("%1 is now: %2.").arg(after.controlNo, DisposalsModel::stateText(after.state)));
    });
    dialog->open();
    return dialog;
}

void DisposalsView::cancelSelected() {
    const std::optional<Disposal> d = selectedDisposal();
    if (!d)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel the disposal plan"),
                                                 tr("Why is %1 cancelled? (kept in the ledger)").arg(d->controlNo),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        cancelWithReason(reason);
}

bool DisposalsView::cancelWithReason(const QString& reason) {
    return runStep([this, &reason](qint64 id) { return m_file.disposals().cancel(m_file.session(), id, reason); });
}

void DisposalsView::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export disposals as CSV"), QStringLiteral("disposals.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const int count = m_model->rowCount();
    ExportGuard guard(m_file);
    QString reason;
    if (guard.needsReason(count)) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reason for the export"),
                                       tr("You are exporting %1 disposal records. An export of more than %2 records "
                                          "needs a reason on record.\nReason:")
                                           .arg(count)
                                           .arg(guard.threshold()),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            setStatus(tr("Export cancelled."));
            return;
        }
    }
    exportCsvTo(path, reason);
}

bool DisposalsView::exportCsvTo(const QString& path, const QString& reason) {
    try {
        const Session& actor = m_file.session();
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            throw Error(ErrorCode::IoError, tr("The file %1 could not be created: %2").arg(path, out.errorString()));
        QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF"); // BOM: Excel in Japan reads UTF-8 only with it
        QStringList header;
        for (int c = 0; c < DisposalsModel::ColumnCount; ++c)
            header << m_model->headerData(c, Qt::Horizontal).toString();
        header << tr("Description") << tr("Serial numbers") << tr("Quantity") << tr("Records") << tr("Certificate numbers");
        const auto line = [&csv](const QStringList& fields) {
            QList<QByteArray> cells;
            for (const QString& f : fields)
                cells << csvField(f);
            csv += cells.join(',') + "\r\n";
        };
        line(header);
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
            const Disposal& d = m_model->disposalAt(source);
            QStringList fields;
            for (int c = 0; c < DisposalsModel::ColumnCount; ++c)
                fields << m_model->data(m_model->index(source, c)).toString();
            QStringList certs;
            for (const DisposalCertificate& c : d.certificates)
                certs << c.certificateNo;
            fields << d.description << d.serialNos.join(QLatin1Char(' ')) << QString::number(d.quantity)
                   << QString::number(d.recordCount) << certs.join(QLatin1Char(' '));
            line(fields);
        }
        if (out.write(csv) != csv.size())
            throw Error(ErrorCode::IoError, tr("The file %1 could not be written: %2").arg(path, out.errorString()));
        // On record before the file appears: a refused export (no reason) leaves nothing behind.
        ExportGuard(m_file).recordExport(actor, kEntity, m_proxy->rowCount(), reason);
        if (!out.commit())
            throw Error(ErrorCode::IoError, tr("The file %1 could not be written: %2").arg(path, out.errorString()));
        setStatus(tr("%1 disposal records exported to %2.").arg(m_proxy->rowCount()).arg(path));
        return true;
    } catch (const Error& e) {
        setStatus(e.message());
        showMessage(e.message());
        return false;
    }
}

QString DisposalsView::statusText() const {
    return m_status->text();
}

void DisposalsView::setStatus(const QString& text) {
    m_status->setText(text);
}

void DisposalsView::showMessage(const QString& text) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Disposals"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("disposalsErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mamori::ui

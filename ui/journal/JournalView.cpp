#include "journal/JournalView.h"

#include "journal/JournalActionLabels.h"
#include "journal/JournalCsvWriter.h"
#include "journal/JournalModel.h"

#include "accounts/Permission.h"
#include "casefile/CaseFile.h"
#include "casefile/KeySlotFile.h"
#include "common/Error.h"
#include "exporting/ExportGuard.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace mamori::ui {

namespace {
const QString kEntity = QStringLiteral("journal");
// The earliest date a filter can name; shown as "Any" (the date edits' special value).
const QDate kAnyDate(2000, 1, 1);

// A wait cursor over the calls that read the whole journal.
struct WaitCursor {
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QDateEdit* anyDateEdit(const QString& objectName, const QString& anyText, QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(anyText);
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

JournalView::JournalView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("journalView"));
    auto* layout = new QVBoxLayout(this);
    if (!file.session().can(Permission::ViewJournal)) {
        auto* denied = new QLabel(tr("Your account may not view the journal."), this);
        denied->setObjectName(QStringLiteral("journalNoPermissionLabel"));
        denied->setAlignment(Qt::AlignCenter);
        layout->addWidget(denied);
        return;
    }

    auto* bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    m_model = new JournalModel(file, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Fixed widths: ResizeToContents would measure every loaded row on each fetch.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(JournalModel::Seq, fm.horizontalAdvance(QStringLiteral("00000000")) + em);
    header->resizeSection(JournalModel::At,
                          fm.horizontalAdvance(QStringLiteral("令和00年00月00日 00時00分")) + em);
    header->resizeSection(JournalModel::Login, em * 8);
    header->resizeSection(JournalModel::Action, em * 6);
    header->resizeSection(JournalModel::Entity, em * 8);
    header->resizeSection(JournalModel::EntityId, em * 6);
    layout->addWidget(m_table, 1);
    connect(m_model, &JournalModel::loadFailed, this, [this](const QString& message) {
        showMessage(QStringLiteral("journalErrorBox"), tr("Journal"), message, true);
    });

    auto* actions = new QHBoxLayout;
    m_verify = new QPushButton(tr("Verify journal"), this);
    m_verify->setObjectName(QStringLiteral("verifyJournalButton"));
    m_verify->setToolTip(
        tr("Recompute the hash chain of every entry to detect altered or deleted entries."));
    m_verify->setEnabled(file.session().can(Permission::VerifyJournal));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportJournalButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_verify);
    actions->addWidget(m_export);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);
    connect(m_verify, &QPushButton::clicked, this, &JournalView::verifyJournal);
    connect(m_export, &QPushButton::clicked, this, &JournalView::exportCsv);
}

void JournalView::buildFilterBar(QWidget* bar) {
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const QString any = tr("Any");

    m_login = new QLineEdit(bar);
    m_login->setObjectName(QStringLiteral("journalLoginFilter"));
    m_login->setPlaceholderText(any);
    m_login->setClearButtonEnabled(true);
    m_action = new QComboBox(bar);
    m_action->setObjectName(QStringLiteral("journalActionFilter"));
    m_action->addItem(any, QString());
    for (const QString& action : JournalActionLabels::knownActions())
        m_action->addItem(JournalActionLabels::label(action), action);
    m_entity = new QLineEdit(bar);
    m_entity->setObjectName(QStringLiteral("journalEntityFilter"));
    m_entity->setPlaceholderText(any);
    m_entity->setClearButtonEnabled(true);
    m_from = anyDateEdit(QStringLiteral("journalFromDate"), any, bar);
    m_to = anyDateEdit(QStringLiteral("journalToDate"), any, bar);
    auto* apply = new QPushButton(tr("Apply"), bar);
    apply->setObjectName(QStringLiteral("journalApplyButton"));
    apply->setDefault(true);
    auto* clear = new QPushButton(tr("Clear"), bar);
    clear->setObjectName(QStringLiteral("journalClearButton"));

    auto labelled = [bar, row](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, bar);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
    };
    labelled(tr("&Login:"), m_login);
    labelled(tr("&Action:"), m_action);
    labelled(tr("&Record type:"), m_entity);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    row->addWidget(apply);
    row->addWidget(clear);
    row->addStretch();

    connect(apply, &QPushButton::clicked, this, &JournalView::applyFilter);
    connect(clear, &QPushButton::clicked, this, &JournalView::clearFilter);
    connect(m_login, &QLineEdit::returnPressed, this, &JournalView::applyFilter);
    connect(m_entity, &QLineEdit::returnPressed, this, &JournalView::applyFilter);
}

void JournalView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_model && !event->spontaneous() && m_shownOnce)
        m_model->reload();
    m_shownOnce = true;
}

JournalFilter JournalView::filterFromInputs() const {
    JournalFilter f;
    if (!m_login)
        return f;
    f.login = normaliseLogin(m_login->text());
    f.action = m_action->currentData().toString();
    f.entity = m_entity->text().trimmed();
    // The journal stores UTC; the officer thinks in local days.
    if (m_from->date() != kAnyDate)
        f.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date() != kAnyDate)
        f.to = QDateTime(m_to->date(), QTime(23, 59, 59, 999)).toUTC();
    return f;
}

QString JournalView::statusText() const {
    return m_status ? m_status->text() : QString();
}

void JournalView::applyFilter() {
    if (!m_model)
        return;
    const JournalFilter f = filterFromInputs();
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        setStatus(tr("The start date is after the end date."));
        return;
    }
    WaitCursor wait; // a filter that matches little may scan far back
    m_model->setFilter(f);
    setStatus(f.isEmpty() ? QString() : tr("Filtered."));
}

void JournalView::clearFilter() {
    if (!m_model)
        return;
    m_login->clear();
    m_action->setCurrentIndex(0);
    m_entity->clear();
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_model->setFilter({});
    setStatus(QString());
}

void JournalView::verifyJournal() {
    try {
        const Session& actor = m_file.session();
        m_file.require(actor, Permission::VerifyJournal, std::nullopt, kEntity);
        VerifyResult r;
        {
            WaitCursor wait;
            r = m_file.journal().verify();
        }
        QString text;
        QString summary;
        if (r.ok) {
            text = tr("The journal is intact: %1 entries checked.\nHead hash: %2")
                       .arg(r.checked)
                       .arg(Journal::shortHash(r.headHash));
            summary = QStringLiteral("verified %1 entries: ok").arg(r.checked);
        } else {
            QStringList parts;
            if (r.firstBrokenSeq > 0)
                parts << tr("The journal is broken at entry No. %1: that entry or one before it "
                            "was altered, or "
                            "entries were deleted.")
                             .arg(r.firstBrokenSeq);
            if (r.integrity != QLatin1String("ok"))
                parts << tr("The database integrity check reported: %1").arg(r.integrity);
            text = parts.join(QLatin1Char('\n'));
            summary = QStringLiteral("verified %1 entries: broken at %2; integrity %3")
                          .arg(r.checked)
                          .arg(r.firstBrokenSeq)
                          .arg(r.integrity);
        }
        // Checking the journal is itself on record (who checked, when, with what result).
        Transaction tx(m_file.db());
        m_file.journal().append(actor, JournalAction::Verify, kEntity, QString(), summary);
        tx.commit();
        if (m_model)
            m_model->reload();
        setStatus(text);
        showMessage(QStringLiteral("journalVerifyResult"), tr("Verify journal"), text, !r.ok);
    } catch (const Error& e) {
        setStatus(e.message());
        showMessage(QStringLiteral("journalErrorBox"), tr("Verify journal"), e.message(), true);
    }
}

void JournalView::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export journal as CSV"), QStringLiteral("journal.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvImpl(path, QString(), true);
}

bool JournalView::exportCsvTo(const QString& path, const QString& reason) {
    return exportCsvImpl(path, reason, false);
}

bool JournalView::exportCsvImpl(const QString& path, QString reason, bool askForReason) {
    try {
        const Session& actor = m_file.session();
        m_file.require(actor, Permission::ViewJournal, std::nullopt, kEntity);
        // Written to a temporary file that is renamed into place only once the export is on
        // record: a refused or failed export leaves nothing behind.
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            throw Error(ErrorCode::IoError,
                        tr("The file %1 could not be created: %2").arg(path, out.errorString()));
        qint64 written = 0;
        {
            WaitCursor wait;
            written = JournalCsvWriter::write(m_file.journal(),
                                              m_model ? m_model->filter() : JournalFilter(), out);
        }
        const int count =
            static_cast<int>(std::min<qint64>(written, std::numeric_limits<int>::max()));
        // Journal entries hold no personal data (field names and ids only), but the guard's rule
        // is about how many records leave the system, so large exports still need a reason.
        ExportGuard guard(m_file);
        if (askForReason && guard.needsReason(count) && reason.trimmed().isEmpty()) {
            bool ok = false;
            reason = QInputDialog::getText(
                this, tr("Reason for the export"),
                tr("You are exporting %1 journal entries. Journal entries hold no personal data, "
                   "but an "
                   "export of more than %2 records needs a reason on record.\nReason:")
                    .arg(count)
                    .arg(guard.threshold()),
                QLineEdit::Normal, QString(), &ok);
            if (!ok) {
                setStatus(tr("Export cancelled."));
                return false;
            }
        }
        guard.recordExport(actor, kEntity, count, reason);
        if (!out.commit())
            throw Error(ErrorCode::IoError,
                        tr("The file %1 could not be written: %2").arg(path, out.errorString()));
        if (m_model)
            m_model->reload();
        setStatus(tr("%1 journal entries exported to %2.").arg(written).arg(path));
        return true;
    } catch (const Error& e) {
        setStatus(e.message());
        showMessage(QStringLiteral("journalErrorBox"), tr("Export journal"), e.message(), true);
        return false;
    }
}

void JournalView::showMessage(const QString& objectName, const QString& title, const QString& text,
                              bool warning) {
    // Window-modal and non-blocking (open(), not exec()): the event loop keeps running, the
    // auto-lock can close it, and tests find it by object name.
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void JournalView::setStatus(const QString& text) {
    if (m_status)
        m_status->setText(text);
}

} // namespace mamori::ui

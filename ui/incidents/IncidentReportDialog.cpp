#include "incidents/IncidentReportDialog.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldWithError.h"
#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

IncidentReportDialog::IncidentReportDialog(CaseFile& file, QWidget* parent) : QDialog(parent), m_file(file) {
    setObjectName(QStringLiteral("incidentReportDialog"));
    setWindowTitle(tr("Report a leak incident"));
    auto* intro = new QLabel(tr("Report at once whenever personal data may have leaked, been lost or damaged, "
                                "even if you are not sure yet. The section's protection manager takes it from "
                                "here."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto row = [this, form](const QString& label, QWidget* input, const QString& field, const QString& name) {
        input->setObjectName(name);
        form->addRow(label, fieldWithError(input, m_errors.add(field, new FieldErrorLabel(name, this)), this));
    };
    const IncidentNames names = IncidentNames::load(file);
    m_section = new QComboBox(this);
    for (const mamori::Section& s : names.sections)
        m_section->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.id);
    // The reporter's own section first: most leaks are noticed where the data is handled.
    for (const RoleAssignment& r : file.session().roles())
        if (r.sectionId) {
            m_section->setCurrentIndex(qMax(0, m_section->findData(*r.sectionId)));
            break;
        }
    row(tr("&Section whose data is concerned:"), m_section, QStringLiteral("section"), QStringLiteral("reportSection"));
    const QDateTime now = file.clock().now().toLocalTime();
    m_awareAt = makeDateTimeEdit(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())), this);
    row(tr("&Became aware on:"), m_awareAt, QStringLiteral("aware_at"), QStringLiteral("reportAwareAt"));
    m_awarePerson = new QComboBox(this);
    fillPeople(m_awarePerson, names, tr("(me, or not named)"));
    row(tr("&Who became aware:"), m_awarePerson, QStringLiteral("aware_person"), QStringLiteral("reportAwarePerson"));
    m_summary = makeTextBox(5, this);
    m_summary->setPlaceholderText(tr("What happened, where, and which data (no personal data itself)"));
    row(tr("What &happened:"), m_summary, QStringLiteral("summary"), QStringLiteral("reportSummary"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("Report"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("reportSubmitButton"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentReportDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

IncidentReport IncidentReportDialog::draft() const {
    IncidentReport r;
    r.sectionId = m_section->currentData().toLongLong();
    r.awareAt = m_awareAt->dateTime();
    if (m_awarePerson->currentData().isValid())
        r.awarePerson = m_awarePerson->currentData().toLongLong();
    r.summary = m_summary->toPlainText();
    return r;
}

void IncidentReportDialog::submit() {
    m_errors.clear();
    try {
        m_created = IncidentService(m_file).report(m_file.session(), draft());
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("reportErrorBox"));
        // A window does not grow by itself for wrapped lines (height-for-width): make room for
        // the message rather than let it cover the input.
        layout()->activate();
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
        return;
    }
    Q_EMIT reported(m_created);
    accept();
}

} // namespace mamori::ui

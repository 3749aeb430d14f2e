#include "incidents/NoticesPage.h"

#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"
#include "incidents/IncidentLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::ui {

NoticesPage::NoticesPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("noticesPage"));
    m_table = makeTable({tr("Kind"), tr("Group"), tr("Persons"), tr("How"), tr("When"), tr("By"),
                         tr("Number-change guidance"), tr("Description")},
                        QStringLiteral("noticesTable"));
    auto* box = new QGroupBox(tr("Record a notice or a substitute measure"), this);
    m_inputs = box;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_kind = new QComboBox(box);
    for (NoticeKind k : {NoticeKind::Notice, NoticeKind::Substitute})
        m_kind->addItem(IncidentLabels::noticeKind(k), noticeKindKey(k));
    addRow(form, tr("&Kind:"), m_kind, QStringLiteral("kind"), QStringLiteral("noticeKind"));
    m_group = new QLineEdit(box);
    m_group->setMaxLength(200);
    m_group->setPlaceholderText(tr("e.g. recipients of the 2025 child allowance"));
    addRow(form, tr("&Group:"), m_group, QStringLiteral("group"), QStringLiteral("noticeGroup"));
    m_persons = new QSpinBox(box);
    m_persons->setRange(0, 100000000);
    m_persons->setGroupSeparatorShown(true);
    addRow(form, tr("&Persons:"), m_persons, QStringLiteral("persons"), QStringLiteral("noticePersons"));
    m_method = new QComboBox(box);
    for (ContactMethod m : allContactMethods())
        m_method->addItem(IncidentLabels::contactMethod(m), contactMethodKey(m));
    m_method->setCurrentIndex(m_method->findData(contactMethodKey(ContactMethod::Post)));
    addRow(form, tr("&How:"), m_method, QStringLiteral("method"), QStringLiteral("noticeMethod"));
    m_notifiedAt = makeDateTimeEdit(m_ctx.nowToTheMinute(), box);
    addRow(form, tr("&When:"), m_notifiedAt, QStringLiteral("notified_at"), QStringLiteral("noticeNotifiedAt"));
    m_by = new QComboBox(box);
    fillPeople(m_by, m_ctx.names, tr("(not named)"));
    addRow(form, tr("&By:"), m_by, QStringLiteral("notified_by"), QStringLiteral("noticeBy"));
    m_numberChange = new QCheckBox(tr("The notice explains how to ask for a new My Number"), box);
    m_numberChange->setObjectName(QStringLiteral("noticeNumberChange"));
    form->addRow(QString(), m_numberChange);
    m_description = makeTextBox(2, box);
    addRow(form, tr("&Description:"), m_description, QStringLiteral("description"),
           QStringLiteral("noticeDescription"));
    m_add = new QPushButton(tr("Record"), this);
    m_add->setObjectName(QStringLiteral("addNoticeButton"));
    form->addRow(QString(), m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticesPage::kindChanged);
    connect(m_add, &QPushButton::clicked, this, &NoticesPage::addNotice);
    kindChanged();
}

void NoticesPage::kindChanged() {
    const bool notice = m_kind->currentData().toString() == noticeKindKey(NoticeKind::Notice);
    m_method->setEnabled(notice);
    m_numberChange->setEnabled(notice && m_myNumber);
    m_description->setPlaceholderText(notice ? tr("Remarks (optional)")
                                             : tr("The substitute measure: e.g. published on the city's website, "
                                                  "inquiry desk at the section"));
}

void NoticesPage::setIncident(const Incident& i, const IncidentActions& can) {
    m_id = i.id;
    m_myNumber = i.details.myNumber;
    QList<QStringList> rows;
    for (const IndividualNotice& n : i.notices)
        rows << QStringList{IncidentLabels::noticeKind(n.kind), n.groupLabel, QString::number(n.persons),
                            n.method ? IncidentLabels::contactMethod(*n.method) : QString(), m_ctx.dateTime(n.notifiedAt),
                            m_ctx.names.person(n.notifiedBy), n.numberChangeGuidance ? tr("included") : QString(),
                            n.description};
    setRows(m_table, rows);
    m_inputs->setEnabled(can.recordNotice);
    m_add->setEnabled(can.recordNotice);
    // My Number cases: the guidance belongs in every notice, so it starts ticked.
    m_numberChange->setChecked(m_myNumber);
    kindChanged();
}

IndividualNotice NoticesPage::draft() const {
    IndividualNotice n;
    n.kind = m_kind->currentData().toString() == noticeKindKey(NoticeKind::Notice) ? NoticeKind::Notice
                                                                                   : NoticeKind::Substitute;
    n.groupLabel = m_group->text();
    n.persons = m_persons->value();
    if (n.kind == NoticeKind::Notice)
        n.method = contactMethodFromKey(m_method->currentData().toString());
    n.notifiedAt = m_notifiedAt->dateTime();
    if (m_by->currentData().isValid())
        n.notifiedBy = m_by->currentData().toLongLong();
    n.numberChangeGuidance = n.kind == NoticeKind::Notice && m_numberChange->isChecked();
    n.description = m_description->toPlainText();
    return n;
}

void NoticesPage::addNotice() {
    const IndividualNotice n = draft();
    if (apply([&] { return m_ctx.service.addNotice(m_ctx.session(), m_id, n); })) {
        m_group->clear();
        m_persons->setValue(0);
        m_description->clear();
    }
}

} // namespace mamori::ui

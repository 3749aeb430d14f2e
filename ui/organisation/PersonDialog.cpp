#include "organisation/PersonDialog.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldWithError.h"
#include "organisation/HandlerRow.h"
#include "organisation/PersonRoleRow.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
const QString kStaffNo = QStringLiteral("staff_no");
const QString kName = QStringLiteral("name");
const QString kKana = QStringLiteral("kana");
const QString kSection = QStringLiteral("section");
const QString kEmployment = QStringLiteral("employment");
const QString kEmail = QStringLiteral("email");
const QString kErrorBox = QStringLiteral("personDialogErrorBox");
} // namespace

PersonDialog::PersonDialog(CaseFile& file, std::optional<qint64> personId, QWidget* parent)
    : QDialog(parent), m_file(file), m_id(personId) {
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(personId ? tr("Edit person") : tr("Add person"));
    m_titles = file.accounts().titles();
    m_sections = file.sections().list();
    for (const QString& f : {kStaffNo, kName, kKana, kSection, kEmployment, kEmail})
        m_errors.add(f, new FieldErrorLabel(f, this));

    m_staffNo = new QLineEdit(this);
    m_staffNo->setObjectName(QStringLiteral("staffNoEdit"));
    m_staffNo->setMaxLength(20);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(100);
    m_kana = new QLineEdit(this);
    m_kana->setObjectName(QStringLiteral("kanaEdit"));
    m_kana->setMaxLength(100);
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    m_section->setPlaceholderText(tr("(choose a section)"));
    for (const Section& s : m_sections)
        m_section->addItem(tr("%1 %2").arg(s.code, s.name), s.id);
    m_section->setCurrentIndex(-1);
    m_employment = new QComboBox(this);
    m_employment->setObjectName(QStringLiteral("employmentCombo"));
    for (EmploymentType t : allEmploymentTypes())
        m_employment->addItem(employmentLabel(t), static_cast<int>(t));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setMaxLength(254);

    auto* form = new QFormLayout;
    form->addRow(tr("S&taff number:"), fieldWithError(m_staffNo, m_errors.label(kStaffNo), this));
    form->addRow(tr("&Name:"), fieldWithError(m_name, m_errors.label(kName), this));
    form->addRow(tr("&Kana:"), fieldWithError(m_kana, m_errors.label(kKana), this));
    form->addRow(tr("&Section:"), fieldWithError(m_section, m_errors.label(kSection), this));
    form->addRow(tr("&Employment:"),
                 fieldWithError(m_employment, m_errors.label(kEmployment), this));
    form->addRow(tr("&E-mail:"), fieldWithError(m_email, m_errors.label(kEmail), this));

    auto* inner = new QWidget(this);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(form);
    innerLayout->addWidget(buildRolesBox());
    innerLayout->addWidget(buildHandlersBox());
    innerLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("personDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(personId ? tr("Save") : tr("Add person"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    connect(m_section, &QComboBox::currentIndexChanged, this, [this] {
        for (PersonRoleRow* row : m_roleRows)
            row->setDefaultSection(chosenSection());
        for (HandlerRow* row : m_handlerRows)
            row->setDefaultSection(chosenSection());
    });
    if (personId)
        load(*personId);
    resize(760, 660);
}

QDate PersonDialog::today() const {
    return m_file.clock().now().toLocalTime().date();
}

QWidget* PersonDialog::buildRolesBox() {
    auto* box = new QGroupBox(tr("Role assignments"), this);
    box->setObjectName(QStringLiteral("rolesBox"));
    auto* v = new QVBoxLayout(box);
    m_existingRolesLayout = new QVBoxLayout;
    m_roleRowsLayout = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add role"), box);
    add->setObjectName(QStringLiteral("addRoleButton"));
    v->addLayout(m_existingRolesLayout);
    v->addLayout(m_roleRowsLayout);
    v->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] { addRoleRow(); });
    return box;
}

QWidget* PersonDialog::buildHandlersBox() {
    auto* box = new QGroupBox(tr("Designated handler (事務取扱担当者)"), this);
    box->setObjectName(QStringLiteral("handlersBox"));
    auto* v = new QVBoxLayout(box);
    m_handlerRowsLayout = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add designation"), box);
    add->setObjectName(QStringLiteral("addHandlerButton"));
    add->setEnabled(!m_sections.isEmpty());
    v->addLayout(m_handlerRowsLayout);
    v->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] { addHandlerRow(); });
    return box;
}

void PersonDialog::load(qint64 id) {
    PersonService& people = m_file.people();
    const Session& s = m_file.session();
    m_loaded = people.get(s, id);
    m_staffNo->setText(m_loaded.staffNo);
    m_name->setText(m_loaded.name);
    m_kana->setText(m_loaded.kana);
    m_section->setCurrentIndex(m_section->findData(m_loaded.sectionId));
    m_employment->setCurrentIndex(m_employment->findData(static_cast<int>(m_loaded.employment)));
    m_email->setText(m_loaded.email);

    QMap<qint64, QString> sectionNames;
    for (const Section& sec : m_sections)
        sectionNames.insert(sec.id, sec.name);
    m_existingRoles = people.roles(s, id);
    for (const PersonRole& r : m_existingRoles) {
        QString title = RoleTitles::titleOr(m_titles, r.role);
        if (r.sectionId)
            title = tr("%1 (%2)").arg(title, sectionNames.value(*r.sectionId));
        const QString period =
            r.endsOn ? tr("%1 to %2").arg(r.startsOn.toString(Qt::ISODate),
                                          r.endsOn->toString(Qt::ISODate))
                     : tr("from %1").arg(r.startsOn.toString(Qt::ISODate));
        auto* label = new QLabel(tr("%1, %2").arg(title, period), this);
        label->setObjectName(QStringLiteral("existingRoleLabel"));
        m_existingRolesLayout->addWidget(label);
    }
    for (const DesignatedHandler& h : people.handlers(s)) {
        if (h.personId != id)
            continue;
        auto* row = new HandlerRow(m_sections, h, today(), this);
        m_handlerRowsLayout->addWidget(row);
        m_handlerRows.append(row);
    }
}

PersonRoleRow* PersonDialog::addRoleRow() {
    auto* row = new PersonRoleRow(m_titles, m_sections, today(), this);
    row->setDefaultSection(chosenSection());
    m_roleRowsLayout->addWidget(row);
    m_roleRows.append(row);
    connect(row, &PersonRoleRow::removeRequested, this, [this](PersonRoleRow* r) {
        m_roleRows.removeOne(r);
        r->deleteLater();
    });
    return row;
}

HandlerRow* PersonDialog::addHandlerRow() {
    auto* row = new HandlerRow(m_sections, today(), this);
    row->setDefaultSection(chosenSection());
    m_handlerRowsLayout->addWidget(row);
    m_handlerRows.append(row);
    connect(row, &HandlerRow::removeRequested, this, [this](HandlerRow* r) {
        m_handlerRows.removeOne(r);
        r->deleteLater();
    });
    return row;
}

std::optional<qint64> PersonDialog::chosenSection() const {
    const QVariant v = m_section->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

Person PersonDialog::person() const {
    Person p = m_loaded;
    p.staffNo = m_staffNo->text().trimmed();
    p.name = m_name->text().trimmed();
    p.kana = m_kana->text().trimmed();
    p.sectionId = chosenSection().value_or(0);
    p.employment = static_cast<EmploymentType>(m_employment->currentData().toInt());
    p.email = m_email->text().trimmed();
    return p;
}

void PersonDialog::accept() {
    m_errors.clear();
    for (PersonRoleRow* row : m_roleRows)
        row->clearError();
    for (HandlerRow* row : m_handlerRows)
        row->clearError();
    // The fields core can check without writing, before anything is sent.
    const Person p = person();
    bool ok = true;
    if (!chosenSection()) {
        m_errors.show(kSection, tr("Choose the person's section."));
        ok = false;
    }
    try {
        PersonService::validateFields(p);
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, kErrorBox);
        ok = false;
    }
    if (ok)
        save();
}

void PersonDialog::save() {
    const Person p = person();
    PersonService& people = m_file.people();
    const Session& s = m_file.session();
    // Which row core was busy with when it refused, to show the message there.
    PersonRoleRow* roleAt = nullptr;
    HandlerRow* handlerAt = nullptr;
    try {
        // One transaction: the services join it, and a refusal anywhere rolls all of it back.
        Transaction tx(m_file.db());
        const Person saved = m_id ? people.update(s, p) : people.add(s, p);
        for (PersonRoleRow* row : std::as_const(m_roleRows)) {
            roleAt = row;
            const RoleAssignment a = row->assignment();
            people.assignRole(s, saved.id, a.role, a.sectionId, row->startsOn(), row->endsOn());
        }
        roleAt = nullptr;
        for (HandlerRow* row : std::as_const(m_handlerRows)) {
            handlerAt = row;
            if (row->isNew()) {
                const std::optional<qint64> section = row->sectionId();
                people.designateHandler(s, saved.id, section.value_or(0), row->duty(),
                                        row->dataScope(), row->designatedOn());
            } else if (const std::optional<QDate> on = row->revokeOn()) {
                people.revokeHandler(s, row->existing()->id, *on);
            }
        }
        handlerAt = nullptr;
        tx.commit();
        m_saved = saved;
    } catch (const Error& e) {
        if (roleAt)
            roleAt->showError(e.message());
        else if (handlerAt)
            handlerAt->showError(e.message());
        else
            m_errors.showOrInBox(e, this, kErrorBox);
        return;
    }
    QDialog::accept();
}

} // namespace mamori::ui

#include "custody/files/GrantAccessDialog.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldWithError.h"
#include "common/OptionalDateEdit.h"
#include "custody/files/AccessRightsModel.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
const QString kPerson = QStringLiteral("person");
const QString kOperations = QStringLiteral("operations");
const QString kGrantedOn = QStringLiteral("granted_on");
const QString kReviewDue = QStringLiteral("review_due");
} // namespace

GrantAccessDialog::GrantAccessDialog(CaseFile& file, qint64 fileId, QWidget* parent)
    : QDialog(parent), m_file(file), m_fileId(fileId) {
    setObjectName(QStringLiteral("grantAccessDialog"));
    setWindowTitle(tr("Grant access"));
    for (const QString& f : {kPerson, kOperations, kGrantedOn, kReviewDue})
        m_errors.add(f, new FieldErrorLabel(f, this));

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setPlaceholderText(tr("(choose a person)"));
    try {
        for (const Person& p : file.people().list(file.session()))
            m_person->addItem(tr("%1  %2").arg(p.staffNo, p.name), p.id);
    } catch (const Error&) {
        // Nobody readable: the dialog says so when the grant is tried.
    }
    m_person->setCurrentIndex(-1);

    auto* ops = new QWidget(this);
    auto* opsRow = new QHBoxLayout(ops);
    opsRow->setContentsMargins(0, 0, 0, 0);
    for (const QString& op : allFileOperations()) {
        auto* box = new QCheckBox(AccessRightsModel::operationLabel(op), ops);
        box->setObjectName(QStringLiteral("operation_%1").arg(op));
        opsRow->addWidget(box);
        m_operations.insert(op, box);
    }
    opsRow->addStretch();
    m_operations.value(QStringLiteral("read"))->setChecked(true);

    const QDate today = file.clock().now().toLocalTime().date();
    m_grantedOn = makeDateEdit(today, this);
    m_grantedOn->setObjectName(QStringLiteral("grantedOnEdit"));
    m_reviewDue = makeDateEdit(today.addYears(1), this);
    m_reviewDue->setObjectName(QStringLiteral("reviewDueEdit"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Person:"), fieldWithError(m_person, m_errors.label(kPerson), this));
    form->addRow(tr("Operations:"), fieldWithError(ops, m_errors.label(kOperations), this));
    form->addRow(tr("&Granted on:"), fieldWithError(m_grantedOn, m_errors.label(kGrantedOn), this));
    form->addRow(tr("&Review due:"), fieldWithError(m_reviewDue, m_errors.label(kReviewDue), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Grant"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GrantAccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GrantAccessDialog::reject);
}

bool GrantAccessDialog::setPerson(qint64 personId) {
    const int i = m_person->findData(personId);
    m_person->setCurrentIndex(i);
    return i >= 0;
}

void GrantAccessDialog::setOperations(const QStringList& operations) {
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
        it.value()->setChecked(operations.contains(it.key()));
}

void GrantAccessDialog::setDates(const QDate& grantedOn, const QDate& reviewDue) {
    m_grantedOn->setDate(grantedOn);
    m_reviewDue->setDate(reviewDue);
}

void GrantAccessDialog::accept() {
    m_errors.clear();
    const QVariant person = m_person->currentData();
    if (!person.isValid()) {
        m_errors.show(kPerson, tr("Choose the person who receives the right."));
        return;
    }
    QStringList ops;
    for (const QString& op : allFileOperations())
        if (m_operations.value(op)->isChecked())
            ops.append(op);
    try {
        m_granted = m_file.files().grant(m_file.session(), m_fileId, person.toLongLong(), ops,
                                         m_grantedOn->date(), m_reviewDue->date());
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("grantAccessErrorBox"));
        return;
    }
    QDialog::accept();
}

} // namespace mamori::ui

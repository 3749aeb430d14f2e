#include "organisation/SectionDialog.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldWithError.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

SectionDialog::SectionDialog(CaseFile& file, QWidget* parent) : QDialog(parent), m_file(file) {
    setObjectName(QStringLiteral("sectionDialog"));
    setWindowTitle(tr("Add section"));
    const QString code = QStringLiteral("code");
    const QString name = QStringLiteral("name");
    m_errors.add(code, new FieldErrorLabel(code, this));
    m_errors.add(name, new FieldErrorLabel(name, this));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("sectionCodeEdit"));
    m_code->setMaxLength(20);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sectionNameEdit"));
    m_name->setMaxLength(100);

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), fieldWithError(m_code, m_errors.label(code), this));
    form->addRow(tr("&Name:"), fieldWithError(m_name, m_errors.label(name), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add section"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SectionDialog::reject);
    setMinimumWidth(380);
}

void SectionDialog::accept() {
    m_errors.clear();
    try {
        m_created = m_file.sections().add(m_file.session(), m_code->text(), m_name->text());
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("sectionDialogErrorBox"));
        return;
    }
    QDialog::accept();
}

} // namespace mamori::ui

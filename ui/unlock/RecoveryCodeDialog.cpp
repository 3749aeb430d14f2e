#include "unlock/RecoveryCodeDialog.h"

#include "shell/BusyCursor.h"
#include "unlock/UnlockErrorText.h"

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

RecoveryCodeDialog::RecoveryCodeDialog(const QString& caseDir, const CaseOpenOptions& options,
                                       QWidget* parent)
    : QDialog(parent), m_dir(caseDir), m_options(options) {
    setObjectName(QStringLiteral("recoveryCodeDialog"));
    setWindowTitle(tr("Use recovery code"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Use this only when no administrator can sign in any more. Type the 32 letters "
           "and digits from the recovery sheet of %1; hyphens and spaces do not matter.\n"
           "With the recovery code you can only reset account passwords. The use is "
           "recorded in the journal; report it to the executive owner.")
            .arg(QDir::toNativeSeparators(caseDir)),
        this);
    intro->setObjectName(QStringLiteral("recoveryIntro"));
    intro->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recoveryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("recoveryButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open with recovery code"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryCodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryCodeDialog::reject);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

RecoveryCodeDialog::~RecoveryCodeDialog() {
    m_code->clear();
}

std::unique_ptr<CaseFile> RecoveryCodeDialog::takeCaseFile() {
    return std::move(m_file);
}

void RecoveryCodeDialog::accept() {
    QString typed = m_code->text();
    m_code->clear();
    SecureBytes code = SecureBytes::fromString(typed);
    typed.fill(QLatin1Char(' '));
    typed.clear();
    try {
        BusyCursor busy(BusyCursor::Show::Now);
        m_file = CaseFile::openWithRecoveryCode(m_dir, code, m_options);
    } catch (const Error& e) {
        code.clear();
        m_error->setText(UnlockErrorText::forError(e).message);
        m_error->show();
        m_code->setFocus();
        return;
    }
    code.clear();
    QDialog::accept();
}

void RecoveryCodeDialog::done(int result) {
    m_code->clear();
    QDialog::done(result);
}

} // namespace mamori::ui

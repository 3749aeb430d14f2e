#include "unlock/CreateCaseRecoveryPage.h"

#include "unlock/CreateCaseWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mamori::ui {

CreateCaseRecoveryPage::CreateCaseRecoveryPage(CreateCaseWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("recoveryPage"));
    setTitle(tr("Recovery code"));
    setSubTitle(tr("The only way back in if every administrator loses their password."));
    auto* advice = new QLabel(
        tr("The code is shown only now. Save the recovery sheet as PDF or print it, keep the paper "
           "in the fireproof safe and delete any PDF copy: a file of the code is as good as a "
           "key."),
        this);
    advice->setObjectName(QStringLiteral("recoveryAdvice"));
    advice->setWordWrap(true);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("recoveryCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(20);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setAlignment(Qt::AlignCenter);
    // Not selectable: the code should go to paper, not to the clipboard.
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(12);

    auto* save = new QPushButton(tr("Save recovery sheet as PDF…"), this);
    save->setObjectName(QStringLiteral("saveSheetButton"));
    auto* print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("printSheetButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(print);
    buttons->addStretch(1);
    m_status =
        new QLabel(tr("Finish becomes available once the sheet has been saved or printed."), this);
    m_status->setObjectName(QStringLiteral("sheetStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_code);
    layout->addWidget(advice);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(save, &QPushButton::clicked, this, &CreateCaseRecoveryPage::savePdf);
    connect(print, &QPushButton::clicked, this, &CreateCaseRecoveryPage::print);
    connect(m_wizard, &CreateCaseWizard::sheetDoneChanged, this, &QWizardPage::completeChanged);
}

void CreateCaseRecoveryPage::initializePage() {
    // Two lines of four groups: easier to read aloud and to check against the paper.
    const QString code = m_wizard->recoveryCodeText();
    const QStringList groups = code.split(QLatin1Char('-'));
    if (groups.size() == 8)
        m_code->setText(groups.mid(0, 4).join(QLatin1Char('-')) + QLatin1Char('\n') +
                        groups.mid(4).join(QLatin1Char('-')));
    else
        m_code->setText(code);
}

void CreateCaseRecoveryPage::cleanupPage() {
    forgetCode();
}

void CreateCaseRecoveryPage::forgetCode() {
    m_code->clear();
}

void CreateCaseRecoveryPage::remindToSave() {
    m_status->setText(
        tr("Save the recovery sheet as PDF or print it first. Without it the case file cannot be "
           "recovered when every administrator has lost their password."));
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
}

bool CreateCaseRecoveryPage::isComplete() const {
    return m_wizard->sheetDone();
}

void CreateCaseRecoveryPage::savePdf() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QFileInfo(m_wizard->caseDir()).completeBaseName() + tr("-recovery-sheet") +
                      QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save recovery sheet"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setStyleSheet(QString());
    if (m_wizard->saveSheet(path, &error))
        m_status->setText(
            tr("Saved as %1. Print it, keep the paper in the safe, and then delete the PDF file.")
                .arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(tr("The recovery sheet could not be saved: %1").arg(error));
}

void CreateCaseRecoveryPage::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print recovery sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    m_status->setStyleSheet(QString());
    if (m_wizard->printSheet(&printer, &error))
        m_status->setText(
            tr("Sent to the printer. Check the paper before you finish: keep it in the safe."));
    else
        m_status->setText(tr("The recovery sheet could not be printed: %1").arg(error));
}

} // namespace mamori::ui

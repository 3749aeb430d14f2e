#include "unlock/CreateCaseFolderPage.h"

#include "casefile/CaseFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace mamori::ui {

namespace {
// Characters no file system of ours accepts in a folder name.
bool hasForbiddenCharacters(const QString& name) {
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            return true;
    return false;
}
} // namespace

CreateCaseFolderPage::CreateCaseFolderPage(QWidget* parent) : QWizardPage(parent) {
    setObjectName(QStringLiteral("folderPage"));
    setTitle(tr("Where to keep the case file"));
    // Subtitles stay one line: the wizard header clips a second one with CJK fonts.
    setSubTitle(tr("A case file is one folder; \".mamori\" is added to its name."));
    auto* intro = new QLabel(
        tr("Keep it on a drive that is backed up and that only the officers concerned can reach."),
        this);
    intro->setObjectName(QStringLiteral("folderIntro"));
    intro->setWordWrap(true);
    m_parentDir =
        new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    m_parentDir->setObjectName(QStringLiteral("parentDir"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseParent"));
    auto* parentRow = new QHBoxLayout;
    parentRow->addWidget(m_parentDir, 1);
    parentRow->addWidget(browse);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("caseName"));
    m_name->setPlaceholderText(tr("e.g. personal-information-2025"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultPath"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("folderError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Parent folder:"), parentRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Will be created:"), m_result);
    form->addRow(QString(), m_error);

    connect(browse, &QPushButton::clicked, this, &CreateCaseFolderPage::browse);
    connect(m_parentDir, &QLineEdit::textChanged, this, &CreateCaseFolderPage::updatePath);
    connect(m_name, &QLineEdit::textChanged, this, &CreateCaseFolderPage::updatePath);
    updatePath();
}

QString CreateCaseFolderPage::caseDir() const {
    QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_parentDir->text().trimmed().isEmpty())
        return {};
    if (!name.endsWith(CaseFile::suffix(), Qt::CaseInsensitive))
        name += CaseFile::suffix();
    return QDir::cleanPath(QDir(m_parentDir->text().trimmed()).filePath(name));
}

void CreateCaseFolderPage::browse() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the parent folder"),
                                                          m_parentDir->text());
    if (!dir.isEmpty())
        m_parentDir->setText(QDir::toNativeSeparators(dir));
}

void CreateCaseFolderPage::updatePath() {
    const QString dir = caseDir();
    m_result->setText(dir.isEmpty() ? QStringLiteral("—") : QDir::toNativeSeparators(dir));
    m_error->hide();
    Q_EMIT completeChanged();
}

bool CreateCaseFolderPage::isComplete() const {
    return !caseDir().isEmpty();
}

bool CreateCaseFolderPage::validatePage() {
    const auto fail = [this](const QString& text) {
        m_error->setText(text);
        m_error->show();
        return false;
    };
    const QString name = m_name->text().trimmed();
    if (hasForbiddenCharacters(name) || name == QLatin1String(".") || name == QLatin1String(".."))
        return fail(tr("The name may not contain / \\ : * ? \" < > |."));
    const QFileInfo parent(m_parentDir->text().trimmed());
    if (!parent.isDir())
        return fail(tr("The parent folder does not exist."));
    if (!parent.isWritable())
        return fail(tr("You cannot write to the parent folder. Choose another one."));
    const QFileInfo target(caseDir());
    if (target.exists() &&
        (!target.isDir() ||
         !QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return fail(tr("%1 already exists. Choose another name.")
                        .arg(QDir::toNativeSeparators(target.filePath())));
    return true;
}

} // namespace mamori::ui

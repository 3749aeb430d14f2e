#include "shell/AboutDialog.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
QLabel* value(const QString& text, const QString& name, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

QString AboutDialog::licenceLine() {
    return tr("Free software under the GNU General Public License, version 3 or later. Uses Qt "
              "(LGPL 3) and "
              "SQLCipher (BSD).");
}

AboutDialog::AboutDialog(CaseFile& file, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Mamori"));
    QString cipher;
    QString head;
    try {
        cipher = file.db().cipherVersion();
        head = QString::fromLatin1(file.journal().headHash().toHex());
    } catch (const Error& e) {
        head = e.message();
    }
    auto* title = new QLabel(QStringLiteral("<b style=\"font-size:16pt\">Mamori</b>"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Version:"),
                 value(QStringLiteral(MAMORI_VERSION), QStringLiteral("aboutVersion"), this));
    form->addRow(tr("SQLCipher:"), value(cipher, QStringLiteral("aboutCipher"), this));
    form->addRow(tr("Qt:"),
                 value(QString::fromLatin1(qVersion()), QStringLiteral("aboutQt"), this));
    form->addRow(tr("Licence:"), value(licenceLine(), QStringLiteral("aboutLicence"), this));
    QLabel* journal = value(head, QStringLiteral("aboutJournal"), this);
    journal->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("Journal head:"), journal);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace mamori::ui

#pragma once

// Helpers shared by the GUI tests of the organisation and register screens.
#include "TestCase.h"

#include "accounts/Role.h"
#include "organisation/PersonService.h"
#include "shell/TranslationLoader.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

namespace mamori::test {

using mamori::ui::TranslationLoader;

// QTest::keyClicks cannot type Japanese: commit it as an input method would.
inline void typeJapanese(QWidget* edit, const QString& text) {
    edit->setFocus();
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(edit, &e);
}

inline void clickOk(QDialog* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

template <typename T> T* child(QObject* parent, const char* name) {
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// A case file opened by an officer who may manage the organisation and read and write every
// section's personal data (総括保護管理者), with two sections.
struct RegistersCase {
    TempCase c;
    qint64 shimin = 0;
    qint64 zeimu = 0;
    RegistersCase() {
        shimin = c.addSection(QStringLiteral("0301"), QStringLiteral("市民課"));
        zeimu = c.addSection(QStringLiteral("0402"), QStringLiteral("税務課"));
        c.addAccount(QStringLiteral("boss"), Role::ExecutiveOwner);
        c.reopen(QStringLiteral("boss"));
    }
    CaseFile& file() { return c.file(); }
    const Session& session() { return c.file().session(); }
    mamori::Person addPerson(const QString& staffNo, const QString& name, qint64 section,
                             EmploymentType type = EmploymentType::Regular) {
        mamori::Person p;
        p.staffNo = staffNo;
        p.name = name;
        p.kana = QStringLiteral("テスト");
        p.sectionId = section;
        p.employment = type;
        return c.file().people().add(session(), p);
    }
};

// Saves a grab of `w` under /tmp for a human to look at the Japanese layout.
inline void saveGrab(QWidget* w, const QString& name) {
    const QString dir = QDir::temp().filePath(QStringLiteral("mamori-registers-shots"));
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace mamori::test

// The settings dialog writes case settings through core (journaled, ManageSettings only) and
// the language to this computer's settings.

#include "TestCase.h"

#include "settings/LocalSettings.h"
#include "settings/SettingsDialog.h"

#include "accounts/Role.h"
#include "casefile/CaseFile.h"
#include "journal/Journal.h"
#include "settings/CaseSettings.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace mamori;
using namespace mamori::ui;
using namespace mamori::test;

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MamoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }

    void init() { QSettings().clear(); }

    void adminChangesAutoLockAndDateStyle() {
        TempCase tc;
        CaseFile& f = tc.file();
        const qint64 entriesBefore = f.journal().count();
        SettingsDialog d(f);
        auto* autoLock = d.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"));
        auto* dateStyle = d.findChild<QComboBox*>(QStringLiteral("dateStyle"));
        QVERIFY(autoLock && dateStyle);
        QVERIFY(autoLock->isEnabled());
        QCOMPARE(autoLock->value(), 10);
        QCOMPARE(dateStyle->currentData().toString(), QStringLiteral("wareki"));
        QVERIFY(!d.findChild<QLabel*>(QStringLiteral("caseSettingsNote"))->isVisibleTo(&d));

        QSignalSpy changed(&d, &SettingsDialog::caseSettingsChanged);
        autoLock->setValue(25);
        dateStyle->setCurrentIndex(dateStyle->findData(QStringLiteral("seireki")));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.settings().autoLockMinutes(), 25);
        QCOMPARE(f.settings().dateStyle(), DateStyle::Seireki);
        // One journal entry per changed setting, none for the unchanged ones.
        QCOMPARE(f.journal().count(), entriesBefore + 2);
    }

    void unchangedDialogWritesNothing() {
        TempCase tc;
        const qint64 before = tc.file().journal().count();
        SettingsDialog d(tc.file());
        QSignalSpy changed(&d, &SettingsDialog::caseSettingsChanged);
        QSignalSpy language(&d, &SettingsDialog::languageChanged);
        d.accept();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(language.count(), 0);
        QCOMPARE(tc.file().journal().count(), before);
    }

    void passwordLengthAndExportThreshold() {
        TempCase tc;
        SettingsDialog d(tc.file());
        auto* minLength = d.findChild<QSpinBox*>(QStringLiteral("minPasswordLength"));
        auto* threshold = d.findChild<QSpinBox*>(QStringLiteral("exportWarningThreshold"));
        // The ranges come from core's settings table.
        QCOMPARE(minLength->minimum(), CaseSettings::def(CaseSetting::MinPasswordLength).min);
        QCOMPARE(threshold->maximum(), CaseSettings::def(CaseSetting::ExportWarningThreshold).max);
        minLength->setValue(16);
        threshold->setValue(50);
        d.accept();
        QCOMPARE(tc.file().settings().minPasswordLength(), 16);
        QCOMPARE(tc.file().settings().exportWarningThreshold(), 50);
    }

    void nonAdminSeesCaseSettingsDisabled() {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
        tc.addAccount(QStringLiteral("shimin.staff"), Role::Staff, section);
        CaseFile& f = tc.reopen(QStringLiteral("shimin.staff"));
        SettingsDialog d(f);
        auto* autoLock = d.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"));
        auto* dateStyle = d.findChild<QComboBox*>(QStringLiteral("dateStyle"));
        QVERIFY(!autoLock->isEnabled());
        QVERIFY(!dateStyle->isEnabled());
        QVERIFY(!d.findChild<QSpinBox*>(QStringLiteral("minPasswordLength"))->isEnabled());
        QVERIFY(!d.findChild<QSpinBox*>(QStringLiteral("exportWarningThreshold"))->isEnabled());
        auto* note = d.findChild<QLabel*>(QStringLiteral("caseSettingsNote"));
        QVERIFY(note->isVisibleTo(&d));
        QVERIFY(!note->text().isEmpty());
        // The language is this computer's own setting: anyone may change it.
        QVERIFY(d.findChild<QComboBox*>(QStringLiteral("language"))->isEnabled());

        const qint64 before = f.journal().count();
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(f.settings().autoLockMinutes(), 10);
        // Nothing was attempted, so nothing was denied either.
        QCOMPARE(f.journal().count(), before);
    }

    void languageIsStoredLocally() {
        TempCase tc;
        SettingsDialog d(tc.file());
        auto* language = d.findChild<QComboBox*>(QStringLiteral("language"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
        QSignalSpy spy(&d, &SettingsDialog::languageChanged);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        d.accept();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("en"));
        QCOMPARE(LocalSettings::language(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));

        SettingsDialog again(tc.file());
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"

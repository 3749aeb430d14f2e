// The disposal screens offscreen: the ledger model under QAbstractItemModelTester, planning and
// editing through DisposalDialog with core's errors at the field, the workflow buttons, a
// certificate and an attachment through the certificate panel (thumbnail made in memory, viewer
// with the SHA-256), and CSV export through the ExportGuard.
#include "TestCase.h"

#include "common/FieldErrorLabel.h"
#include "disposals/AttachmentViewer.h"
#include "disposals/CertificateDialog.h"
#include "disposals/CertificatePanel.h"
#include "disposals/DisposalDialog.h"
#include "disposals/DisposalScanResolver.h"
#include "disposals/DisposalStepDialog.h"
#include "disposals/DisposalsModel.h"
#include "disposals/DisposalsView.h"

#include "custody/DisposalService.h"
#include "demo/DemoImages.h"
#include "forms/FormPrintButton.h"
#include "scan/ScanField.h"
#include "organisation/PersonService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QTemporaryDir>
#include <QDateEdit>
#include <QCryptographicHash>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {
// QTest::keyClicks cannot type Japanese: commit it as an input method would.
void typeJapanese(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(edit, &e);
}

template <typename T> T* child(QWidget* parent, const char* name) {
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

struct World {
    qint64 own = 0;
    qint64 person = 0;
    qint64 witness = 0;
};

// Section 0101 with a manager (mgr) and a handler (handler, linked to a person).
World prepare(TempCase& tc) {
    World w;
    w.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("税務課"));
    tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, w.own);
    const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, w.own);
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("松本 拓也");
    p.kana = QStringLiteral("マツモト タクヤ");
    p.sectionId = w.own;
    w.person = tc.file().people().add(tc.admin(), p).id;
    tc.file().people().linkAccount(tc.admin(), w.person, h);
    p.staffNo = QStringLiteral("P002");
    p.name = QStringLiteral("林 直樹");
    w.witness = tc.file().people().add(tc.admin(), p).id;
    return w;
}

Disposal plan(const World& w, DisposalPerformer performer) {
    Disposal d;
    d.sectionId = w.own;
    d.requestedBy = w.person;
    d.description = QStringLiteral("課税資料（平成30年度分）");
    d.quantity = 4;
    d.method = DisposalMethod::Dissolution;
    d.performer = performer;
    if (performer == DisposalPerformer::Contractor) {
        d.contractorName = QStringLiteral("株式会社北関東リサイクル");
        d.subcontractTier = 1;
    }
    d.plannedOn = QDate(2025, 11, 20);
    return d;
}
} // namespace

class TstDisposalsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTester() {
        TempCase tc;
        const World w = prepare(tc);
        CaseFile& f = tc.reopen(QStringLiteral("handler"));
        f.disposals().plan(f.session(), plan(w, DisposalPerformer::InHouse));
        Disposal later = plan(w, DisposalPerformer::Contractor);
        later.plannedOn = QDate(2025, 11, 1);
        f.disposals().plan(f.session(), later);
        DisposalsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDisposals(f.disposals().list(f.session()), {{w.own, QStringLiteral("税務課")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, DisposalsModel::Section)).toString(), QStringLiteral("税務課"));
        QCOMPARE(model.data(model.index(0, DisposalsModel::PerformedBy)).toString(), QStringLiteral("株式会社北関東リサイクル"));
        QCOMPARE(model.data(model.index(1, DisposalsModel::PerformedBy)).toString(), QStringLiteral("In-house"));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::UserRole);
        proxy.sort(DisposalsModel::Planned, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, DisposalsModel::Planned)).toString(), QStringLiteral("2025-11-20"));
        proxy.sort(DisposalsModel::PerformedBy);
        QCOMPARE(proxy.data(proxy.index(0, DisposalsModel::PerformedBy)).toString(), QStringLiteral("In-house"));
        model.setDisposals({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void planEditAndValidate() {
        TempCase tc;
        prepare(tc);
        CaseFile& f = tc.reopen(QStringLiteral("handler"));
        DisposalsView view(f);
        view.show();
        QCOMPARE(view.model()->rowCount(), 0);
        {
            DisposalDialog dialog(f, std::nullopt, &view);
            QCOMPARE(child<QComboBox>(&dialog, "requested_by")->count(), 2);
            // Nothing described: refused at the description, nothing saved.
            QVERIFY(!dialog.save());
            QVERIFY(!dialog.errors().text(QStringLiteral("description")).isEmpty());
            QVERIFY(child<FieldErrorLabel>(&dialog, "descriptionError")->isVisibleTo(&dialog));
            typeJapanese(child<QLineEdit>(&dialog, "description"), QStringLiteral("住民票交付申請書"));
            // A contractor without its name: refused at the contractor.
            auto* performer = child<QComboBox>(&dialog, "performer");
            performer->setCurrentIndex(performer->findData(QStringLiteral("CONTRACTOR")));
            QVERIFY(child<QLineEdit>(&dialog, "contractor_name")->isEnabled());
            QVERIFY(!dialog.save());
            QVERIFY(dialog.errors().text(QStringLiteral("description")).isEmpty());
            QVERIFY(!dialog.errors().text(QStringLiteral("contractor_name")).isEmpty());
            typeJapanese(child<QLineEdit>(&dialog, "contractor_name"), QStringLiteral("株式会社北関東リサイクル"));
            // Overwriting paper: refused at the method.
            auto* method = child<QComboBox>(&dialog, "method");
            method->setCurrentIndex(method->findData(QStringLiteral("OVERWRITE")));
            QVERIFY(!dialog.save());
            QVERIFY(!dialog.errors().text(QStringLiteral("method")).isEmpty());
            method->setCurrentIndex(method->findData(QStringLiteral("DISSOLUTION")));
            QCOMPARE(f.disposals().list(f.session()).size(), 0);
            QVERIFY(dialog.save());
            QCOMPARE(dialog.saved().controlNo, QStringLiteral("DS-2025-000001"));
            QCOMPARE(dialog.saved().contractorName, QStringLiteral("株式会社北関東リサイクル"));
        }
        view.reload();
        QCOMPARE(view.model()->rowCount(), 1);
        view.select(view.model()->disposalAt(0).id);
        QVERIFY(child<QPushButton>(&view, "editDisposalButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&view, "approveDisposalButton")->isEnabled()); // a handler does not approve
        {
            DisposalDialog dialog(f, view.selectedDisposal(), &view);
            QCOMPARE(child<QLineEdit>(&dialog, "description")->text(), QStringLiteral("住民票交付申請書"));
            child<QSpinBox>(&dialog, "quantity")->setValue(7);
            QVERIFY(dialog.save());
            QCOMPARE(dialog.saved().quantity, 7);
        }
        view.reload();
        QCOMPARE(view.model()->disposalAt(0).quantity, 7);
    }

    void workflowButtonsAndCertificate() {
        TempCase tc;
        const World w = prepare(tc);
        {
            CaseFile& f = tc.reopen(QStringLiteral("handler"));
            f.disposals().plan(f.session(), plan(w, DisposalPerformer::Contractor));
        }
        CaseFile& m = tc.reopen(QStringLiteral("mgr"));
        DisposalsView view(m);
        view.show();
        view.select(view.model()->disposalAt(0).id);
        auto* approve = child<QPushButton>(&view, "approveDisposalButton");
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(view.selectedDisposal()->state, DisposalState::Approved);
        m.disposals().markHandedOver(m.session(), view.selectedDisposal()->id, {tc.clock().now(), w.person, QString()});
        view.reload();
        view.select(view.model()->disposalAt(0).id);
        // Verify without certificate or witness: refused, the reason shown.
        QTest::mouseClick(child<QPushButton>(&view, "verifyDisposalButton"), Qt::LeftButton);
        QVERIFY2(view.statusText().contains(QStringLiteral("certificate")), qPrintable(view.statusText()));
        QCOMPARE(view.selectedDisposal()->state, DisposalState::HandedToContractor);
        // A certificate with a date before the hand-over: refused at the field.
        CertificateDialog dialog(m, *view.selectedDisposal(), &view);
        child<QLineEdit>(&dialog, "certificate_no")->setText(QStringLiteral("KR-77"));
        auto* issued = dialog.findChild<QDateEdit*>(QStringLiteral("issued_on"));
        issued->setDate(issued->date().addDays(-5));
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.errors().text(QStringLiteral("issued_on")).isEmpty());
        issued->setDate(issued->date().addDays(5));
        QVERIFY(dialog.save());
        view.reload();
        view.select(view.model()->disposalAt(0).id);
        QCOMPARE(view.selectedDisposal()->state, DisposalState::CertificateReceived);
        QVERIFY(child<QLabel>(&view, "certificateSummary")->text().contains(QStringLiteral("KR-77")));
        QTest::mouseClick(child<QPushButton>(&view, "verifyDisposalButton"), Qt::LeftButton);
        QCOMPARE(view.selectedDisposal()->state, DisposalState::Verified);
    }

    // Destroyed in-house, then witnessed, through the step button's dialog with core's refusals at
    // the field; then the forms of the print button and a cancelled plan.
    void inHouseStepsPrintAndCancel() {
        TempCase tc;
        const World w = prepare(tc);
        {
            CaseFile& f = tc.reopen(QStringLiteral("handler"));
            f.disposals().plan(f.session(), plan(w, DisposalPerformer::InHouse));
        }
        {
            CaseFile& m = tc.reopen(QStringLiteral("mgr"));
            m.disposals().approve(m.session(), m.disposals().list(m.session()).first().id);
        }
        tc.clock().advanceSeconds(3600);
        CaseFile& f = tc.reopen(QStringLiteral("handler"));
        DisposalsView view(f);
        view.show();
        view.select(view.model()->disposalAt(0).id);
        auto* step = child<QPushButton>(&view, "stepDisposalButton");
        QVERIFY(step->isEnabled());
        QCOMPARE(step->text(), QStringLiteral("Record destruction…"));
        auto* print = view.printButton();
        QVERIFY(print->isAvailable(QStringLiteral("disposal-certificate"))); // approved: blanks to fill in
        QTest::mouseClick(step, Qt::LeftButton);
        auto* dialog = view.findChild<DisposalStepDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->step(), DisposalStepDialog::Step::Executed);
        auto* at = child<QDateTimeEdit>(dialog, "executed_at");
        at->setDateTime(at->dateTime().addDays(-2)); // before the approval
        QVERIFY(!dialog->save());
        QVERIFY(!dialog->errors().text(QStringLiteral("executed_at")).isEmpty());
        QCOMPARE(f.disposals().list(f.session()).first().state, DisposalState::Approved); // nothing saved
        at->setDateTime(at->dateTime().addDays(2));
        QCOMPARE(child<QComboBox>(dialog, "performed_by")->currentData().toLongLong(), w.person);
        dialog->accept();
        QTRY_VERIFY(!view.findChild<DisposalStepDialog*>());
        QCOMPARE(view.selectedDisposal()->state, DisposalState::ExecutedInHouse);
        QCOMPARE(step->text(), QStringLiteral("Add witness…"));

        QTest::mouseClick(step, Qt::LeftButton);
        dialog = view.findChild<DisposalStepDialog*>();
        QVERIFY(dialog);
        auto* witness = child<QComboBox>(dialog, "witness");
        witness->setCurrentIndex(witness->findData(w.person)); // who destroyed them cannot witness
        QVERIFY(!dialog->save());
        QVERIFY(!dialog->errors().text(QStringLiteral("witness")).isEmpty());
        witness->setCurrentIndex(witness->findData(w.witness));
        dialog->accept();
        QTRY_VERIFY(!view.findChild<DisposalStepDialog*>());
        QCOMPARE(view.selectedDisposal()->state, DisposalState::Witnessed);
        QCOMPARE(view.selectedDisposal()->witnesses.first().personName, QStringLiteral("林 直樹"));

        QCOMPARE(print->formNames(), (QStringList{QStringLiteral("disposal-ledger"), QStringLiteral("disposal-certificate"),
                                                  QStringLiteral("label"), QStringLiteral("labels")}));
        QTemporaryDir out;
        for (const QString& form : print->formNames()) {
            const QString pdf = out.filePath(form + QStringLiteral(".pdf"));
            QVERIFY2(print->writePdf(form, pdf), qPrintable(print->lastError()));
            QVERIFY(QFileInfo(pdf).size() > 1000);
        }

        // A cancelled plan: a reason is needed, and it has no certificate.
        const Disposal second = f.disposals().plan(f.session(), plan(w, DisposalPerformer::InHouse));
        view.reload();
        view.select(second.id);
        QVERIFY(child<QPushButton>(&view, "cancelDisposalButton")->isEnabled());
        QVERIFY(!print->isAvailable(QStringLiteral("disposal-certificate"))); // not approved yet
        QVERIFY(!view.cancelWithReason(QString()));
        QCOMPARE(view.selectedDisposal()->state, DisposalState::Planned);
        QVERIFY(view.cancelWithReason(QStringLiteral("保存期間の延長")));
        QCOMPARE(view.selectedDisposal()->state, DisposalState::Cancelled);
        QVERIFY(!child<QPushButton>(&view, "cancelDisposalButton")->isEnabled());
        QVERIFY(!step->isEnabled());
    }

    // A scanned DS-… label brings up the disposal and its next step; an unknown one is explained.
    void scanOpensTheNextStep() {
        TempCase tc;
        const World w = prepare(tc);
        {
            CaseFile& f = tc.reopen(QStringLiteral("handler"));
            Disposal d = plan(w, DisposalPerformer::Contractor);
            d.plannedOn = QDate(2025, 10, 1); // outside the filter set below
            f.disposals().plan(f.session(), d);
        }
        {
            CaseFile& m = tc.reopen(QStringLiteral("mgr"));
            m.disposals().approve(m.session(), m.disposals().list(m.session()).first().id);
        }
        CaseFile& f = tc.reopen(QStringLiteral("handler"));
        QWidget window;
        auto* view = new DisposalsView(f, &window);
        view->showPeriod(QDate(2025, 11, 1), QDate(2025, 11, 30));
        QCOMPARE(view->model()->rowCount(), 0);
        int shown = 0;
        ScanField scan(&window);
        scan.addResolver(std::make_unique<DisposalScanResolver>(f, *view, [&shown] { ++shown; }));
        window.show();
        scan.input()->setText(QStringLiteral("ds-2025-000001"));
        QVERIFY2(scan.submit(), qPrintable(scan.errorText()));
        QCOMPARE(shown, 1);
        QCOMPARE(view->selectedDisposal()->controlNo, QStringLiteral("DS-2025-000001"));
        auto* dialog = view->findChild<DisposalStepDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->step(), DisposalStepDialog::Step::HandedOver);
        dialog->reject();
        scan.input()->setText(QStringLiteral("DS-2099-000001"));
        QVERIFY(!scan.submit());
        QVERIFY(!scan.errorText().isEmpty());
        QCOMPARE(shown, 1);
    }

    void attachShowsThumbnailAndViewer() {
        TempCase tc;
        const World w = prepare(tc);
        CaseFile& f = tc.reopen(QStringLiteral("handler"));
        DisposalService& s = f.disposals();
        const qint64 id = s.plan(f.session(), plan(w, DisposalPerformer::InHouse)).id;
        QTemporaryDir tmp;
        const QByteArray photo = DemoImages::certificatePhoto(120, 90);
        const QString good = tmp.filePath(QStringLiteral("after.png"));
        const QString bad = tmp.filePath(QStringLiteral("notes.png"));
        for (const auto& [path, bytes] : {std::pair{good, photo}, std::pair{bad, QByteArray("just text")}}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        DisposalsView view(f);
        view.show();
        view.select(id);
        CertificatePanel* panel = view.certificatePanel();
        QVERIFY(child<QPushButton>(panel, "attachButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "addCertificateButton")->isEnabled()); // in-house: no contractor's certificate
        // Not an image: refused with core's message, nothing attached.
        QVERIFY(!panel->attachFile(bad));
        QVERIFY2(panel->statusText().contains(QStringLiteral("JPEG")), qPrintable(panel->statusText()));
        QCOMPARE(panel->thumbnails()->count(), 0);
        QVERIFY(panel->attachFile(good, QStringLiteral("細断後")));
        QCOMPARE(view.selectedDisposal()->id, id);
        QCOMPARE(panel->thumbnails()->count(), 1);
        QListWidgetItem* item = panel->thumbnails()->item(0);
        QCOMPARE(item->text(), QStringLiteral("細断後"));
        QVERIFY(!item->icon().isNull());
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        QVERIFY(item->toolTip().contains(sha));
        panel->openViewer(item);
        auto* viewer = panel->findChild<AttachmentViewer*>(QStringLiteral("attachmentViewer"));
        QVERIFY(viewer);
        QCOMPARE(viewer->findChild<QLabel*>(QStringLiteral("attachmentSha256"))->text(), sha);
        QVERIFY(viewer->findChild<QLabel*>(QStringLiteral("attachmentType"))->text().contains(QStringLiteral("120")));
        QVERIFY(!viewer->findChild<QLabel*>(QStringLiteral("attachmentPicture"))->pixmap().isNull());
        viewer->close();
        // Thumbnails and the viewer read the bytes: journaled as views.
        JournalFilter views;
        views.entity = QStringLiteral("disposal_attachment");
        views.action = JournalAction::View;
        QVERIFY(f.journal().page(views, 0, 10).size() >= 2);
    }

    void filtersAndCsvExport() {
        TempCase tc;
        const World w = prepare(tc);
        CaseFile& f = tc.reopen(QStringLiteral("mgr"));
        f.disposals().plan(f.session(), plan(w, DisposalPerformer::InHouse));
        Disposal other = plan(w, DisposalPerformer::Contractor);
        other.plannedOn = QDate(2025, 12, 10);
        f.disposals().plan(f.session(), other);
        DisposalsView view(f);
        view.show();
        QCOMPARE(view.model()->rowCount(), 2);
        child<QCheckBox>(&view, "useFrom")->setChecked(true);
        child<QDateEdit>(&view, "fromFilter")->setDate(QDate(2025, 12, 1));
        QTest::mouseClick(child<QPushButton>(&view, "applyFilterButton"), Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.filterFromInputs().from, QDate(2025, 12, 1));
        auto* state = child<QComboBox>(&view, "stateFilter");
        state->setCurrentIndex(state->findData(QStringLiteral("APPROVED")));
        view.reload();
        QCOMPARE(view.model()->rowCount(), 0);
        state->setCurrentIndex(0);
        child<QCheckBox>(&view, "useFrom")->setChecked(false);
        view.reload();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("disposals.csv"));
        QVERIFY(view.exportCsvTo(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("DS-2025-000002"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("株式会社北関東リサイクル")));
        JournalFilter exports;
        exports.entity = QStringLiteral("disposal");
        exports.action = JournalAction::Export;
        QCOMPARE(f.journal().page(exports, 0, 10).size(), 1);
    }
};

QTEST_MAIN(TstDisposalsView)
#include "tst_disposals_view.moc"

#include "custody/CarryOutWorkflow.h"

#include "custody/CarryOutActions.h"
#include "custody/CarryOutApprovalDialog.h"
#include "custody/CarryOutDetailDialog.h"
#include "custody/CarryOutLostDialog.h"
#include "custody/CarryOutRequestDialog.h"
#include "custody/CarryOutReturnDialog.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QMessageBox>
#include <QPushButton>

namespace mamori::ui {

namespace {
template <typename D>
D* opened(D* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
} // namespace

CarryOutWorkflow::CarryOutWorkflow(CaseFile& file, QObject* parent) : QObject(parent), m_file(file) {}

void CarryOutWorkflow::showError(const QString& message, QWidget* window) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Carry-outs"), message, QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("carryOutErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

CarryOutRequestDialog* CarryOutWorkflow::newRequest(QWidget* window) {
    auto* d = new CarryOutRequestDialog(m_file, window);
    connect(d, &CarryOutRequestDialog::requested, this, [this](const CarryOut& c) { Q_EMIT changed(c.id); });
    return opened(d);
}

CarryOutDetailDialog* CarryOutWorkflow::openDetail(qint64 id, QWidget* window) {
    CarryOut c;
    try {
        c = m_file.carryOuts().get(m_file.session(), id);
    } catch (const Error& e) {
        showError(e.message(), window);
        return nullptr;
    }
    return opened(new CarryOutDetailDialog(m_file, *this, c, window));
}

QWidget* CarryOutWorkflow::openScanned(const CarryOut& c, QWidget* window) {
    if (CarryOutActions::of(m_file.session(), c).markReturned)
        return recordReturn(c, window);
    return opened(new CarryOutDetailDialog(m_file, *this, c, window));
}

CarryOutApprovalDialog* CarryOutWorkflow::decide(const CarryOut& c, QWidget* window) {
    auto* d = new CarryOutApprovalDialog(m_file, c, window);
    connect(d, &CarryOutApprovalDialog::decided, this, [this](const CarryOut& r) { Q_EMIT changed(r.id); });
    return opened(d);
}

CarryOutReturnDialog* CarryOutWorkflow::recordReturn(const CarryOut& c, QWidget* window) {
    auto* d = new CarryOutReturnDialog(m_file, c, window);
    connect(d, &CarryOutReturnDialog::returned, this, [this](const CarryOut& r) { Q_EMIT changed(r.id); });
    return opened(d);
}

CarryOutLostDialog* CarryOutWorkflow::reportLost(const CarryOut& c, QWidget* window) {
    auto* d = new CarryOutLostDialog(m_file, c, window);
    connect(d, &CarryOutLostDialog::reported, this, [this](const CarryOut& r) { Q_EMIT changed(r.id); });
    return opened(d);
}

QMessageBox* CarryOutWorkflow::confirmMarkOut(const CarryOut& c, QWidget* window) {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Mark out"),
                                tr("Record that %1 (%2) leaves now?").arg(c.controlNo, c.description),
                                QMessageBox::Yes | QMessageBox::Cancel, window);
    box->setObjectName(QStringLiteral("confirmMarkOutBox"));
    box->setDefaultButton(QMessageBox::Yes);
    const qint64 id = c.id;
    // A message box ends with the button's code, not Accepted: listen to the button itself.
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, window](QAbstractButton* b) {
        if (box->standardButton(b) == QMessageBox::Yes)
            markOutNow(id, window);
    });
    return opened(box);
}

QMessageBox* CarryOutWorkflow::confirmClose(const CarryOut& c, QWidget* window) {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close entry"),
                                tr("Close the ledger entry %1? It cannot be changed afterwards.").arg(c.controlNo),
                                QMessageBox::Yes | QMessageBox::Cancel, window);
    box->setObjectName(QStringLiteral("confirmCloseBox"));
    box->setDefaultButton(QMessageBox::Yes);
    const qint64 id = c.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, window](QAbstractButton* b) {
        if (box->standardButton(b) == QMessageBox::Yes)
            closeNow(id, window);
    });
    return opened(box);
}

bool CarryOutWorkflow::markOutNow(qint64 id, QWidget* window) {
    try {
        m_file.carryOuts().markOut(m_file.session(), id, m_file.clock().now());
    } catch (const Error& e) {
        showError(e.message(), window);
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

bool CarryOutWorkflow::closeNow(qint64 id, QWidget* window) {
    try {
        m_file.carryOuts().close(m_file.session(), id);
    } catch (const Error& e) {
        showError(e.message(), window);
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

} // namespace mamori::ui

#pragma once

#include "custody/CarryOutService.h"

#include <QObject>

class QMessageBox;
class QWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class CarryOutApprovalDialog;
class CarryOutDetailDialog;
class CarryOutLostDialog;
class CarryOutRequestDialog;
class CarryOutReturnDialog;

// The carry-out workflow steps as the screens start them: each opens its dialog window-modal
// over `window` with open() (never exec(), so auto-lock can close it) and returns it, and every
// step that changed a carry-out is announced with changed(), which the list and the overdue
// badge listen to. One instance per main window, shared by the list and the scan field.
// Core errors of the one-click steps appear in a message box named "carryOutErrorBox".
class CarryOutWorkflow : public QObject {
    Q_OBJECT

public:
    explicit CarryOutWorkflow(mamori::CaseFile& file, QObject* parent = nullptr);

    CarryOutRequestDialog* newRequest(QWidget* window);
    // Reads the carry-out (a journaled view); nullptr and a message box when it cannot.
    CarryOutDetailDialog* openDetail(qint64 id, QWidget* window);
    // What a scan opens: the prefilled return dialog when the item is out and the session may
    // record its return, the detail (with "Mark out now" ready) otherwise.
    QWidget* openScanned(const mamori::CarryOut& carryOut, QWidget* window);
    CarryOutApprovalDialog* decide(const mamori::CarryOut& carryOut, QWidget* window);
    CarryOutReturnDialog* recordReturn(const mamori::CarryOut& carryOut, QWidget* window);
    CarryOutLostDialog* reportLost(const mamori::CarryOut& carryOut, QWidget* window);
    // A question box ("confirmMarkOutBox" / "confirmCloseBox"); Yes performs the step.
    QMessageBox* confirmMarkOut(const mamori::CarryOut& carryOut, QWidget* window);
    QMessageBox* confirmClose(const mamori::CarryOut& carryOut, QWidget* window);

    // The one-click steps themselves: false (and a message box) when core refuses.
    bool markOutNow(qint64 id, QWidget* window);
    bool closeNow(qint64 id, QWidget* window);

Q_SIGNALS:
    void changed(qint64 id);

private:
    void showError(const QString& message, QWidget* window);
    mamori::CaseFile& m_file;
};

} // namespace mamori::ui

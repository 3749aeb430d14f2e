#pragma once

#include "common/FieldErrors.h"

#include "custody/CarryOutService.h"

#include <QDialog>

class QPlainTextEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Reporting a carried item lost: how and when, required (core's message shows under the text,
// lostRemarksError). The incident that follows is the incident workflow's business.
class CarryOutLostDialog : public QDialog {
    Q_OBJECT

public:
    CarryOutLostDialog(mamori::CaseFile& file, const mamori::CarryOut& carryOut, QWidget* parent = nullptr);
    QString errorText(const QString& field) const { return m_errors.text(field); }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void reported(const mamori::CarryOut& carryOut);

private:
    mamori::CaseFile& m_file;
    mamori::CarryOut m_carryOut;
    FieldErrors m_errors;
    QPlainTextEdit* m_remarks;
};

} // namespace mamori::ui

#pragma once

#include "common/FieldErrors.h"

#include "custody/CarryOutService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;
class QPushButton;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Recording a return (seed 000 Art. 13): the acting officer is the checker, and records who
// brought the item back, when, whether the count matches and the seal is intact. Prefilled for
// the records room (now, the person who took it out, both checks ticked) so that a scanned
// return is one confirmation. Core refuses a checker who is the returner; its message shows at
// the checker line (returnCheckedByError) or the input it names.
class CarryOutReturnDialog : public QDialog {
    Q_OBJECT

public:
    CarryOutReturnDialog(mamori::CaseFile& file, const mamori::CarryOut& carryOut, QWidget* parent = nullptr);

    mamori::CarryOutReturn draft() const;
    QString errorText(const QString& field) const { return m_errors.text(field); }
    const mamori::CarryOut& carryOut() const { return m_carryOut; }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void returned(const mamori::CarryOut& carryOut);

private:
    mamori::CaseFile& m_file;
    mamori::CarryOut m_carryOut;
    FieldErrors m_errors;
    QDateTimeEdit* m_at;
    QComboBox* m_person;
    QCheckBox* m_count;
    QCheckBox* m_seal;
    QPlainTextEdit* m_remarks;
    QPushButton* m_submit;
};

} // namespace mamori::ui

#pragma once

#include "common/FieldErrors.h"

#include "incidents/IncidentService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;
class QPushButton;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Reporting a leak (000 Art. 37(1); 002 Art. 13(1)): anyone who notices one says so at once —
// the section whose data is concerned, when the city became aware, who became aware, and what
// happened. Open to every officer's account, also one that may read nothing. Core validates
// (e.g. an awareness time in the future, an empty summary); its message appears under the input
// it names and nothing is saved until it accepts. Inputs are named "report<Field>".
class IncidentReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit IncidentReportDialog(mamori::CaseFile& file, QWidget* parent = nullptr);

    mamori::IncidentReport draft() const;
    // The message shown under `field` (an Error::field() name), empty when none.
    QString errorText(const QString& field) const { return m_errors.text(field); }
    // The incident core opened (valid after reported()).
    const mamori::Incident& created() const { return m_created; }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void reported(const mamori::Incident& incident);

private:
    mamori::CaseFile& m_file;
    FieldErrors m_errors;
    QComboBox* m_section;
    QDateTimeEdit* m_awareAt;
    QComboBox* m_awarePerson;
    QPlainTextEdit* m_summary;
    QPushButton* m_submit;
    mamori::Incident m_created;
};

} // namespace mamori::ui

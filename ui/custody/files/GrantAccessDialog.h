#pragma once

#include "common/FieldErrors.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Grants a person operations (read, update, export, print) on one file of the register, with
// the day of the grant and the day the right must be reviewed (a year later by default).
class GrantAccessDialog : public QDialog {
    Q_OBJECT

public:
    GrantAccessDialog(mamori::CaseFile& file, qint64 fileId, QWidget* parent = nullptr);
    void accept() override;
    const std::optional<mamori::FileAccessRight>& granted() const { return m_granted; }
    // The message under "person", "operations", "granted_on" or "review_due".
    QString fieldError(const QString& field) const { return m_errors.text(field); }
    // For tests and drafts: choose without the mouse.
    bool setPerson(qint64 personId);
    void setOperations(const QStringList& operations);
    void setDates(const QDate& grantedOn, const QDate& reviewDue);

private:
    mamori::CaseFile& m_file;
    qint64 m_fileId;
    QComboBox* m_person = nullptr;
    QMap<QString, QCheckBox*> m_operations;
    QDateEdit* m_grantedOn = nullptr;
    QDateEdit* m_reviewDue = nullptr;
    FieldErrors m_errors;
    std::optional<mamori::FileAccessRight> m_granted;
};

} // namespace mamori::ui

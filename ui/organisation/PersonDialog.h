#pragma once

#include "common/FieldErrors.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <optional>

class QComboBox;
class QLineEdit;
class QVBoxLayout;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class HandlerRow;
class PersonRoleRow;

// Adds or edits a staff record (職員): staff number, name and its kana reading, section,
// employment type (派遣 included, seed 000 Art. 7) and e-mail; the role assignments it holds over
// time (new ones can be added with start and end dates; core keeps the old ones as history);
// and its designations as 事務取扱担当者 with the data they cover (new ones added, old ones
// revoked). Everything is saved in one transaction: a refused role or designation leaves the
// record as it was, and its message shows at the row or field concerned.
class PersonDialog : public QDialog {
    Q_OBJECT

public:
    // personId empty: a new person. Reading an existing one is journaled by core.
    PersonDialog(mamori::CaseFile& file, std::optional<qint64> personId, QWidget* parent = nullptr);

    void accept() override;
    // The record as saved; set once accept() succeeded.
    const std::optional<mamori::Person>& saved() const { return m_saved; }
    // The message under "staff_no", "name", "kana", "section", "employment" or "email".
    QString fieldError(const QString& field) const { return m_errors.text(field); }
    PersonRoleRow* addRoleRow();
    HandlerRow* addHandlerRow();
    QList<PersonRoleRow*> roleRows() const { return m_roleRows; }
    QList<HandlerRow*> handlerRows() const { return m_handlerRows; }
    const QList<mamori::PersonRole>& existingRoles() const { return m_existingRoles; }

private:
    void load(qint64 id);
    QWidget* buildRolesBox();
    QWidget* buildHandlersBox();
    mamori::Person person() const;
    std::optional<qint64> chosenSection() const;
    void save();
    QDate today() const;

    mamori::CaseFile& m_file;
    std::optional<qint64> m_id;
    mamori::Person m_loaded;
    QMap<mamori::Role, QString> m_titles;
    QList<mamori::Section> m_sections;
    QLineEdit* m_staffNo = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_kana = nullptr;
    QComboBox* m_section = nullptr;
    QComboBox* m_employment = nullptr;
    QLineEdit* m_email = nullptr;
    QVBoxLayout* m_existingRolesLayout = nullptr;
    QVBoxLayout* m_roleRowsLayout = nullptr;
    QVBoxLayout* m_handlerRowsLayout = nullptr;
    QList<mamori::PersonRole> m_existingRoles;
    QList<PersonRoleRow*> m_roleRows;
    QList<HandlerRow*> m_handlerRows;
    FieldErrors m_errors;
    std::optional<mamori::Person> m_saved;
};

} // namespace mamori::ui

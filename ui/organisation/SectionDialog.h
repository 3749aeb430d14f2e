#pragma once

#include "common/FieldErrors.h"
#include "organisation/SectionService.h"

#include <QDialog>
#include <optional>

class QLineEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Adds a section (課): the city's code and the name. Core keeps sections once made (people,
// roles and records point at them), so there is no rename or removal here.
class SectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit SectionDialog(mamori::CaseFile& file, QWidget* parent = nullptr);
    void accept() override;
    const std::optional<mamori::Section>& created() const { return m_created; }
    // The message under "code" or "name", empty when none.
    QString fieldError(const QString& field) const { return m_errors.text(field); }

private:
    mamori::CaseFile& m_file;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    FieldErrors m_errors;
    std::optional<mamori::Section> m_created;
};

} // namespace mamori::ui

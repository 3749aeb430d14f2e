#pragma once

#include "common/FieldErrors.h"
#include "custody/HandlingAreaService.h"
#include "organisation/SectionService.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AreaMeasuresEditor;
class LayoutImageEditor;
class PeoplePicker;

// Adds or edits a handling area (取扱区域, seed 002 Art. 9, 11): code, section, building, floor
// and room, remarks, the measures checklist, the authorised handlers, the optional layout
// image, and (read-only) the files of the register handled there. One transaction: the entry,
// its measures, handlers and image are saved together or not at all.
class AreaDialog : public QDialog {
    Q_OBJECT

public:
    AreaDialog(mamori::CaseFile& file, std::optional<qint64> areaId, QWidget* parent = nullptr);

    void accept() override;
    const std::optional<mamori::HandlingArea>& saved() const { return m_saved; }
    // The message under "area_code", "section", "building", "floor", "room", "remarks",
    // "measures", "handlers" or "layout_image".
    QString fieldError(const QString& field) const { return m_errors.text(field); }
    AreaMeasuresEditor* measures() const { return m_measures; }
    PeoplePicker* handlers() const { return m_handlers; }
    LayoutImageEditor* layoutImage() const { return m_image; }
    QListWidget* filesHandled() const { return m_files; }

private:
    void load(qint64 id);
    mamori::HandlingArea area() const;
    void save();
    void showFirstErrorPage();

    mamori::CaseFile& m_file;
    std::optional<qint64> m_id;
    mamori::HandlingArea m_loaded;
    QList<mamori::Section> m_sections;
    QLineEdit* m_code = nullptr;
    QComboBox* m_section = nullptr;
    QLineEdit* m_building = nullptr;
    QLineEdit* m_floor = nullptr;
    QLineEdit* m_room = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
    AreaMeasuresEditor* m_measures = nullptr;
    PeoplePicker* m_handlers = nullptr;
    LayoutImageEditor* m_image = nullptr;
    QListWidget* m_files = nullptr;
    QTabWidget* m_tabs = nullptr;
    FieldErrors m_errors;
    std::optional<mamori::HandlingArea> m_saved;
};

} // namespace mamori::ui

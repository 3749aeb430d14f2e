#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class SectionDialog;
class SectionsModel;

// The sections (課) of the case file, and adding one (ManageOrganisation).
class SectionsView : public QWidget {
    Q_OBJECT

public:
    explicit SectionsView(mamori::CaseFile& file, QWidget* parent = nullptr);
    SectionsModel* model() const { return m_model; }
    SectionDialog* openAddDialog();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // A section was added: lists that filter by section read them again.
    void sectionsChanged();

private:
    mamori::CaseFile& m_file;
    SectionsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace mamori::ui

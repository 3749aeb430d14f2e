#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AccessRightsModel;
class GrantAccessDialog;

// The access rights to one file of the register: the list (overdue reviews in red, and a box to
// show only those), "Grant…" and "Revoke". Each grant and revocation is its own record, saved
// at once by core, independently of the file's entry.
class AccessRightsPanel : public QWidget {
    Q_OBJECT

public:
    AccessRightsPanel(mamori::CaseFile& file, qint64 fileId, QWidget* parent = nullptr);
    AccessRightsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setOverdueOnly(bool on);
    GrantAccessDialog* openGrantDialog();
    // Revokes the selected right as of today; false (message shown) when core refuses.
    bool revokeSelected();

public Q_SLOTS:
    void reload();

private:
    void updateButtons();

    mamori::CaseFile& m_file;
    qint64 m_fileId;
    AccessRightsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QPushButton* m_grant = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui

#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AccountDialog;
class AccountsModel;
class ResetPasswordDialog;

// The accounts screen: every officer's account with roles under the city's titles, and the
// administrator's actions on them (add, disable, reset password, print or save the list as the
// 職員アカウント一覧 form). Buttons follow Session::can(ManageAccounts); core refuses anyway.
//
// Dialogs and message boxes open window-modal without blocking (open(), not exec()), so the
// auto-lock can close them and tests can drive them by object name.
class AccountsView : public QWidget {
    Q_OBJECT

public:
    explicit AccountsView(mamori::CaseFile& file, QWidget* parent = nullptr);

    AccountsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    std::optional<qint64> selectedAccountId() const;
    // Selects the row of `login`; false when there is none.
    bool selectLogin(const QString& login);

    // Each opens its dialog (deleted when closed) and returns it.
    AccountDialog* openAddDialog();
    ResetPasswordDialog* openResetPasswordDialog();
    // Asks whether to disable the selected account; "Yes" disables it.
    QMessageBox* confirmDisable();
    // Disables the selected account without asking; false (and an error box) when core refuses.
    bool disableSelected();
    // Builds the account-list form (journaled as a print) and writes it as a PDF.
    bool saveListPdf(const QString& path);

public Q_SLOTS:
    void reload();
    void printList();
    void saveListAsPdf();

private:
    void updateButtons();
    void showError(const QString& text);

    mamori::CaseFile& m_file;
    AccountsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui

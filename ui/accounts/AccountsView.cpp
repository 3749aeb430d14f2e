#include "accounts/AccountsView.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsModel.h"
#include "accounts/ResetPasswordDialog.h"
#include "forms/FormRenderer.h"

#include "accounts/Permission.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "forms/StandardForms.h"
#include "shell/DraftKeeper.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

AccountsView::AccountsView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("accountsView"));
    m_model = new AccountsModel(file, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AccountsModel::Roles, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_add = button(tr("Add…"), "addAccountButton");
    m_disable = button(tr("Disable"), "disableAccountButton");
    m_reset = button(tr("Reset password…"), "resetPasswordButton");
    buttons->addStretch();
    m_print = button(tr("Print list…"), "printAccountListButton");
    m_pdf = button(tr("Save as PDF…"), "saveAccountListPdfButton");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountsStatusLabel"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_disable, &QPushButton::clicked, this, [this] { confirmDisable(); });
    connect(m_reset, &QPushButton::clicked, this, [this] { openResetPasswordDialog(); });
    connect(m_print, &QPushButton::clicked, this, &AccountsView::printList);
    connect(m_pdf, &QPushButton::clicked, this, &AccountsView::saveListAsPdf);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsView::updateButtons);
    reload();
}

void AccountsView::reload() {
    const std::optional<qint64> selected = selectedAccountId();
    try {
        m_model->reload();
        m_status->clear();
    } catch (const Error& e) {
        showError(e.message());
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(AccountsModel::Roles, QHeaderView::Stretch);
    if (selected) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->account(row).id == *selected)
                m_table->selectRow(row);
    }
    updateButtons();
}

std::optional<qint64> AccountsView::selectedAccountId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->account(rows.first().row()).id;
}

bool AccountsView::selectLogin(const QString& login) {
    const int row = m_model->rowForLogin(login);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void AccountsView::updateButtons() {
    const Session& s = m_file.session();
    const bool manage = s.can(Permission::ManageAccounts);
    const bool view = s.can(Permission::ViewAccounts);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Account* selected = rows.isEmpty() ? nullptr : &m_model->account(rows.first().row());
    m_add->setEnabled(manage);
    // Core refuses disabling one's own account; the button says so by being off.
    m_disable->setEnabled(manage && selected && !selected->disabled &&
                          selected->id != s.accountId());
    m_reset->setEnabled(manage && selected);
    m_print->setEnabled(view);
    m_pdf->setEnabled(view);
}

AccountDialog* AccountsView::openAddDialog() {
    auto* dialog = new AccountDialog(m_file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Input left in this dialog when the case file last locked comes back.
    DraftKeeper::restore(m_file, *dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->created())
            selectLogin(dialog->created()->login);
        m_status->setText(
            tr("Account %1 added.").arg(dialog->created() ? dialog->created()->login : QString()));
    });
    dialog->open();
    return dialog;
}

ResetPasswordDialog* AccountsView::openResetPasswordDialog() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const Account a = m_model->account(rows.first().row());
    auto* dialog = new ResetPasswordDialog(m_file, a.id, a.login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, login = a.login] {
        reload();
        m_status->setText(tr("The password of %1 was reset.").arg(login));
    });
    dialog->open();
    return dialog;
}

QMessageBox* AccountsView::confirmDisable() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const Account a = m_model->account(rows.first().row());
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Disable account"),
        tr("Disable the account %1 (%2)? The officer can no longer open the case file. "
           "The account and its journal history are kept; resetting the password enables "
           "it again.")
            .arg(a.login, a.displayName),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDisableBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id = a.id] {
        // The selection may have changed while the box was open: act on the account asked about.
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->account(row).id == id)
                m_table->selectRow(row);
        if (selectedAccountId() == id)
            disableSelected();
    });
    box->open();
    return box;
}

bool AccountsView::disableSelected() {
    const std::optional<qint64> id = selectedAccountId();
    if (!id)
        return false;
    try {
        m_file.accounts().disable(m_file.session(), *id);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    reload();
    m_status->setText(tr("The account was disabled."));
    return true;
}

void AccountsView::printList() {
    try {
        FormRenderer::preview(StandardForms::accountList(m_file, m_file.session()), this);
    } catch (const Error& e) {
        showError(e.message());
    }
}

void AccountsView::saveListAsPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save account list as PDF"), tr("account-list.pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveListPdf(path);
}

bool AccountsView::saveListPdf(const QString& path) {
    try {
        QString error;
        if (!FormRenderer::writePdf(StandardForms::accountList(m_file, m_file.session()), path,
                                    &error)) {
            showError(error);
            return false;
        }
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    m_status->setText(tr("The account list was saved as %1.").arg(path));
    return true;
}

void AccountsView::showError(const QString& text) {
    m_status->setText(text);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Accounts"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("accountsErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mamori::ui

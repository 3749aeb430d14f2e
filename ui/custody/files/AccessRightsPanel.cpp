#include "custody/files/AccessRightsPanel.h"

#include "custody/files/AccessRightNames.h"
#include "custody/files/AccessRightsModel.h"
#include "custody/files/GrantAccessDialog.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

AccessRightsPanel::AccessRightsPanel(CaseFile& file, qint64 fileId, QWidget* parent)
    : QWidget(parent), m_file(file), m_fileId(fileId) {
    setObjectName(QStringLiteral("accessRightsPanel"));
    m_model = new AccessRightsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accessRightsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(AccessRightsModel::File, true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_overdueOnly = new QCheckBox(tr("Overdue reviews only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyCheck"));
    m_grant = new QPushButton(tr("Grant…"), this);
    m_grant->setObjectName(QStringLiteral("grantAccessButton"));
    m_revoke = new QPushButton(tr("Revoke"), this);
    m_revoke->setObjectName(QStringLiteral("revokeAccessButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accessRightsStatus"));
    m_status->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_overdueOnly);
    top->addStretch();
    top->addWidget(m_grant);
    top->addWidget(m_revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_overdueOnly, &QCheckBox::toggled, this, &AccessRightsPanel::setOverdueOnly);
    connect(m_grant, &QPushButton::clicked, this, [this] { openGrantDialog(); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { revokeSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessRightsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccessRightsPanel::updateButtons);
    reload();
}

void AccessRightsPanel::reload() {
    const QDate today = m_file.clock().now().toLocalTime().date();
    try {
        m_model->setRights(m_file.files().accessRights(m_file.session(), m_fileId),
                           loadAccessRightNames(m_file, false), today);
        const int overdue = m_model->overdueCount();
        m_status->setText(overdue > 0 ? tr("%n right(s) overdue for review.", nullptr, overdue)
                                      : QString());
    } catch (const Error& e) {
        m_status->setText(e.message());
    }
    m_table->resizeColumnsToContents();
}

void AccessRightsPanel::setOverdueOnly(bool on) {
    if (m_overdueOnly->isChecked() != on)
        m_overdueOnly->setChecked(on);
    m_model->setOverdueOnly(on);
}

void AccessRightsPanel::updateButtons() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_revoke->setEnabled(!rows.isEmpty() && !m_model->right(rows.first().row()).revokedOn);
}

GrantAccessDialog* AccessRightsPanel::openGrantDialog() {
    auto* dialog = new GrantAccessDialog(m_file, m_fileId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AccessRightsPanel::reload);
    dialog->open();
    return dialog;
}

bool AccessRightsPanel::revokeSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    try {
        m_file.files().revoke(m_file.session(), m_model->right(rows.first().row()).id,
                              m_file.clock().now().toLocalTime().date());
    } catch (const Error& e) {
        m_status->setText(e.message());
        return false;
    }
    reload();
    m_status->setText(tr("The right was revoked."));
    return true;
}

} // namespace mamori::ui

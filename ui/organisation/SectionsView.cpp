#include "organisation/SectionsView.h"

#include "organisation/SectionDialog.h"
#include "organisation/SectionsModel.h"

#include "casefile/CaseFile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

SectionsView::SectionsView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("sectionsView"));
    m_model = new SectionsModel(file, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sectionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("Add section…"), this);
    m_add->setObjectName(QStringLiteral("addSectionButton"));
    m_add->setEnabled(file.session().can(Permission::ManageOrganisation));
    auto* note = new QLabel(
        tr("Sections are kept once created: people, roles and records refer to them."), this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    reload();
}

void SectionsView::reload() {
    m_model->reload();
    m_table->resizeColumnsToContents();
}

SectionDialog* SectionsView::openAddDialog() {
    auto* dialog = new SectionDialog(m_file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT sectionsChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace mamori::ui

#include "unlock/DemoPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::ui {

DemoPanel::DemoPanel(QWidget* parent) : QGroupBox(tr("Demo case file"), parent) {
    setObjectName(QStringLiteral("demoPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(
        tr("Invented data for trying Mamori out. Never enter real personal data here."), this);
    note->setObjectName(QStringLiteral("demoNote"));
    note->setWordWrap(true);
    m_password = new QLabel(this);
    m_password->setObjectName(QStringLiteral("demoPassword"));
    m_password->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logins = new QTableWidget(0, 3, this);
    m_logins->setObjectName(QStringLiteral("demoLogins"));
    m_logins->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role")});
    m_logins->verticalHeader()->hide();
    m_logins->horizontalHeader()->setStretchLastSection(true);
    m_logins->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logins->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logins->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logins->setToolTip(tr("Double-click a row to use that login."));
    m_logins->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Room for most of the demo's eleven logins without scrolling.
    m_logins->setMinimumHeight(8 * (fontMetrics().height() + 8));
    layout->addWidget(note);
    layout->addWidget(m_password);
    layout->addWidget(m_logins);
    connect(m_logins, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_logins->item(row, 0))
            Q_EMIT loginChosen(item->text());
    });
}

void DemoPanel::setInfo(const DemoCase::Info& info) {
    m_password->setText(tr("Password for every demo login: %1").arg(info.password));
    m_logins->setRowCount(0);
    for (const DemoCase::Login& l : info.logins) {
        const int row = m_logins->rowCount();
        m_logins->insertRow(row);
        m_logins->setItem(row, 0, new QTableWidgetItem(l.login));
        m_logins->setItem(row, 1, new QTableWidgetItem(l.name));
        m_logins->setItem(row, 2, new QTableWidgetItem(l.role));
    }
    m_logins->resizeColumnsToContents();
}

} // namespace mamori::ui

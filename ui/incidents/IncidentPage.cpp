#include "incidents/IncidentPage.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldWithError.h"
#include "incidents/IncidentContext.h"

#include "common/Error.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QTableWidget>

namespace mamori::ui {

IncidentPage::IncidentPage(IncidentContext& context, QWidget* parent) : QWidget(parent), m_ctx(context) {}

bool IncidentPage::apply(const std::function<Incident()>& call) {
    m_errors.clear();
    Incident after;
    try {
        after = call();
    } catch (const Error& e) {
        m_errors.showOrInBox(e, window(), QStringLiteral("incidentErrorBox"));
        return false;
    }
    Q_EMIT changed(after);
    return true;
}

void IncidentPage::addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field,
                          const QString& name) {
    input->setObjectName(name);
    form->addRow(label, fieldWithError(input, m_errors.add(field, new FieldErrorLabel(name, this)), this));
}

QTableWidget* IncidentPage::makeTable(const QStringList& headers, const QString& name) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), this);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    // Sized to the headers before any row arrives: the default width cuts a long Japanese
    // header (番号変更の案内) short.
    t->resizeColumnsToContents();
    return t;
}

void IncidentPage::setRows(QTableWidget* table, const QList<QStringList>& rows) {
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString text = rows.at(r).value(c);
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            table->setItem(r, c, item);
        }
    table->resizeColumnsToContents();
    // Wide enough to read while empty, and never so wide that the last (stretching) column goes
    // out of sight.
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c + 1 < table->columnCount(); ++c)
        table->setColumnWidth(c, qBound(em * 5, table->columnWidth(c), 320));
}

} // namespace mamori::ui

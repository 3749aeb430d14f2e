#pragma once

#include <QFrame>

class QLabel;
class QTreeView;

namespace mamori::ui {

class SearchResultsModel;

// The drop-down list of the search box's hits: kind, record and section in columns, opened
// under the field with the first hit current, so Enter (or a click) opens it at once and the
// arrow keys walk the list. It is a popup window: Escape or a click elsewhere closes it, and it
// goes away with the main window when the case file is locked.
class SearchResultsPopup : public QFrame {
    Q_OBJECT

public:
    SearchResultsPopup(SearchResultsModel* model, QWidget* parent);

    QTreeView* view() const { return m_view; }
    QString noteText() const;
    // Shows the list under `anchor`, with `note` under the list (hidden when empty).
    void showBelow(QWidget* anchor, const QString& note);

Q_SIGNALS:
    // The row of the model that was chosen; the popup has closed already.
    void hitActivated(int row);

private:
    void choose(const QModelIndex& index);

    QTreeView* m_view;
    QLabel* m_note;
};

} // namespace mamori::ui

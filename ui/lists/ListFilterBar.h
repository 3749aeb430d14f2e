#pragma once

#include "lists/ListFilter.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace mamori {
struct Section;
}

namespace mamori::ui {

// The filter row shared by every register list (carry-outs, people, areas, files, disposals):
// state, section, a date range, "overdue only" and free text. Which parts show is chosen at
// construction; the list supplies its states and sections. Each change emits filterChanged()
// at once, except typing in the text box, which waits for a pause (or Enter) so that a filter
// is not run on every keystroke.
//
// Children have fixed object names for tests: listStateFilter, listSectionFilter,
// listFromDate, listToDate, listOverdueOnly, listTextFilter, listClearFilterButton.
class ListFilterBar : public QWidget {
    Q_OBJECT

public:
    enum Part { State = 0x1, Section = 0x2, DateRange = 0x4, OverdueOnly = 0x8, Text = 0x10, All = 0x1f };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit ListFilterBar(Parts parts, QWidget* parent = nullptr);

    // The choices of the state box, as (key, label) pairs; "Any" (key "") comes first by itself.
    void setStates(const QList<QPair<QString, QString>>& states);
    // The sections the user may filter on, shown as "code name"; "Any" comes first.
    void setSections(const QList<mamori::Section>& sections);
    // What the date range applies to, e.g. "Planned departure" (shown before the two dates).
    void setDateRangeLabel(const QString& text);

    ListFilter filter() const;
    // Sets the inputs (emits filterChanged() once if that changed the filter).
    void setFilter(const ListFilter& filter);

public Q_SLOTS:
    // Back to "any" everywhere.
    void clear();
    // Emits filterChanged() now if the inputs differ from the last filter emitted (the pending
    // text pause is cut short).
    void applyNow();

Q_SIGNALS:
    void filterChanged(const mamori::ui::ListFilter& filter);

private:
    static constexpr int kTypingPauseMs = 300;

    QComboBox* m_state = nullptr;
    QComboBox* m_section = nullptr;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLineEdit* m_text = nullptr;
    QTimer* m_typing = nullptr;
    ListFilter m_last;
    bool m_silent = false; // setFilter/clear change many inputs but emit once
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ListFilterBar::Parts)

} // namespace mamori::ui

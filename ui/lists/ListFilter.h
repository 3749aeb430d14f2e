#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace mamori::ui {

// What a ListFilterBar describes, independent of the record type: each list model turns it into
// its core filter (e.g. CarryOutFilter). Unset parts mean "any".
struct ListFilter {
    QString state;                   // a state key of the list's own choosing ("" = any)
    std::optional<qint64> sectionId; // sections.id
    std::optional<QDate> from;       // inclusive, local day
    std::optional<QDate> to;         // inclusive, local day
    bool overdueOnly = false;
    QString text;                    // free text, trimmed; the model decides where it looks

    bool isEmpty() const { return state.isEmpty() && !sectionId && !from && !to && !overdueOnly && text.isEmpty(); }
    bool operator==(const ListFilter&) const = default;
};

} // namespace mamori::ui

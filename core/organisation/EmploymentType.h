#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace mamori {

// 雇用区分 of a staff record. Dispatched workers are staff too (seed 000 Art. 7), so the
// regulations' duties reach them through the same records.
enum class EmploymentType {
    Regular,    // 正規
    FiscalYear, // 会計年度任用
    Dispatched, // 派遣
    Temporary,  // 臨時
};

QList<EmploymentType> allEmploymentTypes();
// "REGULAR" etc., as stored in the case file and printed by --json.
QString employmentKey(EmploymentType type);
std::optional<EmploymentType> employmentFromKey(const QString& key);
// The word the city's rosters and forms use (正規, 会計年度任用, 派遣, 臨時): Japanese data, not a
// translated UI string.
QString employmentLabel(EmploymentType type);
// What a roster CSV may hold in 雇用区分: the Japanese word or the key (case-insensitive).
std::optional<EmploymentType> employmentFromCsvWord(const QString& word);

} // namespace mamori

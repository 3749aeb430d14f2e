#pragma once

// Pieces the three incident form builders share (IncidentReportForm, PpcReportForm,
// NoticeLetterForm); not part of the forms' interface.
#include "forms/FormSpec.h"

#include <QString>
#include <optional>

namespace mamori {

class CaseFile;

namespace incidentforms {

inline const QString kEntity = QStringLiteral("incident");

// 市民課 (the section's name; empty for an unknown id).
QString sectionName(CaseFile& file, qint64 sectionId);
// 150人 / 1,234人; empty when unknown.
QString personsText(std::optional<qint64> persons);
// The text of a report item, or what a 速報 prints for an item not known yet.
QString orNotYetKnown(const QString& html);

} // namespace incidentforms
} // namespace mamori

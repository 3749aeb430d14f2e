#pragma once

#include <QDateTime>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;
class QWidget;

namespace mamori::ui {

struct IncidentNames;

// Inputs the incident screens share, built the same way everywhere.

// A date and time to the minute (ISO digits, calendar popup), e.g. when a step was taken.
QDateTimeEdit* makeDateTimeEdit(const QDateTime& initial, QWidget* parent);
// A few lines of free text; Tab moves on rather than typing a tab.
QPlainTextEdit* makeTextBox(int lines, QWidget* parent);
// The people the session may read, "staff no. name", with a first "(not named)" entry.
void fillPeople(QComboBox* box, const IncidentNames& names, const QString& noneText);

} // namespace mamori::ui

#pragma once

#include "organisation/EmploymentType.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace mamori {

// How the bytes of a roster file are read. Auto: a BOM or valid UTF-8 reads as UTF-8,
// anything else as CP932 (Shift_JIS as Excel writes it in Japan).
enum class RosterEncoding { Auto, Utf8, Cp932 };
// "auto", "utf-8" (or "utf8"), "cp932" (or "shift_jis", "sjis").
std::optional<RosterEncoding> rosterEncodingFromName(const QString& name);
QString rosterEncodingName(RosterEncoding encoding);

// One valid data row, ready to import.
struct RosterRow {
    int line = 0; // 1-based physical line where the record starts
    QString staffNo;
    QString name;
    QString kana;
    QString section; // the section's name (所属)
    EmploymentType employment = EmploymentType::Regular;
    QString email;
};

// One refused row and why (translated), with the column concerned when there is one.
struct RosterRowError {
    int line = 0;
    QString reason;
    QString field; // staff_no, name, kana, section, employment, email, or empty
};

struct RosterParseResult {
    RosterEncoding encoding = RosterEncoding::Utf8; // what the file was read as
    QList<RosterRow> rows;
    QList<RosterRowError> errors; // ordered by line
};

// Reads a staff roster CSV (RFC 4180: quoted fields, "" escapes, quoted line breaks, CRLF or
// LF). The header row names the columns in Japanese (職員番号, 氏名, 氏名カナ, 所属, 雇用区分,
// メール) or English (staff_no, name, kana, section, employment, email), in any order; メール
// may be left out. A bad row is reported and skipped; a file that cannot be read as a roster
// at all (encoding, header, unterminated quote) throws Error(InvalidArgument).
class RosterCsv {
public:
    static RosterParseResult parse(const QByteArray& bytes, RosterEncoding encoding = RosterEncoding::Auto);
    // The text of the file; throws InvalidArgument when it is not in the given encoding.
    static QString decode(const QByteArray& bytes, RosterEncoding encoding, RosterEncoding* used = nullptr);
    // One record per entry, each with the line it starts on. Throws on an unterminated quote.
    struct Record {
        int line = 0;
        QStringList fields;
    };
    static QList<Record> records(const QString& text);
    // A CSV cell, quoted when it must be.
    static QString quoted(const QString& field);
    static QString guardFormula(const QString& field);
    static QString unguardFormula(const QString& field);
};

} // namespace mamori

#include "organisation/RosterCsv.h"

#include "common/Error.h"
#include "organisation/PersonService.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <array>
#include <memory>
#include <unicode/ucnv.h>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::RosterCsv", text);
}

Error fileError(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message).withField(QStringLiteral("file"));
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

// CP932 through ICU, stopping at the first byte sequence that is not CP932 instead of
// replacing it, so a file in another encoding is refused rather than imported garbled.
std::optional<QString> fromCp932(const QByteArray& bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open("windows-31j", &status));
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        cnv.reset(ucnv_open("ibm-943_P15A-2003", &status));
    }
    if (U_FAILURE(status))
        throw Error(ErrorCode::Internal, QCoreApplication::translate("mamori::RosterCsv", "The Shift_JIS converter is not available."));
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // CP932 never yields more UTF-16 units than it has bytes.
    QString out(bytes.size() + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(cnv.get(), reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()),
                                    bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    return out;
}

std::optional<QString> fromUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString out = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return out;
}

enum class Column { StaffNo, Name, Kana, Section, Employment, Email };
constexpr std::array kColumns = {Column::StaffNo, Column::Name, Column::Kana, Column::Section, Column::Employment, Column::Email};

QString fieldName(Column c)
{
    switch (c) {
    case Column::StaffNo: return QStringLiteral("staff_no");
    case Column::Name: return QStringLiteral("name");
    case Column::Kana: return QStringLiteral("kana");
    case Column::Section: return QStringLiteral("section");
    case Column::Employment: return QStringLiteral("employment");
    case Column::Email: return QStringLiteral("email");
    }
    return QString();
}

QString japaneseHeader(Column c)
{
    switch (c) {
    case Column::StaffNo: return QStringLiteral("職員番号");
    case Column::Name: return QStringLiteral("氏名");
    case Column::Kana: return QStringLiteral("氏名カナ");
    case Column::Section: return QStringLiteral("所属");
    case Column::Employment: return QStringLiteral("雇用区分");
    case Column::Email: return QStringLiteral("メール");
    }
    return QString();
}

std::optional<Column> columnFromHeader(const QString& cell)
{
    const QString h = cell.trimmed();
    for (Column c : kColumns)
        if (h == japaneseHeader(c) || h.compare(fieldName(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

bool isBlank(const RosterCsv::Record& r)
{
    return r.fields.size() == 1 && r.fields.first().trimmed().isEmpty();
}
} // namespace

std::optional<RosterEncoding> rosterEncodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        return RosterEncoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return RosterEncoding::Utf8;
    if (n == QLatin1String("cp932") || n == QLatin1String("shift_jis") || n == QLatin1String("sjis") ||
        n == QLatin1String("windows-31j"))
        return RosterEncoding::Cp932;
    return std::nullopt;
}

QString rosterEncodingName(RosterEncoding encoding)
{
    switch (encoding) {
    case RosterEncoding::Auto: return QStringLiteral("auto");
    case RosterEncoding::Utf8: return QStringLiteral("utf-8");
    case RosterEncoding::Cp932: return QStringLiteral("cp932");
    }
    return QString();
}

QString RosterCsv::decode(const QByteArray& bytes, RosterEncoding encoding, RosterEncoding* used)
{
    static const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    const bool hasBom = bytes.startsWith(bom);
    if (encoding == RosterEncoding::Utf8 || (encoding == RosterEncoding::Auto && hasBom)) {
        const std::optional<QString> text = fromUtf8(hasBom ? QByteArrayView(bytes).sliced(bom.size()) : QByteArrayView(bytes));
        if (!text)
            throw fileError(tr("The file is not valid UTF-8. Choose the encoding it was saved in (for example CP932)."));
        if (used)
            *used = RosterEncoding::Utf8;
        return *text;
    }
    if (encoding == RosterEncoding::Auto) {
        if (std::optional<QString> text = fromUtf8(bytes)) {
            if (used)
                *used = RosterEncoding::Utf8;
            return *text;
        }
    }
    const std::optional<QString> text = fromCp932(bytes);
    if (!text)
        throw fileError(encoding == RosterEncoding::Auto
                            ? tr("The file is neither UTF-8 nor Shift_JIS (CP932). Save it from Excel as CSV and try again.")
                            : tr("The file is not valid Shift_JIS (CP932). Choose the encoding it was saved in (for example UTF-8)."));
    if (used)
        *used = RosterEncoding::Cp932;
    return *text;
}

QList<RosterCsv::Record> RosterCsv::records(const QString& text)
{
    QList<Record> out;
    Record current{1, {}};
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endRecord = [&](int nextLine) {
        current.fields.append(field);
        out.append(std::move(current));
        current = Record{nextLine, {}};
        field.clear();
        fieldWasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == u',') {
            current.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else {
            field.append(c);
        }
    }
    if (inQuotes)
        throw fileError(tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord(line + 1);
    return out;
}

// A cell that starts like a spreadsheet formula (= + - @) is written with a leading apostrophe,
// so that opening the export in Excel never runs it; the import takes the apostrophe off again.
QString RosterCsv::guardFormula(const QString& field)
{
    if (!field.isEmpty() && QStringView(u"=+-@").contains(field.front()))
        return u'\'' + field;
    return field;
}

QString RosterCsv::unguardFormula(const QString& field)
{
    if (field.size() >= 2 && field.front() == u'\'' && QStringView(u"=+-@").contains(field.at(1)))
        return field.mid(1);
    return field;
}

QString RosterCsv::quoted(const QString& raw)
{
    const QString field = guardFormula(raw);
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

RosterParseResult RosterCsv::parse(const QByteArray& bytes, RosterEncoding encoding)
{
    RosterParseResult result;
    const QString text = decode(bytes, encoding, &result.encoding);
    QList<Record> recs = records(text);
    qsizetype first = 0;
    while (first < recs.size() && isBlank(recs.at(first)))
        ++first;
    if (first == recs.size())
        throw fileError(tr("The file is empty: it needs a header row and at least one person."));

    // Header: which column holds what.
    const Record& header = recs.at(first);
    QHash<int, qsizetype> index; // by Column
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const std::optional<Column> c = columnFromHeader(header.fields.at(i));
        if (!c)
            throw fileError(tr("Line %1: unknown column \"%2\" in the header. The columns are 職員番号, 氏名, 氏名カナ, 所属, "
                               "雇用区分 and optionally メール (or staff_no, name, kana, section, employment, email).")
                                .arg(header.line)
                                .arg(header.fields.at(i).trimmed()));
        if (index.contains(static_cast<int>(*c)))
            throw fileError(tr("Line %1: the column \"%2\" appears twice in the header.").arg(header.line).arg(header.fields.at(i).trimmed()));
        index.insert(static_cast<int>(*c), i);
    }
    for (Column c : kColumns)
        if (c != Column::Email && !index.contains(static_cast<int>(c)))
            throw fileError(tr("Line %1: the header has no column %2 (%3).").arg(header.line).arg(japaneseHeader(c), fieldName(c)));

    QHash<QString, int> firstLineOfStaffNo;
    const qsizetype width = header.fields.size();
    for (qsizetype r = first + 1; r < recs.size(); ++r) {
        const Record& rec = recs.at(r);
        if (isBlank(rec))
            continue;
        auto refuse = [&](const QString& reason, const QString& field) {
            result.errors.append(RosterRowError{rec.line, reason, field});
        };
        if (rec.fields.size() != width) {
            refuse(tr("%1 columns instead of %2.").arg(rec.fields.size()).arg(width), QString());
            continue;
        }
        auto cell = [&](Column c) {
            return index.contains(static_cast<int>(c))
                       ? unguardFormula(rec.fields.at(index.value(static_cast<int>(c))).trimmed())
                       : QString();
        };
        bool missing = false;
        for (Column c : kColumns) {
            if (c != Column::Email && cell(c).isEmpty()) {
                refuse(tr("%1 is empty.").arg(japaneseHeader(c)), fieldName(c));
                missing = true;
                break;
            }
        }
        if (missing)
            continue;
        const std::optional<EmploymentType> employment = employmentFromCsvWord(cell(Column::Employment));
        if (!employment) {
            refuse(tr("Unknown employment type \"%1\" (use 正規, 会計年度任用, 派遣 or 臨時).").arg(cell(Column::Employment)),
                   QStringLiteral("employment"));
            continue;
        }
        RosterRow row{rec.line, cell(Column::StaffNo), cell(Column::Name), cell(Column::Kana), cell(Column::Section),
                      *employment, cell(Column::Email)};
        if (row.section.size() > 100) {
            refuse(tr("The section name is longer than 100 characters."), QStringLiteral("section"));
            continue;
        }
        try {
            Person p;
            p.staffNo = row.staffNo;
            p.name = row.name;
            p.kana = row.kana;
            p.email = row.email;
            PersonService::validateFields(p);
        } catch (const Error& e) {
            refuse(e.message(), e.field());
            continue;
        }
        if (const int seen = firstLineOfStaffNo.value(row.staffNo, 0)) {
            refuse(tr("The staff number %1 already appears on line %2.").arg(row.staffNo).arg(seen), QStringLiteral("staff_no"));
            continue;
        }
        firstLineOfStaffNo.insert(row.staffNo, row.line);
        result.rows.append(std::move(row));
    }
    return result;
}

} // namespace mamori

#include "search/SearchFunction.h"

#include "common/Error.h"
#include "search/SearchText.h"

#include <QCoreApplication>
#include <QStringList>
#include <sqlcipher/sqlite3.h>

namespace mamori {

namespace {

void searchText(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    QStringList parts;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        const int bytes = sqlite3_value_bytes(argv[i]);
        if (text && bytes > 0)
            parts.append(QString::fromUtf8(text, bytes));
    }
    const QByteArray out = SearchText::indexForm(parts.join(QLatin1Char(' '))).toUtf8();
    sqlite3_result_text(ctx, out.constData(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

} // namespace

void installSearchFunction(sqlite3* db)
{
    if (sqlite3_create_function_v2(db, "mamori_search_text", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   &searchText, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw Error(ErrorCode::Internal,
                    QCoreApplication::translate("mamori::Database", "The database could not be opened."),
                    QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace mamori

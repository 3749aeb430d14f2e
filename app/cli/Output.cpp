#include "Output.h"

#include "crypto/SecureBytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mamori::cli {

namespace {
void put(std::FILE* stream, QByteArrayView bytes)
{
    // An empty QByteArray has a null data(): fwrite must not see it, even for zero bytes.
    if (!bytes.isEmpty())
        std::fwrite(bytes.data(), 1, static_cast<std::size_t>(bytes.size()), stream);
}
} // namespace

bool Output::failed() const
{
    return std::ferror(stdout) != 0;
}

void Output::line(const QString& text)
{
    put(stdout, text.toUtf8());
    put(stdout, "\n");
}

void Output::write(QByteArrayView utf8)
{
    put(stdout, utf8);
}

QByteArray Output::compactJson(const QJsonValue& value)
{
    // QJsonDocument holds only objects and arrays: wrap a scalar and cut the brackets off.
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void Output::printJson(const QJsonValue& value)
{
    put(stdout, compactJson(value));
    put(stdout, "\n");
    std::fflush(stdout);
}

void Output::writeSecret(const SecureBytes& bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void Output::note(const QString& text)
{
    std::fflush(stdout);
    put(stderr, text.toUtf8());
    std::fflush(stderr);
}

void Output::error(const QString& name, const QString& message, const QString& detail, int retryAfterSeconds)
{
    std::fflush(stdout);
    if (m_json) {
        QJsonObject o{{QStringLiteral("error"), name}, {QStringLiteral("message"), message}};
        if (!detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
        if (retryAfterSeconds > 0)
            o.insert(QStringLiteral("retry_after"), retryAfterSeconds);
        put(stderr, compactJson(o));
    } else {
        put(stderr, QStringLiteral("mamori-cli: ").toUtf8());
        put(stderr, message.toUtf8());
        if (!detail.isEmpty())
            put(stderr, QStringLiteral(" (%1)").arg(detail).toUtf8());
    }
    put(stderr, "\n");
    std::fflush(stderr);
}

} // namespace mamori::cli

#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace mamori {
class SecureBytes;
}

namespace mamori::cli {

// Where mamori-cli writes: data to stdout, prompts and errors to stderr, always UTF-8. In JSON
// mode (--json) stdout carries only JSON and errors are JSON objects too, so a script can parse
// both streams.
class Output {
public:
    void setJson(bool on) { m_json = on; }
    bool json() const { return m_json; }
    // True once writing to stdout failed (a closed pipe, a full disk).
    bool failed() const;

    void line(const QString& text = {});
    void write(QByteArrayView utf8);
    // Compact JSON, one document per call, newline-terminated.
    void printJson(const QJsonValue& value);
    static QByteArray compactJson(const QJsonValue& value);
    // Writes key material straight from its wiped buffer, never through a QString.
    void writeSecret(const SecureBytes& bytes);

    // stderr, unbuffered: prompts and notes that must not end up in piped data.
    void note(const QString& text);
    // "mamori-cli: <message>" or {"error": name, "message": ..., ...} on stderr.
    void error(const QString& name, const QString& message, const QString& detail = {}, int retryAfterSeconds = 0);

private:
    bool m_json = false;
};

// JSON values of --json output: a time in UTC ISO 8601, and null for what is not set.
inline QJsonValue jsonTime(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
template <typename T>
QJsonValue jsonOptional(const std::optional<T>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace mamori::cli

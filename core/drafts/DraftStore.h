#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

// What an open editor held when the application locked itself: kept inside the encrypted case
// file (never in a temp file), per account, and offered back when that editor opens again.
class DraftStore {
public:
    explicit DraftStore(CaseFile& file) : m_file(file) {}
    void save(const Session& actor, const QString& key, const QByteArray& content);
    // Returns and deletes the draft.
    std::optional<QByteArray> take(const Session& actor, const QString& key);
    bool has(const Session& actor, const QString& key);

private:
    CaseFile& m_file;
};

} // namespace mamori

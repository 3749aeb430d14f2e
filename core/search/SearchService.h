#pragma once

#include <QList>
#include <QString>

namespace mamori {

class CaseFile;
class Session;

// One hit of the search box: what it is ("person", "area", "file", "carry_out", ...), which
// record, and the short title shown in the result list (a name, a control number).
struct SearchHit {
    QString entity;
    qint64 entityId = 0;
    qint64 sectionId = 0;
    QString title;
};

// The one search box over the custody records (full text over the encrypted store, FTS4).
//
// Permissions: hits are limited to the sections where the actor may read personal data; an
// actor who may read none is refused (journaled). Each search is journaled as a view of the
// hits (entity "search", with the number of hits: never the words searched for, which are
// often a person's name).
class SearchService {
public:
    static constexpr int kDefaultLimit = 50;
    explicit SearchService(CaseFile& file) : m_file(file) {}

    // FTS4 has no ranking function here; hits come newest first, which is what an officer
    // scanning a list expects. Throws InvalidArgument ("query") when nothing searchable was typed.
    QList<SearchHit> search(const Session& actor, const QString& query, int limit = kDefaultLimit);

private:
    CaseFile& m_file;
};

} // namespace mamori

#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

struct Section {
    qint64 id = 0;
    QString code; // the city's section code, e.g. "0301"
    QString name; // 市民課
};

// Sections (課). Accounts and section-scoped roles point at them; the custody issue adds
// people, handlers and areas on top.
class SectionService {
public:
    explicit SectionService(CaseFile& file) : m_file(file) {}
    QList<Section> list();
    std::optional<Section> byCode(const QString& code);
    std::optional<Section> byName(const QString& name);
    Section add(const Session& actor, const QString& code, const QString& name);

private:
    CaseFile& m_file;
};

} // namespace mamori

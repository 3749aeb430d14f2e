#pragma once

#include "settings/CaseSettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace mamori {

// What a printed form says, independent of how it is drawn: core builds it (and its golden
// tests read it), ui/forms/FormRenderer lays it out on A4 with the header, seal boxes and the
// footer that carries page x/y and the journal head.
struct FormSpec {
    QString title;          // 職員アカウント一覧
    QString documentNumber; // e.g. MAMORI-ACC-20251123-1
    QDate date;
    DateStyle dateStyle = DateStyle::Wareki;
    QString organisation;    // printed top left
    QString classification;  // e.g. 取扱注意 / 厳秘
    QStringList sealBoxes;   // captions of the seal boxes, left to right; empty = none
    QString bodyHtml;        // the body, simple HTML (tables, paragraphs, headings)
    QString journalHead;     // short journal head hash, printed in every footer

    QString formattedDate() const;
};

} // namespace mamori

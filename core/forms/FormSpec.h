#pragma once

#include "labels/QrCode.h"
#include "settings/CaseSettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace mamori {

// Forms are A4 portrait; wide ledgers (持出簿, 廃棄記録簿) are printed landscape, as on paper.
enum class FormOrientation { Portrait, Landscape };

// One label of a label sheet, for the records room: a control number as text and as a QR code
// that a USB scanner types back into the scan field. Never a personal name.
struct FormLabel {
    QString code;      // printed large, and what the QR code holds
    QString kind;      // e.g. 持出管理
    QStringList lines; // section, short description, dates; the renderer shortens what does not fit
    QrCode qr;
};

// What a printed form says, independent of how it is drawn: core builds it (and its golden
// tests read it), ui/forms/FormRenderer lays it out on A4 with the header, seal boxes and the
// footer that carries page x/y and the journal head.
struct FormSpec {
    QString title;          // 職員アカウント一覧
    QString documentNumber; // e.g. MAMORI-ACC-20251123-1
    QDate date;
    DateStyle dateStyle = DateStyle::Wareki;
    FormOrientation orientation = FormOrientation::Portrait;
    QString organisation;    // printed top left
    QString classification;  // e.g. 取扱注意 / 厳秘
    QStringList sealBoxes;   // captions of the seal boxes, left to right; empty = none
    QString bodyHtml;        // the body, simple HTML (tables, paragraphs, headings)
    QString journalHead;     // short journal head hash, printed in every footer
    // A label sheet instead of a body: labels laid out in a grid of labelColumns x labelRows per
    // A4 page (ui/forms/LabelSheetPage), with the header and footer in the sheet's margins.
    QList<FormLabel> labels;
    int labelColumns = 2;
    int labelRows = 6;

    QString formattedDate() const;
};

} // namespace mamori

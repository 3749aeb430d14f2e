#pragma once

#include <QString>

namespace mamori {

// How text is made searchable with FTS4, whose tokenizers split words on spaces: Japanese has
// none, so a run of kana and kanji becomes its overlapping two-character pieces (住民基本 →
// 住民 民基 基本) and a query is searched as the phrase of its pieces, which finds any
// substring of two characters or more. Text is NFKC-normalised first, so full-width letters and
// digits (ＣＯ－２０２６) match their half-width form, and half-width kana their full-width one.
class SearchText {
public:
    // The form stored in the index.
    static QString indexForm(const QString& text);
    // An FTS4 MATCH expression for what the user typed: every space-separated term must occur.
    // A single kana or kanji searches as a prefix (it can only find words that start with it).
    // Empty when nothing searchable is left (only punctuation or spaces).
    static QString matchExpression(const QString& query);
    // Whether every text that contains `word` is found by matchExpression(word), so that the
    // index may narrow a substring (LIKE) search to its candidates: true for a run of two or
    // more kana or kanji that NFKC leaves as it is. Latin words are indexed whole, so "US"
    // would not find "USB": those are left to LIKE alone.
    static bool findsEverySubstring(const QString& word);
};

} // namespace mamori

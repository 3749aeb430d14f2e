#include "search/SearchText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace mamori {

namespace {

// Kana, kanji and the prolonged-sound mark: the scripts written without spaces.
bool isCjk(char32_t c)
{
    if (c == 0x30FB || c == 0x30A0) // ・ and ゠ are punctuation
        return false;
    return (c >= 0x3040 && c <= 0x30FF)     // hiragana, katakana (incl. ー)
           || (c >= 0x3400 && c <= 0x4DBF)  // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)  // CJK unified ideographs
           || (c >= 0xF900 && c <= 0xFAFF)  // compatibility ideographs
           || (c >= 0x20000 && c <= 0x3134F) // extensions B–G
           || c == 0x3005;                   // 々
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

struct Token {
    QString text;
    bool cjk = false;
};

// Splits normalised text into runs: CJK runs, other word runs (letters, digits) and nothing else.
QList<Token> runs(const QString& text)
{
    QList<Token> out;
    const QList<uint> cps = text.normalized(QString::NormalizationForm_KC).toUcs4();
    Token current;
    auto flush = [&] {
        if (!current.text.isEmpty())
            out.append(current);
        current = Token();
    };
    for (uint u : cps) {
        const char32_t c = u;
        const bool cjk = isCjk(c);
        const bool word = cjk || isWordChar(c);
        if (!word || (!current.text.isEmpty() && current.cjk != cjk))
            flush();
        if (word) {
            current.cjk = cjk;
            current.text += QString::fromUcs4(&c, 1);
        }
    }
    flush();
    return out;
}

QStringList bigrams(const QString& run)
{
    const QList<uint> cps = run.toUcs4();
    if (cps.size() < 2)
        return {run};
    QStringList out;
    for (qsizetype i = 0; i + 1 < cps.size(); ++i) {
        const char32_t pair[2] = {cps[i], cps[i + 1]};
        out.append(QString::fromUcs4(pair, 2));
    }
    return out;
}

} // namespace

QString SearchText::indexForm(const QString& text)
{
    QStringList pieces;
    for (const Token& t : runs(text))
        pieces.append(t.cjk ? bigrams(t.text) : QStringList{t.text.toLower()});
    return pieces.join(QLatin1Char(' '));
}

QString SearchText::matchExpression(const QString& query)
{
    QStringList terms;
    const QString normalised = query.normalized(QString::NormalizationForm_KC);
    for (const QString& term : normalised.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QStringList pieces;
        bool prefixOnly = false;
        const QList<Token> tokens = runs(term);
        for (const Token& t : tokens) {
            if (t.cjk && t.text.toUcs4().size() == 1) {
                prefixOnly = tokens.size() == 1;
                pieces.append(t.text);
            } else {
                pieces.append(t.cjk ? bigrams(t.text) : QStringList{t.text.toLower()});
            }
        }
        if (pieces.isEmpty())
            continue;
        // Pieces hold letters and digits only, so quoting cannot break out of the phrase.
        if (prefixOnly)
            terms.append(pieces.first() + QLatin1Char('*'));
        else
            terms.append(QLatin1Char('"') + pieces.join(QLatin1Char(' ')) + QLatin1Char('"'));
    }
    return terms.join(QLatin1Char(' '));
}

bool SearchText::findsEverySubstring(const QString& word)
{
    if (word.normalized(QString::NormalizationForm_KC) != word)
        return false;
    const QList<uint> cps = word.toUcs4();
    return cps.size() >= 2 && std::all_of(cps.cbegin(), cps.cend(), [](uint c) { return isCjk(c); });
}

} // namespace mamori

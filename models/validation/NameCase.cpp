#include "NameCase.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace dtr {

namespace {

// Abbreviations found in day-care names, kept in capitals (or in their usual form).
const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> out;
        for (const char *w : {"SFO", "KFUM", "KFUK", "FDF", "FPF", "DUI", "DGI", "KKFO", "BUPL", "FOA", "AOF", "LOF",
                              "FOF", "ABC", "IVS", "SMBA", "AMBA", "FMBA"})
            out.insert(QString::fromLatin1(w), QString::fromLatin1(w));
        out.insert(QStringLiteral("APS"), QStringLiteral("ApS"));
        out.insert(QStringLiteral("SKT"), QStringLiteral("Skt")); // Sankt
        out.insert(QStringLiteral("SCT"), QStringLiteral("Sct"));
        out.insert(QStringLiteral("A/S"), QStringLiteral("A/S"));
        out.insert(QStringLiteral("I/S"), QStringLiteral("I/S"));
        out.insert(QStringLiteral("P/S"), QStringLiteral("P/S"));
        out.insert(QStringLiteral("K/S"), QStringLiteral("K/S"));
        return out;
    }();
    return words;
}

// Small words written in lower case inside a name.
const QSet<QString> &smallWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (const char *w :
             {"og", "i",   "på",  "ved", "af",  "til", "for",    "med",  "under", "over", "om", "en", "et",
              "de", "den", "det", "fra", "hos", "bag", "mellem", "uden", "efter", "ad",   "ud", "op"})
            out.insert(QString::fromUtf8(w));
        return out;
    }();
    return words;
}

bool hasVowel(const QString &word)
{
    static const QString vowels = QStringLiteral("aeiouyæøåéü");
    for (QChar c : word)
        if (vowels.contains(c.toLower()))
            return true;
    return false;
}

bool isRomanNumeral(const QString &word)
{
    static const QRegularExpression re(QStringLiteral("^X{0,3}(IX|IV|V?I{0,3})$"));
    return !word.isEmpty() && re.match(word).hasMatch();
}

QString capitalised(const QString &word)
{
    QString out = word.toLower();
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

// One word without surrounding punctuation. `first` and `last`: its place in the name.
QString caseWord(const QString &word, bool first, bool last)
{
    const QString upper = word.toUpper();
    if (const auto known = abbreviations().constFind(upper); known != abbreviations().cend())
        return *known;
    bool letters = false;
    for (QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('.'))
            return word; // "2A", "A.P."
        letters = letters || c.isLetter();
    }
    if (!letters)
        return word;
    if (upper == QLatin1String("I"))
        return first || last ? word : QStringLiteral("i"); // "Skovly I", but "Huset i Skoven"
    if (isRomanNumeral(upper) || word.size() == 1)
        return word;
    if (!hasVowel(word))
        return word; // "KBH"
    if (!first && smallWords().contains(word.toLower()))
        return word.toLower();
    // A genitive or elision: "KFUM'S" → "KFUM's", "PETER'S" → "Peter's".
    const qsizetype apostrophe = word.indexOf(QRegularExpression(QStringLiteral("['’]")));
    if (apostrophe > 0)
        return caseWord(word.left(apostrophe), first, false) + word.mid(apostrophe).toLower();
    return capitalised(word);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(u'’') || c == QLatin1Char('.');
}

} // namespace

QString properDanishCase(const QString &name)
{
    // Whole tokens first (so "A/S" stays one), then the parts of a hyphenated or slashed token.
    const QStringList tokens = name.split(QLatin1Char(' '));
    int lastWord = -1;
    for (int t = 0; t < tokens.size(); ++t)
        if (!tokens[t].isEmpty())
            lastWord = t;
    QStringList out;
    bool first = true;
    for (int t = 0; t < tokens.size(); ++t) {
        const QString &token = tokens[t];
        if (token.isEmpty()) {
            out.append(token);
            continue;
        }
        QString core = token;
        // Surrounding punctuation: "(LUKKET)", "SKOVLY,". A trailing full stop belongs to the word ("SKT.").
        qsizetype begin = 0;
        while (begin < core.size() && !core[begin].isLetterOrNumber())
            ++begin;
        qsizetype end = core.size();
        while (end > begin && !core[end - 1].isLetterOrNumber() && core[end - 1] != QLatin1Char('.'))
            --end;
        const QString inner = core.mid(begin, end - begin);
        QString cased;
        if (abbreviations().contains(inner.toUpper())) {
            cased = abbreviations().value(inner.toUpper());
        } else {
            // Parts split at '-' and '/', each cased on its own: "NØRRE-SNEDE" → "Nørre-Snede".
            qsizetype start = 0;
            for (qsizetype i = 0; i <= inner.size(); ++i) {
                if (i < inner.size() && isWordChar(inner[i]))
                    continue;
                const QString part = inner.mid(start, i - start);
                const bool trailingDot = part.endsWith(QLatin1Char('.')) && part.count(QLatin1Char('.')) == 1;
                const QString word = trailingDot ? part.chopped(1) : part;
                cased += caseWord(word, first && start == 0, t == lastWord && i == inner.size()) +
                         (trailingDot ? QStringLiteral(".") : QString());
                if (i < inner.size())
                    cased += inner[i];
                start = i + 1;
            }
        }
        out.append(core.left(begin) + cased + core.mid(end));
        first = false;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace dtr

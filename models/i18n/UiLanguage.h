#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace dtr {

// The UI speaks Danish (the source language of every string) or English. The choice is kept in
// the settings ("ui/language": "da", "en", or empty for automatic: Danish on a Danish system,
// English otherwise).
QString uiLanguageSetting();
void setUiLanguageSetting(const QString &language);
QString resolvedUiLanguage(const QString &setting, const QLocale &system);

// English from translations/dtrstudio_en.ts (embedded). Looks a text up in its context first, as
// QTranslator does; a text whose context differs from the one lupdate filed it under (tr() in a
// helper or namespace) is then found by its source text alone — Danish sources are unique enough
// that the first one filed wins.
class TsTranslator : public QTranslator
{
public:
    // Reads a Qt Linguist .ts file; false (with the reason) when it cannot be read.
    bool loadTs(const QString &path, QString *error);
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_byContext.isEmpty(); }
    QString tsLanguage() const { return m_language; }
    int size() const { return int(m_byContext.size()); }

private:
    struct Entry
    {
        QStringList forms; // one, or the numerus forms (singular, plural)
    };
    static QString key(QStringView context, QStringView source, QStringView disambiguation);
    QString pick(const Entry &entry, int n) const;

    QHash<QString, Entry> m_byContext;
    QHash<QString, Entry> m_bySource;
    QString m_language;
};

// Installs the translators for a language on the application (English: ours; Danish: the plural
// forms of our texts and Qt's own dialogs in Danish). Returns the language actually in effect.
QString installUiTranslation(const QString &language);

} // namespace dtr

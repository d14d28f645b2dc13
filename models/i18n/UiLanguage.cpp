#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QXmlStreamReader>

namespace dtr {

namespace {

constexpr QLatin1StringView LanguageKey{"ui/language"};

} // namespace

QString uiLanguageSetting()
{
    return QSettings().value(LanguageKey).toString();
}

void setUiLanguageSetting(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QString resolvedUiLanguage(const QString &setting, const QLocale &system)
{
    if (setting == QLatin1String("da") || setting == QLatin1String("en"))
        return setting;
    return system.language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

QString TsTranslator::key(QStringView context, QStringView source, QStringView disambiguation)
{
    return context.toString() + QChar(0x1f) + source.toString() + QChar(0x1f) + disambiguation.toString();
}

bool TsTranslator::loadTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    Entry entry;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD() || xml.isEntityReference())
            continue; // <!DOCTYPE TS> has no entities to expand; nothing is fetched
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("TS")) {
                m_language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                entry = {};
                unfinished = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                             type == QLatin1String("obsolete");
                // Either text, or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.forms.append(xml.readElementText());
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (entry.forms.isEmpty())
                    entry.forms.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!unfinished && !entry.forms.isEmpty() && !entry.forms.first().isEmpty()) {
                m_byContext.insert(key(context, source, comment), entry);
                if (!m_bySource.contains(key({}, source, comment)))
                    m_bySource.insert(key({}, source, comment), entry);
            }
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

QString TsTranslator::pick(const Entry &entry, int n) const
{
    // English: the first form for exactly one, the second otherwise.
    if (entry.forms.size() > 1 && n != 1)
        return entry.forms.at(1);
    return entry.forms.first();
}

QString TsTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString source = QString::fromUtf8(sourceText);
    const QString comment = QString::fromUtf8(disambiguation);
    const auto inContext = m_byContext.constFind(key(QString::fromUtf8(context), source, comment));
    if (inContext != m_byContext.cend())
        return pick(*inContext, n);
    const auto bySource = m_bySource.constFind(key({}, source, comment));
    return bySource != m_bySource.cend() ? pick(*bySource, n) : QString();
}

QString installUiTranslation(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (language == QLatin1String("en")) {
        auto *ours = new TsTranslator;
        QString error;
        if (ours->loadTs(QStringLiteral(":/i18n/dtrstudio_en.ts"), &error)) {
            ours->setParent(app);
            QCoreApplication::installTranslator(ours);
            return language;
        }
        qWarning("English translation not loaded: %s", qPrintable(error));
        delete ours;
        return QStringLiteral("da");
    }
    // Danish is the source language; only its plural forms ("1 ventende ændring") need a file.
    auto *plurals = new TsTranslator;
    QString error;
    if (plurals->loadTs(QStringLiteral(":/i18n/dtrstudio_da.ts"), &error)) {
        plurals->setParent(app);
        QCoreApplication::installTranslator(plurals);
    } else {
        qWarning("Danish plural forms not loaded: %s", qPrintable(error));
        delete plurals;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Danish), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("da");
}

} // namespace dtr

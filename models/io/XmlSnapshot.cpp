#include "XmlSnapshot.h"

#include "TextChecks.h"
#include "XmlNames.h"
#include "register/Register.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::XmlSnapshot", text);
}

// Reads one document. Records are collected in document order (a parent before its children)
// and added to the register at the end.
class Reader
{
public:
    Reader(const QByteArray &data, const QString &source)
        : m_data(data)
        , m_source(source)
    {
        m_xml.setNamespaceProcessing(true);
        feed();
    }

    bool run(Register *out, ReadError *error)
    {
        if (!readDocument()) {
            if (m_message.isEmpty()) {
                m_message = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                                ? tr("Dokumentet slutter for tidligt (afkortet fil?).")
                                : tr("Ugyldig XML: %1").arg(m_xml.errorString());
            }
            *error = ReadError{m_source, m_xml.lineNumber(), m_xml.columnNumber(), m_field, m_message};
            return false;
        }
        for (Record &r : m_records)
            m_register.add(std::move(r));
        m_register.finalize();
        *out = std::move(m_register);
        return true;
    }

private:
    bool fail(const QString &message, const QString &field = {})
    {
        m_message = message;
        m_field = field;
        return false;
    }

    // Next token that matters; refuses DTDs and entity references outright so that nothing is
    // ever expanded or fetched.
    QXmlStreamReader::TokenType next()
    {
        while (true) {
            const auto t = m_xml.readNext();
            if (t == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError &&
                feed())
                continue;
            switch (t) {
            case QXmlStreamReader::DTD:
                fail(tr("Dokumentet har en DTD (<!DOCTYPE …>). DTD'er og entiteter er ikke tilladt i et "
                        "registerudtræk og bliver aldrig udfoldet."));
                return QXmlStreamReader::Invalid;
            case QXmlStreamReader::EntityReference:
                fail(tr("Dokumentet bruger entiteten &%1;, som ikke er tilladt.").arg(m_xml.name()));
                return QXmlStreamReader::Invalid;
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
                continue;
            case QXmlStreamReader::StartElement:
                if (++m_depth > XmlSnapshot::MaxDepth) {
                    fail(tr("Elementerne er indlejret dybere end %1 niveauer.").arg(XmlSnapshot::MaxDepth));
                    return QXmlStreamReader::Invalid;
                }
                return t;
            case QXmlStreamReader::EndElement:
                --m_depth;
                return t;
            default:
                return t;
            }
        }
    }

    bool readDocument()
    {
        QXmlStreamReader::TokenType t;
        do {
            t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
        } while (t != QXmlStreamReader::StartElement);

        const QStringView root = m_xml.name();
        Level flatLevel;
        const bool flat = XmlNames::levelFromFlatRoot(root, &flatLevel);
        if (root != XmlNames::Root && !flat)
            return fail(tr("Forkert rodelement <%1>. Et registerudtræk har <%2> (eller <%3>, <%4>, <%5>).")
                            .arg(root.toString(), XmlNames::Root, XmlNames::flatRoot(Level::Daginstitution),
                                 XmlNames::flatRoot(Level::Anvisningsenhed),
                                 XmlNames::flatRoot(Level::AlternativAdresse)));
        m_register.setExtractedAt(m_xml.attributes().value(XmlNames::ExtractedAt).toString());

        while (true) {
            t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                break;
            if (t == QXmlStreamReader::Characters) {
                if (!m_xml.isWhitespace())
                    return fail(
                        tr("Uventet tekst \"%1\" direkte under rodelementet.").arg(m_xml.text().left(40).toString()));
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            Level level;
            if (XmlNames::levelFromRecordElement(m_xml.name(), &level)) {
                if (!readRecord(level, -1))
                    return false;
            } else if (atExtraElement()) {
                const QString raw = readText(XmlNames::Extra);
                if (m_xml.hasError() || !m_message.isEmpty())
                    return false;
                m_register.addRootExtra(raw);
            } else {
                QString raw;
                QString text;
                bool simple = false;
                if (!captureElement(&raw, &text, &simple))
                    return false;
                m_register.addRootExtra(raw);
            }
        }
        // Anything after the root other than whitespace, comments or PIs is malformed.
        while (!m_xml.atEnd()) {
            t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::StartElement)
                return fail(tr("Der er mere end ét rodelement."));
        }
        return !m_xml.hasError();
    }

    // Reads the record element the reader stands on. `parent` is the position in m_records of
    // the enclosing record, -1 at top level.
    bool readRecord(Level level, qsizetype parent)
    {
        const qsizetype self = qsizetype(m_records.size());
        m_records.emplace_back(level);
        const int known = int(fieldsOf(level).size());
        QList<QString> cells(known);
        QList<qsizetype> nested;
        bool insideAddress = false;

        while (true) {
            const auto t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement) {
                if (insideAddress) {
                    insideAddress = false;
                    continue;
                }
                break;
            }
            if (t == QXmlStreamReader::Characters) {
                if (!m_xml.isWhitespace())
                    return fail(tr("Uventet tekst \"%1\" i <%2>.")
                                    .arg(m_xml.text().left(40).toString(), XmlNames::recordElement(level)));
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;

            const QString name = m_xml.name().toString();
            Level childLevel;
            Level childParent;
            if (!insideAddress && XmlNames::levelFromRecordElement(name, &childLevel) &&
                parentLevel(childLevel, &childParent) && childParent == level) {
                nested.append(qsizetype(m_records.size()));
                if (!readRecord(childLevel, self))
                    return false;
                continue;
            }
            if (!insideAddress && name == XmlNames::Address && hasField(level, Field::VejNavn)) {
                insideAddress = true;
                continue;
            }
            Field field;
            if (XmlNames::fieldFromElement(level, name, insideAddress, &field) && hasField(level, field)) {
                const QString text = readText(name);
                if (m_xml.hasError() || !m_message.isEmpty())
                    return false;
                cells[fieldSlot(level, field)] = text;
                continue;
            }
            QString extraName;
            QString value;
            if (atExtraElement()) {
                // Inside <Adresse> only in older files, which wrote address extras there.
                extraName = (insideAddress ? QString(XmlNames::AddressExtraPrefix) : QString()) +
                            m_xml.attributes().value(XmlNames::ExtraName).toString();
                value = readText(name);
                if (m_xml.hasError() || !m_message.isEmpty())
                    return false;
            } else {
                QString raw;
                bool simple = false;
                if (!captureElement(&raw, &value, &simple))
                    return false;
                if (!simple)
                    value = raw;
                extraName = (insideAddress ? QString(XmlNames::AddressExtraPrefix) : QString()) +
                            (simple ? QString() : QString(XmlNames::RawExtraPrefix)) + name;
            }
            const int index = m_register.extraIndex(level, extraName);
            while (cells.size() <= known + index)
                cells.append(QString());
            cells[known + index] = value;
        }

        // A nested record's parent is the element around it.
        if (parent >= 0) {
            const QString parentNummer = m_records[size_t(parent)].nummer();
            cells[fieldSlot(level, Field::ParentNummer)] = parentNummer;
        }
        m_records[size_t(self)].setCells(cells);
        // Children read before this record's number was known get it now.
        const QString nummer = m_records[size_t(self)].nummer();
        for (qsizetype child : nested)
            m_records[size_t(child)].setValue(Field::ParentNummer, nummer);
        return true;
    }

    // The reader stands on <ekstra navn="…">, the one form extras are written in.
    bool atExtraElement() const
    {
        return m_xml.name() == XmlNames::Extra && m_xml.attributes().hasAttribute(XmlNames::ExtraName);
    }

    // Text of a simple element; a field must not contain elements.
    QString readText(const QString &name)
    {
        QString text;
        while (true) {
            const auto t = next();
            if (t == QXmlStreamReader::Invalid)
                return {};
            if (t == QXmlStreamReader::Characters) {
                text += m_xml.text();
                continue;
            }
            if (t == QXmlStreamReader::EndElement)
                return text;
            if (t == QXmlStreamReader::StartElement) {
                fail(tr("Feltet <%1> må kun indeholde tekst, men har elementet <%2>.")
                         .arg(name, m_xml.name().toString()),
                     name);
                return {};
            }
        }
    }

    // Serializes the unknown element the reader stands on, without namespaces (readers match
    // local names) into *xml; *text is its text and *simple whether it held text only.
    bool captureElement(QString *xml, QString *text, bool *simple)
    {
        QString raw;
        QXmlStreamWriter writer(&raw);
        const auto writeStart = [&] {
            writer.writeStartElement(m_xml.name().toString());
            for (const QXmlStreamAttribute &a : m_xml.attributes())
                writer.writeAttribute(a.name().toString(), a.value().toString());
        };
        writeStart();
        text->clear();
        bool onlyText = m_xml.attributes().isEmpty();
        int level = 1;
        while (level > 0) {
            const auto t = next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::StartElement) {
                ++level;
                onlyText = false;
                writeStart();
            } else if (t == QXmlStreamReader::EndElement) {
                --level;
                writer.writeEndElement();
            } else if (t == QXmlStreamReader::Characters) {
                *text += m_xml.text();
                // Indentation between child elements is not content; dropping it keeps the
                // kept fragment identical however the document was formatted.
                if (!m_xml.isWhitespace())
                    writer.writeCharacters(m_xml.text().toString());
            }
        }
        *simple = onlyText;
        *xml = raw;
        return true;
    }

    // Hands the reader the next slice of the data. Given all at once, QXmlStreamReader decodes
    // the whole document to UTF-16 up front: several times the file's size in memory at the
    // country's hundredfold. False when everything has been given.
    bool feed()
    {
        if (m_fed >= m_data.size())
            return false;
        constexpr qsizetype Slice = 1 << 20;
        const qsizetype n = std::min(Slice, m_data.size() - m_fed);
        m_xml.addData(m_data.sliced(m_fed, n));
        m_fed += n;
        return true;
    }

    const QByteArray &m_data;
    qsizetype m_fed = 0;
    QXmlStreamReader m_xml;
    QString m_source;
    Register m_register;
    std::vector<Record> m_records;
    int m_depth = 0;
    QString m_message;
    QString m_field;
};

bool declaresUtf8OrNothing(const QByteArray &data)
{
    if (!data.startsWith("<?xml"))
        return true;
    const qsizetype end = data.indexOf("?>");
    const QByteArray decl = data.left(end < 0 ? 200 : end).toLower();
    const qsizetype enc = decl.indexOf("encoding");
    return enc < 0 || decl.indexOf("utf-8", enc) >= 0;
}

class Writer
{
public:
    explicit Writer(const Register &reg)
        : m_reg(reg)
        , m_out(&m_bytes)
    {
        m_out.setAutoFormatting(true);
        m_out.setAutoFormattingIndent(2);
    }

    QByteArray run()
    {
        m_out.writeStartDocument();
        m_out.writeDefaultNamespace(XmlNames::Namespace);
        m_out.writeStartElement(XmlNames::Namespace, XmlNames::Root);
        if (!m_reg.extractedAt().isEmpty())
            m_out.writeAttribute(XmlNames::ExtractedAt, m_reg.extractedAt());
        for (int i = 0; i < m_reg.size(); ++i)
            if (m_reg.record(i).level() == Level::Daginstitution)
                writeRecord(i, false);
        // Records whose parent is missing cannot nest: written flat, naming their parent.
        for (int i : m_reg.orphans())
            writeRecord(i, true);
        for (const QString &raw : m_reg.rootExtras())
            writeExtraElement(XmlNames::RootExtraName, raw);
        m_out.writeEndElement();
        m_out.writeEndDocument();
        return m_bytes;
    }

    void writeField(Level level, Field field, const QString &value)
    {
        if (value.isEmpty() && !XmlNames::isMandatory(level, field))
            return;
        m_out.writeStartElement(XmlNames::Namespace, XmlNames::fieldElement(level, field));
        writeText(value);
        m_out.writeEndElement();
    }

    // Text with every carriage return as &#13;: a reader turns a literal CR (or CRLF) into LF, so
    // a value from CSV with a line break in it would otherwise not come back the same.
    void writeText(const QString &value)
    {
        qsizetype from = 0;
        for (qsizetype cr = value.indexOf(QLatin1Char('\r')); cr >= 0; cr = value.indexOf(QLatin1Char('\r'), from)) {
            m_out.writeCharacters(value.mid(from, cr - from));
            m_out.writeEntityReference(QStringLiteral("#13"));
            from = cr + 1;
        }
        m_out.writeCharacters(value.mid(from));
    }

    // Every extra, whatever its name, as <ekstra navn="…">: the name is an attribute value, so
    // it can never become an element the reader takes for structure.
    void writeExtraElement(const QString &name, const QString &value)
    {
        m_out.writeStartElement(XmlNames::Namespace, XmlNames::Extra);
        m_out.writeAttribute(XmlNames::ExtraName, name);
        writeText(value);
        m_out.writeEndElement();
    }

    QByteArray flat(Level level, const std::vector<int> &records)
    {
        m_out.writeStartDocument();
        m_out.writeDefaultNamespace(XmlNames::Namespace);
        m_out.writeStartElement(XmlNames::Namespace, XmlNames::flatRoot(level));
        for (int i : records)
            writeRecord(i, true, false);
        m_out.writeEndElement();
        m_out.writeEndDocument();
        return m_bytes;
    }

private:
    void writeRecord(int index, bool withParent, bool withChildren = true)
    {
        const Record &r = m_reg.record(index);
        const Level level = r.level();
        const QStringList &extraNames = m_reg.extraNames(level);
        m_out.writeStartElement(XmlNames::Namespace, XmlNames::recordElement(level));
        bool addressWritten = false;
        for (Field f : fieldsOf(level)) {
            if (f == Field::ParentNummer) {
                if (withParent)
                    writeField(level, f, r.value(f));
                continue;
            }
            if (isAddressField(f)) {
                if (!addressWritten) {
                    addressWritten = true;
                    m_out.writeStartElement(XmlNames::Namespace, XmlNames::Address);
                    for (Field af : fieldsOf(level))
                        if (isAddressField(af))
                            writeField(level, af, r.value(af));
                    m_out.writeEndElement();
                }
                continue;
            }
            writeField(level, f, r.value(f));
        }
        // Address extras too ("Adresse/…"): written beside the fields under their full name, so
        // they survive even at a level that has no <Adresse>.
        for (int e = 0; e < extraNames.size(); ++e)
            if (const QString value = r.extra(e); !value.isEmpty())
                writeExtraElement(extraNames[e], value);
        if (withChildren)
            for (int child : m_reg.childrenOf(index))
                writeRecord(child, false);
        m_out.writeEndElement();
    }

    const Register &m_reg;
    QByteArray m_bytes;
    QXmlStreamWriter m_out;
};

} // namespace

bool XmlSnapshot::readBytes(const QByteArray &data, const QString &source, Register *out, ReadError *error)
{
    if (data.trimmed().isEmpty()) {
        *error = ReadError{source, 0, 0, {}, tr("Filen er tom.")};
        return false;
    }
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0 && declaresUtf8OrNothing(data)) {
        const TextPosition p = positionOf(data, nul);
        *error = ReadError{
            source, p.line, p.column, {}, tr("Filen indeholder et NUL-tegn – er det en binær fil og ikke XML?")};
        return false;
    }
    if (declaresUtf8OrNothing(data)) {
        if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
            const TextPosition p = positionOf(data, bad);
            *error = ReadError{
                source,
                p.line,
                p.column,
                {},
                tr("Ugyldig UTF-8 (byte 0x%1). Filen skal være gemt som UTF-8.")
                    .arg(QString::number(uchar(data[bad]), 16).toUpper().rightJustified(2, QLatin1Char('0')))};
            return false;
        }
    }
    return Reader(data, source).run(out, error);
}

bool XmlSnapshot::read(const QString &path, Register *out, ReadError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReadError{path, 0, 0, {}, tr("Filen kan ikke åbnes: %1").arg(file.errorString())};
        return false;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = ReadError{path, 0, 0, {}, tr("Filen kan ikke læses: %1").arg(file.errorString())};
        return false;
    }
    return readBytes(data, path, out, error);
}

QByteArray XmlSnapshot::toBytes(const Register &reg)
{
    return Writer(reg).run();
}

QByteArray XmlSnapshot::toFlatBytes(const Register &reg, Level level, const std::vector<int> &records)
{
    return Writer(reg).flat(level, records);
}

bool XmlSnapshot::write(const Register &reg, const QString &path, QString *error)
{
    const QByteArray bytes = toBytes(reg);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 kan ikke skrives: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dtr

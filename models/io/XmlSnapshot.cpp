#include "XmlSnapshot.h"

#include "TextChecks.h"
#include "XmlNames.h"
#include "XmlTokenStream.h"
#include "register/Register.h"

#include <QCoreApplication>
#include <QFile>
#include <QVarLengthArray>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::XmlSnapshot", text);
}

// The message and position QXmlStreamReader gives for a document that is not well-formed XML,
// as the reader gave before it ran on libxml2; false when Qt finds nothing wrong.
bool qtSyntaxError(const QByteArray &data, QString *message, qint64 *line, qint64 *column)
{
    QXmlStreamReader xml(data);
    xml.setNamespaceProcessing(true);
    while (!xml.atEnd())
        xml.readNext();
    if (!xml.hasError())
        return false;
    *message = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                   ? tr("Dokumentet slutter for tidligt (afkortet fil?).")
                   : tr("Ugyldig XML: %1").arg(xml.errorString());
    *line = xml.lineNumber();
    *column = xml.columnNumber();
    return true;
}

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

// Reads one document from libxml2's tokens (XmlTokenStream). Records are collected in document
// order (a parent before its children) and added to the register at the end.
class Reader
{
public:
    // The whole document in memory: messages about XML that is not well-formed are Qt's.
    Reader(const QByteArray &data, const QString &source)
        : m_data(&data)
        , m_xml(QByteArrayView(data))
        , m_source(source)
    {}
    // The document a slice at a time (a file): a caller that needs the exact message for a
    // document that is not well-formed reads it again whole (XmlSnapshot::read).
    Reader(XmlTokenStream::Source slices, const QString &source)
        : m_xml(std::move(slices))
        , m_source(source)
    {}

    // The document's size and how much of it has been handed to the parser so far: the record
    // list is then sized once from the first records instead of growing by doubling.
    void expectBytes(qint64 total, const qint64 *handed)
    {
        m_totalBytes = total;
        m_handedBytes = handed;
    }

    bool run(Register *out, ReadError *error)
    {
        if (!readDocument()) {
            qint64 line = m_xml.lineNumber();
            qint64 column = m_xml.columnNumber();
            if (m_message.isEmpty() && (!m_data || !qtSyntaxError(*m_data, &m_message, &line, &column)))
                m_message = tr("Ugyldig XML: %1").arg(m_xml.errorMessage());
            *error = ReadError{m_source, line, column, m_field, m_message};
            return false;
        }
        m_register.add(std::move(m_records));
        m_register.finalize();
        *out = std::move(m_register);
        return true;
    }

private:
    using Token = XmlTokenStream::Token;
    // A value in m_values.
    struct Span
    {
        qsizetype from = 0;
        qsizetype size = 0;
    };

    bool fail(const QString &message, const QString &field = {})
    {
        m_message = message;
        m_field = field;
        return false;
    }

    // Next token that matters; refuses DTDs outright so that no entity is ever declared,
    // expanded or fetched (XmlTokenStream stops at one). An entity reference other than the
    // predefined ones cannot then be declared: libxml2 refuses it as not well-formed.
    Token next()
    {
        const Token t = m_xml.next();
        switch (t) {
        case XmlTokenStream::Doctype:
            fail(tr("Dokumentet har en DTD (<!DOCTYPE …>). DTD'er og entiteter er ikke tilladt i et "
                    "registerudtræk og bliver aldrig udfoldet."));
            return XmlTokenStream::Error;
        case XmlTokenStream::StartElement:
            if (++m_depth > XmlSnapshot::MaxDepth) {
                fail(tr("Elementerne er indlejret dybere end %1 niveauer.").arg(XmlSnapshot::MaxDepth));
                return XmlTokenStream::Error;
            }
            return t;
        case XmlTokenStream::EndElement:
            --m_depth;
            return t;
        default:
            return t;
        }
    }

    bool readDocument()
    {
        Token t;
        do {
            t = next();
            if (t == XmlTokenStream::Error)
                return false;
            if (t == XmlTokenStream::EndDocument)
                return fail(tr("Dokumentet slutter for tidligt (afkortet fil?)."));
        } while (t != XmlTokenStream::StartElement);

        const QByteArrayView root = m_xml.name();
        Level flatLevel;
        const bool flat = XmlNames::levelFromFlatRoot(root, &flatLevel);
        if (!XmlNames::is(root, XmlNames::Root) && !flat)
            return fail(tr("Forkert rodelement <%1>. Et registerudtræk har <%2> (eller <%3>, <%4>, <%5>).")
                            .arg(utf8(root), XmlNames::Root, XmlNames::flatRoot(Level::Daginstitution),
                                 XmlNames::flatRoot(Level::Anvisningsenhed),
                                 XmlNames::flatRoot(Level::AlternativAdresse)));
        m_register.setExtractedAt(utf8(m_xml.attribute(XmlNames::ExtractedAt)));

        while (true) {
            t = next();
            if (t == XmlTokenStream::Error)
                return false;
            if (t == XmlTokenStream::EndElement)
                break;
            if (t == XmlTokenStream::EndDocument)
                return fail(tr("Dokumentet slutter for tidligt (afkortet fil?)."));
            if (t == XmlTokenStream::Characters) {
                if (!m_xml.isWhitespace())
                    return fail(
                        tr("Uventet tekst \"%1\" direkte under rodelementet.").arg(utf8(m_xml.text()).left(40)));
                continue;
            }
            Level level;
            if (XmlNames::levelFromRecordElement(m_xml.name(), &level)) {
                if (!readRecord(level, nullptr))
                    return false;
            } else if (atExtraElement()) {
                QByteArray raw;
                if (!readText(XmlNames::Extra, &raw))
                    return false;
                m_register.addRootExtra(utf8(raw));
            } else {
                QString raw;
                QString text;
                bool simple = false;
                if (!captureElement(&raw, &text, &simple))
                    return false;
                m_register.addRootExtra(raw);
            }
        }
        // Anything after the root other than white space, comments or PIs is not well-formed:
        // libxml2 refuses it.
        while (true) {
            t = next();
            if (t == XmlTokenStream::Error)
                return false;
            if (t == XmlTokenStream::EndDocument)
                return true;
            if (t == XmlTokenStream::StartElement)
                return fail(tr("Der er mere end ét rodelement."));
        }
    }

    // Reads the record element the reader stands on. `parentNummer` is the number of the
    // enclosing record as read so far (null at top level): documents give a record's number
    // before its children, so a child takes it as it is built; a child read before its parent's
    // number gets it afterwards.
    bool readRecord(Level level, const Span *parentNummer)
    {
        const qsizetype self = qsizetype(m_records.size());
        if (self == EstimateAfter && m_handedBytes && *m_handedBytes > 0) {
            // Generous: capacity never used is never touched.
            const double perByte = double(self) / double(*m_handedBytes);
            m_records.reserve(size_t(perByte * double(m_totalBytes) * 1.15) + EstimateAfter);
        }
        m_records.emplace_back(level);
        const int known = int(fieldsOf(level).size());
        // Values stay UTF-8 from libxml2 to the record, kept in m_values (a stack: a child's
        // values go above its parent's and are dropped when the child is built).
        const qsizetype base = m_values.size();
        QVarLengthArray<Span, 32> cells(known);
        QList<qsizetype> nested;
        bool insideAddress = false;
        const bool hasAddress = hasField(level, Field::VejNavn);

        while (true) {
            const auto t = next();
            if (t == XmlTokenStream::Error)
                return false;
            if (t == XmlTokenStream::EndDocument)
                return fail(tr("Dokumentet slutter for tidligt (afkortet fil?)."));
            if (t == XmlTokenStream::EndElement) {
                if (insideAddress) {
                    insideAddress = false;
                    continue;
                }
                break;
            }
            if (t == XmlTokenStream::Characters) {
                if (!m_xml.isWhitespace())
                    return fail(tr("Uventet tekst \"%1\" i <%2>.")
                                    .arg(utf8(m_xml.text()).left(40), XmlNames::recordElement(level)));
                continue;
            }

            const QByteArrayView name = m_xml.name();
            Field field;
            if (XmlNames::fieldFromElement(level, name, insideAddress, &field) && hasField(level, field)) {
                if (!readValue(XmlNames::fieldElement(level, field), &cells[fieldSlot(level, field)]))
                    return false;
                continue;
            }
            Level childLevel;
            Level childParent;
            if (!insideAddress && XmlNames::levelFromRecordElement(name, &childLevel) &&
                parentLevel(childLevel, &childParent) && childParent == level) {
                nested.append(qsizetype(m_records.size()));
                if (!readRecord(childLevel, &cells[fieldSlot(level, Field::Nummer)]))
                    return false;
                continue;
            }
            if (!insideAddress && hasAddress && XmlNames::is(name, XmlNames::Address)) {
                insideAddress = true;
                continue;
            }
            QString extraName;
            Span value;
            if (atExtraElement()) {
                // Inside <Adresse> only in older files, which wrote address extras there.
                extraName = (insideAddress ? QString(XmlNames::AddressExtraPrefix) : QString()) +
                            utf8(m_xml.attribute(XmlNames::ExtraName));
                if (!readValue(XmlNames::Extra, &value))
                    return false;
            } else {
                const QString element = utf8(name);
                QString raw;
                QString text;
                bool simple = false;
                if (!captureElement(&raw, &text, &simple))
                    return false;
                value.from = m_values.size();
                m_values.append((simple ? text : raw).toUtf8());
                value.size = m_values.size() - value.from;
                extraName = (insideAddress ? QString(XmlNames::AddressExtraPrefix) : QString()) +
                            (simple ? QString() : QString(XmlNames::RawExtraPrefix)) + element;
            }
            const int index = m_register.extraIndex(level, extraName);
            while (cells.size() <= known + index)
                cells.append(Span());
            cells[known + index] = value;
        }

        // A nested record's parent is the element around it.
        if (parentNummer)
            cells[fieldSlot(level, Field::ParentNummer)] = *parentNummer;
        m_views.clear();
        for (const Span &c : cells)
            m_views.append(QByteArrayView(m_values.constData() + c.from, c.size));
        Record &record = m_records[size_t(self)];
        m_arena.setUtf8Cells(&record, m_views);
        m_values.resize(base); // keeps the capacity
        // Children read before this record's number was known (or before it changed) get it now.
        const QByteArrayView nummer = record.utf8Value(Field::Nummer);
        for (qsizetype child : nested)
            if (m_records[size_t(child)].utf8Value(Field::ParentNummer) != nummer)
                m_records[size_t(child)].setValue(Field::ParentNummer, QString::fromUtf8(nummer));
        return true;
    }

    // The reader stands on <ekstra navn="…">, the one form extras are written in.
    bool atExtraElement() const
    {
        return XmlNames::is(m_xml.name(), XmlNames::Extra) && m_xml.hasAttribute(XmlNames::ExtraName);
    }

    // Text of a simple element into *text; a field must not contain elements.
    bool readText(QLatin1StringView name, QByteArray *text)
    {
        const qsizetype base = m_values.size();
        Span span;
        const bool ok = readValue(name, &span);
        *text = m_values.mid(span.from, span.size);
        m_values.resize(base);
        return ok;
    }

    // The same appended to m_values, *span saying where.
    bool readValue(QLatin1StringView name, Span *span)
    {
        span->from = m_values.size();
        span->size = 0;
        while (true) {
            const auto t = next();
            if (t == XmlTokenStream::Error)
                return false;
            if (t == XmlTokenStream::Characters) {
                m_values.append(m_xml.text());
                span->size = m_values.size() - span->from;
                continue;
            }
            if (t == XmlTokenStream::EndElement)
                return true;
            if (t == XmlTokenStream::EndDocument)
                return fail(tr("Dokumentet slutter for tidligt (afkortet fil?)."));
            if (t == XmlTokenStream::StartElement)
                return fail(
                    tr("Feltet <%1> må kun indeholde tekst, men har elementet <%2>.").arg(name, utf8(m_xml.name())),
                    name);
        }
    }

    // Serializes the unknown element the reader stands on, without namespaces (readers match
    // local names) into *xml; *text is its text and *simple whether it held text only.
    bool captureElement(QString *xml, QString *text, bool *simple)
    {
        QString raw;
        QXmlStreamWriter writer(&raw);
        const auto writeStart = [&] {
            writer.writeStartElement(utf8(m_xml.name()));
            for (int a = 0; a < m_xml.attributeCount(); ++a)
                writer.writeAttribute(utf8(m_xml.attributeName(a)), utf8(m_xml.attributeValue(a)));
        };
        writeStart();
        QByteArray bytes;
        bool onlyText = m_xml.attributeCount() == 0;
        int level = 1;
        while (level > 0) {
            const auto t = next();
            if (t == XmlTokenStream::Error)
                return false;
            if (t == XmlTokenStream::EndDocument)
                return fail(tr("Dokumentet slutter for tidligt (afkortet fil?)."));
            if (t == XmlTokenStream::StartElement) {
                ++level;
                onlyText = false;
                writeStart();
            } else if (t == XmlTokenStream::EndElement) {
                --level;
                writer.writeEndElement();
            } else if (t == XmlTokenStream::Characters) {
                bytes += m_xml.text();
                // Indentation between child elements is not content; dropping it keeps the
                // kept fragment identical however the document was formatted.
                if (!m_xml.isWhitespace())
                    writer.writeCharacters(utf8(m_xml.text()));
            }
        }
        *text = utf8(bytes);
        *simple = onlyText;
        *xml = raw;
        return true;
    }

    const QByteArray *m_data = nullptr;
    XmlTokenStream m_xml;
    QByteArray m_values;
    QList<QByteArrayView> m_views;
    QString m_source;
    Register m_register;
    std::vector<Record> m_records;
    static constexpr qsizetype EstimateAfter = 8192; // records
    qint64 m_totalBytes = 0;
    const qint64 *m_handedBytes = nullptr;
    RecordArena m_arena;
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

} // namespace

bool XmlSnapshot::readBytes(const QByteArray &data, const QString &source, Register *out, ReadError *error)
{
    // Blank or empty, found without copying the document (trimmed() would copy it all).
    const bool blank = std::all_of(data.begin(), data.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    });
    if (blank) {
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

namespace {

// A file a slice at a time through one reused buffer, so reading never holds the whole file
// (nor touches fresh memory for it). Each slice passes the checks readBytes makes on a whole
// document (no NUL, valid UTF-8 unless another encoding is declared); a slice ends before a
// character split by the buffer's end, which starts the next one. Any doubt sets failed().
class FileSlices
{
public:
    static constexpr qsizetype Size = 256 * 1024;

    explicit FileSlices(QFile *file)
        : m_file(file)
        , m_buffer(Size, Qt::Uninitialized)
    {}

    bool failed() const { return m_failed; }

    QByteArrayView next()
    {
        if (m_failed)
            return {};
        char *data = m_buffer.data();
        if (m_carry > 0)
            std::memmove(data, data + m_size - m_carry, size_t(m_carry));
        const qint64 n = m_file->read(data + m_carry, Size - m_carry);
        if (n < 0 || (n == 0 && m_carry > 0))
            return stop();
        m_size = m_carry + qsizetype(n);
        m_carry = 0;
        if (n == 0)
            return {};
        const QByteArrayView slice(data, m_size);
        if (m_first) {
            m_first = false;
            m_checked = declaresUtf8OrNothing(QByteArray::fromRawData(data, m_size));
        }
        if (!m_checked)
            return slice;
        if (slice.contains('\0'))
            return stop();
        // A sequence cut by the buffer's end waits for the rest.
        qsizetype lead = m_size - 1;
        while (lead > 0 && lead > m_size - 4 && (uchar(data[lead]) & 0xC0) == 0x80)
            --lead;
        const uchar c = uchar(data[lead]);
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (c >= 0xC0 && lead + length > m_size)
            m_carry = m_size - lead;
        const QByteArrayView whole = slice.first(m_size - m_carry);
        if (firstInvalidUtf8(whole) >= 0)
            return stop();
        return whole;
    }

private:
    QByteArrayView stop()
    {
        m_failed = true;
        return {};
    }

    QFile *m_file;
    QByteArray m_buffer;
    qsizetype m_size = 0;
    qsizetype m_carry = 0;
    bool m_first = true;
    bool m_checked = true;
    bool m_failed = false;
};

} // namespace

bool XmlSnapshot::read(const QString &path, Register *out, ReadError *error, const ReadProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReadError{path, 0, 0, {}, tr("Filen kan ikke åbnes: %1").arg(file.errorString())};
        return false;
    }
    {
        FileSlices slices(&file);
        Register reg;
        ReadError ignored;
        const qint64 total = file.size();
        bool cancelled = false;
        qint64 handed = 0;
        const auto next = [&]() -> QByteArrayView {
            if (progress && !progress(file.pos(), total)) {
                cancelled = true;
                return {};
            }
            const QByteArrayView slice = slices.next();
            handed += slice.size();
            return slice;
        };
        Reader reader(next, path);
        reader.expectBytes(total, &handed);
        if (reader.run(&reg, &ignored) && !slices.failed() && !cancelled) {
            *out = std::move(reg);
            return true;
        }
        if (cancelled) {
            *error = ReadError{path, 0, 0, {}, readCancelledMessage(), true};
            return false;
        }
    }
    // Refused: read again whole, for the checks and the exact messages of readBytes.
    if (!file.seek(0)) {
        *error = ReadError{path, 0, 0, {}, tr("Filen kan ikke læses: %1").arg(file.errorString())};
        return false;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = ReadError{path, 0, 0, {}, tr("Filen kan ikke læses: %1").arg(file.errorString())};
        return false;
    }
    return readBytes(data, path, out, error);
}

} // namespace dtr

#include "XmlSnapshot.h"

#include "XmlNames.h"
#include "register/Register.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::XmlSnapshot", text);
}

class Writer
{
public:
    // Writes into an open device as it goes (a buffer, a file, a hash).
    Writer(const Register &reg, QIODevice *device)
        : m_reg(reg)
        , m_out(device)
    {
        m_out.setAutoFormatting(true);
        m_out.setAutoFormattingIndent(2);
    }

    void run()
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

    void flat(Level level, const std::vector<int> &records)
    {
        m_out.writeStartDocument();
        m_out.writeDefaultNamespace(XmlNames::Namespace);
        m_out.writeStartElement(XmlNames::Namespace, XmlNames::flatRoot(level));
        for (int i : records)
            writeRecord(i, true, false);
        m_out.writeEndElement();
        m_out.writeEndDocument();
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
    QXmlStreamWriter m_out;
};

} // namespace

QByteArray XmlSnapshot::toBytes(const Register &reg)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Writer(reg, &buffer).run();
    return bytes;
}

void XmlSnapshot::writeTo(const Register &reg, QIODevice *device)
{
    Writer(reg, device).run();
}

QByteArray XmlSnapshot::toFlatBytes(const Register &reg, Level level, const std::vector<int> &records)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Writer(reg, &buffer).flat(level, records);
    return bytes;
}

bool XmlSnapshot::write(const Register &reg, const QString &path, QString *error)
{
    // Written as it is made: a register of a hundred times the country is never held twice.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        writeTo(reg, &file);
        if (file.error() == QFileDevice::NoError && file.commit())
            return true;
    }
    *error = tr("%1 kan ikke skrives: %2").arg(path, file.errorString());
    return false;
}

} // namespace dtr

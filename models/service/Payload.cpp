#include "Payload.h"

#include "SoapMessage.h"

#include "io/XmlNames.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace dtr {

namespace {

bool sent(Payload::Kind kind, Field field)
{
    switch (field) {
    case Field::Nummer:
        return kind != Payload::Kind::Insert;
    case Field::ParentNummer:
        return kind == Payload::Kind::Insert || kind == Payload::Kind::Move;
    case Field::CvrNummer:
    case Field::DawaId:
    case Field::GeoBredde:
    case Field::GeoLaengde:
    case Field::Aktivitetsstatus:
    case Field::SenestOpdateret:
        return false;
    default:
        return kind == Payload::Kind::Insert || kind == Payload::Kind::Update;
    }
}

} // namespace

QByteArray Payload::write(Kind kind, const Record &r)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    const Level level = r.level();
    xml.writeStartElement(XmlNames::recordElement(level));
    bool inAddress = false;
    for (Field f : fieldsOf(level)) {
        if (!sent(kind, f) || r.value(f).isEmpty())
            continue;
        if (isAddressField(f) && !inAddress) {
            xml.writeStartElement(XmlNames::Address);
            inAddress = true;
        } else if (!isAddressField(f) && inAddress) {
            xml.writeEndElement();
            inAddress = false;
        }
        xml.writeStartElement(XmlNames::fieldElement(level, f));
        Soap::writeText(xml, r.value(f)); // a CR in a value stays a CR
        xml.writeEndElement();
    }
    if (inAddress)
        xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

bool Payload::read(const QByteArray &payload, Record *out, QString *error)
{
    // A payload is a flat record: read it as a one-record level answer.
    Level level = Level::Daginstitution;
    bool found = false;
    for (int l = 0; l < LevelCount && !found; ++l) {
        const QByteArray open = "<" + QByteArray(XmlNames::recordElement(Level(l)).data());
        if (payload.trimmed().startsWith(open + ">") || payload.trimmed().startsWith(open + " ") ||
            payload.trimmed().startsWith(open + "/")) {
            level = Level(l);
            found = true;
        }
    }
    if (!found) {
        *error = QCoreApplication::translate("dtr::Payload", "Dokumentet er ikke en daginstitution, anvisningsenhed "
                                                             "eller alternativ adresse.");
        return false;
    }
    const QByteArray root(XmlNames::flatRoot(level).data(), XmlNames::flatRoot(level).size());
    Register reg;
    ReadError readError;
    if (!XmlSnapshot::readBytes("<" + root + ">" + payload + "</" + root + ">", QStringLiteral("xml"), &reg,
                                &readError)) {
        *error = readError.message;
        return false;
    }
    if (reg.size() != 1) {
        *error = QCoreApplication::translate("dtr::Payload", "Dokumentet skal indeholde præcis én post.");
        return false;
    }
    *out = reg.record(0);
    return true;
}

} // namespace dtr

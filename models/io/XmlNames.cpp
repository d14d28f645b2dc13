#include "XmlNames.h"

#include <span>

namespace dtr::XmlNames {

namespace {

using L = QLatin1StringView;

struct Name
{
    Field field;
    L element;
};

const Name addressNames[] = {
    {Field::VejNavn, L("vejNavn")},
    {Field::HusNummer, L("husNummer")},
    {Field::Etage, L("etage")},
    {Field::Doer, L("doer")},
    {Field::PostNummer, L("postNummer")},
    {Field::ByNavn, L("byNavn")},
    {Field::SupplerendeBynavn, L("supplerendeBynavn")},
    {Field::KommuneKode, L("kommuneKode")},
    {Field::DawaId, L("dawaId")},
    {Field::GeoBredde, L("geoBredde")},
    {Field::GeoLaengde, L("geoLaengde")},
};

const Name daginstitutionNames[] = {
    {Field::Nummer, L("daginstitutionsNummer")},    {Field::Navn, L("daginstitutionsNavn")},
    {Field::EjerformKode, L("ejerformKode")},       {Field::LovgrundlagKode, L("lovgrundlagKode")},
    {Field::AdmKommuneKode, L("admKommuneKode")},   {Field::Aktivitetsstatus, L("aktivitetsstatus")},
    {Field::SenestOpdateret, L("senestOpdateret")},
};

const Name anvisningsenhedNames[] = {
    {Field::Nummer, L("EnhedsNummer")},
    {Field::ParentNummer, L("daginstitutionsNummer")},
    {Field::Navn, L("EnhedsNavn")},
    {Field::InstType3, L("InstType3")},
    {Field::Email, L("Email")},
    {Field::TelefonNummer, L("TelefonNummer")},
    {Field::CvrNummer, L("CVRNummer")},
    {Field::PNummer, L("PNummer")},
    {Field::Aktivitetsstatus, L("aktivitetsstatus")},
    {Field::SenestOpdateret, L("senestOpdateret")},
};

const Name alternativAdresseNames[] = {
    {Field::Nummer, L("alternativAdresseNummer")},  {Field::ParentNummer, L("anvisningsenhedsNummer")},
    {Field::Navn, L("alternativAdresseNavn")},      {Field::Aktivitetsstatus, L("aktivitetsstatus")},
    {Field::SenestOpdateret, L("senestOpdateret")},
};

std::span<const Name> namesOf(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return daginstitutionNames;
    case Level::Anvisningsenhed:
        return anvisningsenhedNames;
    case Level::AlternativAdresse:
        break;
    }
    return alternativAdresseNames;
}

} // namespace

QLatin1StringView recordElement(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return L("daginstitution");
    case Level::Anvisningsenhed:
        return L("anvisningsenhed");
    case Level::AlternativAdresse:
        break;
    }
    return L("alternativAdresse");
}

QLatin1StringView flatRoot(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return L("daginstitutionerExtend");
    case Level::Anvisningsenhed:
        return L("anvisningenhederExtend"); // sic: the service spells it without "s"
    case Level::AlternativAdresse:
        break;
    }
    return L("alternativadresserExtend");
}

bool levelFromRecordElement(QByteArrayView name, Level *level)
{
    for (int l = 0; l < LevelCount; ++l) {
        if (is(name, recordElement(Level(l)))) {
            *level = Level(l);
            return true;
        }
    }
    return false;
}

bool levelFromFlatRoot(QByteArrayView name, Level *level)
{
    for (int l = 0; l < LevelCount; ++l) {
        if (is(name, flatRoot(Level(l)))) {
            *level = Level(l);
            return true;
        }
    }
    return false;
}

QLatin1StringView fieldElement(Level level, Field field)
{
    if (!hasField(level, field))
        return {};
    if (isAddressField(field)) {
        for (const Name &n : addressNames)
            if (n.field == field)
                return n.element;
        return {};
    }
    for (const Name &n : namesOf(level))
        if (n.field == field)
            return n.element;
    return {};
}

bool fieldFromElement(Level level, QByteArrayView name, bool insideAddress, Field *field)
{
    if (insideAddress) {
        for (const Name &n : addressNames) {
            if (is(name, n.element)) {
                *field = n.field;
                return true;
            }
        }
        return false;
    }
    for (const Name &n : namesOf(level)) {
        if (is(name, n.element)) {
            *field = n.field;
            return true;
        }
    }
    return false;
}

bool isMandatory(Level level, Field field)
{
    switch (field) {
    case Field::Nummer:
    case Field::Navn:
        return true;
    case Field::EjerformKode:
    case Field::LovgrundlagKode:
    case Field::AdmKommuneKode:
        return level == Level::Daginstitution;
    case Field::InstType3:
    case Field::PNummer:
        return level == Level::Anvisningsenhed;
    case Field::VejNavn:
    case Field::HusNummer:
    case Field::PostNummer:
    case Field::ByNavn:
    case Field::KommuneKode:
        return level != Level::Daginstitution;
    default:
        return false;
    }
}

} // namespace dtr::XmlNames

#include "Field.h"

#include <QCoreApplication>

namespace dtr {

namespace {

using F = Field;

const QList<Field> daginstitutionFields{F::Nummer,          F::Navn,           F::EjerformKode,
                                        F::LovgrundlagKode, F::AdmKommuneKode, F::Aktivitetsstatus,
                                        F::SenestOpdateret};

const QList<Field> anvisningsenhedFields{
    F::Nummer,         F::ParentNummer, F::Navn,       F::InstType3,  F::Email,
    F::TelefonNummer,  F::CvrNummer,    F::PNummer,    F::VejNavn,    F::HusNummer,
    F::Etage,          F::Doer,         F::PostNummer, F::ByNavn,     F::SupplerendeBynavn,
    F::KommuneKode,    F::DawaId,       F::GeoBredde,  F::GeoLaengde, F::Aktivitetsstatus,
    F::SenestOpdateret};

const QList<Field> alternativAdresseFields{
    F::Nummer,         F::ParentNummer, F::Navn,       F::VejNavn,    F::HusNummer,
    F::Etage,          F::Doer,         F::PostNummer, F::ByNavn,     F::SupplerendeBynavn,
    F::KommuneKode,    F::DawaId,       F::GeoBredde,  F::GeoLaengde, F::Aktivitetsstatus,
    F::SenestOpdateret};

struct SlotTable
{
    std::array<std::array<std::int8_t, FieldCount>, LevelCount> slot{};
    SlotTable()
    {
        for (int l = 0; l < LevelCount; ++l) {
            slot[l].fill(-1);
            const auto &fields = fieldsOf(Level(l));
            for (int i = 0; i < fields.size(); ++i)
                slot[l][int(fields[i])] = std::int8_t(i);
        }
    }
};

const SlotTable &slotTable()
{
    static const SlotTable table;
    return table;
}

constexpr std::array<QLatin1StringView, FieldCount> fieldKeys{QLatin1StringView("nummer"),
                                                              QLatin1StringView("parentNummer"),
                                                              QLatin1StringView("navn"),
                                                              QLatin1StringView("ejerformKode"),
                                                              QLatin1StringView("lovgrundlagKode"),
                                                              QLatin1StringView("admKommuneKode"),
                                                              QLatin1StringView("instType3"),
                                                              QLatin1StringView("email"),
                                                              QLatin1StringView("telefonNummer"),
                                                              QLatin1StringView("cvrNummer"),
                                                              QLatin1StringView("pNummer"),
                                                              QLatin1StringView("vejNavn"),
                                                              QLatin1StringView("husNummer"),
                                                              QLatin1StringView("etage"),
                                                              QLatin1StringView("doer"),
                                                              QLatin1StringView("postNummer"),
                                                              QLatin1StringView("byNavn"),
                                                              QLatin1StringView("supplerendeBynavn"),
                                                              QLatin1StringView("kommuneKode"),
                                                              QLatin1StringView("dawaId"),
                                                              QLatin1StringView("geoBredde"),
                                                              QLatin1StringView("geoLaengde"),
                                                              QLatin1StringView("aktivitetsstatus"),
                                                              QLatin1StringView("senestOpdateret")};

constexpr std::array<QLatin1StringView, LevelCount> levelKeys{
    QLatin1StringView("daginstitution"), QLatin1StringView("anvisningsenhed"), QLatin1StringView("alternativAdresse")};

} // namespace

QString recordId(Level level, QStringView key)
{
    return QString::number(int(level)) + QLatin1Char('/') + key.toString();
}

const QList<Field> &fieldsOf(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return daginstitutionFields;
    case Level::Anvisningsenhed:
        return anvisningsenhedFields;
    case Level::AlternativAdresse:
        break;
    }
    return alternativAdresseFields;
}

int fieldSlot(Level level, Field field)
{
    return slotTable().slot[int(level)][int(field)];
}

bool hasField(Level level, Field field)
{
    return fieldSlot(level, field) >= 0;
}

bool isAddressField(Field field)
{
    return field >= Field::VejNavn && field <= Field::GeoLaengde;
}

QLatin1StringView fieldKey(Field field)
{
    return fieldKeys[int(field)];
}

bool fieldFromKey(QStringView key, Field *field)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (key.compare(fieldKeys[i], Qt::CaseInsensitive) == 0) {
            *field = Field(i);
            return true;
        }
    }
    return false;
}

QLatin1StringView levelKey(Level level)
{
    return levelKeys[int(level)];
}

bool levelFromKey(QStringView key, Level *level)
{
    for (int i = 0; i < LevelCount; ++i) {
        if (key.compare(levelKeys[i], Qt::CaseInsensitive) == 0) {
            *level = Level(i);
            return true;
        }
    }
    return false;
}

QString fieldLabel(Field field)
{
    static const char *const labels[FieldCount] = {
        QT_TRANSLATE_NOOP("dtr::Field", "Institutionsnummer"),
        QT_TRANSLATE_NOOP("dtr::Field", "Overordnet nummer"),
        QT_TRANSLATE_NOOP("dtr::Field", "Navn"),
        QT_TRANSLATE_NOOP("dtr::Field", "Ejerform"),
        QT_TRANSLATE_NOOP("dtr::Field", "Lovgrundlag"),
        QT_TRANSLATE_NOOP("dtr::Field", "Administrativ kommune"),
        QT_TRANSLATE_NOOP("dtr::Field", "Institutionstype"),
        QT_TRANSLATE_NOOP("dtr::Field", "E-mail"),
        QT_TRANSLATE_NOOP("dtr::Field", "Telefonnummer"),
        QT_TRANSLATE_NOOP("dtr::Field", "CVR-nummer"),
        QT_TRANSLATE_NOOP("dtr::Field", "P-nummer"),
        QT_TRANSLATE_NOOP("dtr::Field", "Vejnavn"),
        QT_TRANSLATE_NOOP("dtr::Field", "Husnummer"),
        QT_TRANSLATE_NOOP("dtr::Field", "Etage"),
        QT_TRANSLATE_NOOP("dtr::Field", "Dør"),
        QT_TRANSLATE_NOOP("dtr::Field", "Postnummer"),
        QT_TRANSLATE_NOOP("dtr::Field", "By"),
        QT_TRANSLATE_NOOP("dtr::Field", "Supplerende bynavn"),
        QT_TRANSLATE_NOOP("dtr::Field", "Adressens kommune"),
        QT_TRANSLATE_NOOP("dtr::Field", "DAWA-id"),
        QT_TRANSLATE_NOOP("dtr::Field", "Breddegrad"),
        QT_TRANSLATE_NOOP("dtr::Field", "Længdegrad"),
        QT_TRANSLATE_NOOP("dtr::Field", "Aktivitetsstatus"),
        QT_TRANSLATE_NOOP("dtr::Field", "Senest opdateret"),
    };
    return QCoreApplication::translate("dtr::Field", labels[int(field)]);
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return QCoreApplication::translate("dtr::Level", "Daginstitution");
    case Level::Anvisningsenhed:
        return QCoreApplication::translate("dtr::Level", "Anvisningsenhed");
    case Level::AlternativAdresse:
        break;
    }
    return QCoreApplication::translate("dtr::Level", "Alternativ adresse");
}

QString levelPluralLabel(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return QCoreApplication::translate("dtr::Level", "Daginstitutioner");
    case Level::Anvisningsenhed:
        return QCoreApplication::translate("dtr::Level", "Anvisningsenheder");
    case Level::AlternativAdresse:
        break;
    }
    return QCoreApplication::translate("dtr::Level", "Alternative adresser");
}

bool parentLevel(Level level, Level *parent)
{
    switch (level) {
    case Level::Daginstitution:
        return false;
    case Level::Anvisningsenhed:
        *parent = Level::Daginstitution;
        return true;
    case Level::AlternativAdresse:
        *parent = Level::Anvisningsenhed;
        return true;
    }
    return false;
}

} // namespace dtr

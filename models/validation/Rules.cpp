#include "Rules.h"

#include "RuleChecks.h"
#include "RuleProfile.h"
#include "codes/CodeTables.h"

namespace dtr {

namespace {

using namespace rules;
using L = QLatin1StringView;
constexpr auto Error = Severity::Error;
constexpr auto Warning = Severity::Warning;
constexpr auto Info = Severity::Info;
constexpr auto Confirmed = Certainty::Confirmed;
constexpr auto Inferred = Certainty::Inferred;
constexpr auto Quality = Certainty::Quality;
constexpr auto Fixed = RuleBasis::Fixed;

// Every rule with its source and certainty; README's table justifies each severity. Only what
// STIL publishes may be an error; inferred rules warn at most; quality checks never block.
const QList<Rule> ruleTable{
    // Field rules.
    {L("felt-mangler"), Error, Confirmed, Fixed, Dag | Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Obligatoriske felter er udfyldt"),
     QT_TRANSLATE_NOOP("dtr::Rules", "STIL, Datamodel: obligatoriske felter; adressen valideres mod DAR [C]"),
     mandatoryFields},
    {L("felt-mangler-antaget"), Warning, Inferred, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Bynavn, kommunekode og den alternative adresses felter er udfyldt"),
     QT_TRANSLATE_NOOP(
         "dtr::Rules",
         "Antaget: adressens underfelter og den alternative adresses felter er ikke offentliggjort [I]/[?]"),
     assumedMandatoryFields},
    {L("laengde"), Error, Confirmed, Fixed, Dag | Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Navn, e-mail og telefon holder sig inden for registerets længder"),
     QT_TRANSLATE_NOOP("dtr::Rules", "STIL, Datamodel: navn og e-mail højst 132 tegn, telefon højst 20 [C]"),
     maxLengths},
    {L("laengde-antaget"), Warning, Inferred, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "Adressefelter og den alternative adresses navn holder sig inden for antagne længder"),
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "Antaget: DAR's længder for vej- og bynavne (40); længderne er ikke i STIL's datamodel [I]"),
     assumedMaxLengths},
    {L("nummer-format"), Warning, Confirmed, Fixed, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Institutionsnummeret er 6 tegn"),
     QT_TRANSLATE_NOOP(
         "dtr::Rules",
         "STIL, Datamodel: 6 tegn for daginstitution og anvisningsenhed [C]; for alternative adresser antaget "
         "[I]. Numrene udstedes af registeret"),
     numberFormat},
    {L("kommunekode-ukendt"), Error, Confirmed, Fixed, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Kommunekoden er en af de 98 officielle koder"),
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "STIL: kodede felter valideres mod kodetabellen, kommunekoder mod de officielle koder [C]"),
     knownKommune},
    {L("kode-ukendt"), Warning, Inferred, RuleBasis::CodeTables, Dag | Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Ejerform, lovgrundlag og institutionstype har en kode fra kodetabellen"),
     QT_TRANSLATE_NOOP(
         "dtr::Rules",
         "STIL: kodede felter valideres mod kodetabellen [C]; de indbyggede tabeller er foreløbige [T]/[?] – "
         "med STIL's tabeller er reglen en fejl"),
     knownCodes},
    {L("pnummer-format"), Error, Confirmed, Fixed, Unit, QT_TRANSLATE_NOOP("dtr::Rules", "P-nummeret er 10 cifre"),
     QT_TRANSLATE_NOOP("dtr::Rules", "STIL, Datamodel: P-nummer, 10 tegn, obligatorisk [C]"), pNummerFormat},
    {L("cvr-kontrolciffer"), Warning, Confirmed, Fixed, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "CVR-nummeret er 8 cifre med gyldigt kontrolciffer"),
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "CVR-nummer, 8 cifre med modulus 11 [C]; udfyldes af registeret, så det sendes ikke"),
     cvrCheckDigit},
    {L("postnummer-format"), Error, Confirmed, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret er 4 cifre"),
     QT_TRANSLATE_NOOP("dtr::Rules", "STIL: adressen valideres mod DAR [C]; danske postnumre er fire cifre"),
     postnummerFormat},
    {L("postnummer-interval"), Warning, Inferred, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret er et gadepostnummer (1000–9990)"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Antaget: gadepostnumre ligger mellem 1000 og 9990 [I]"), postnummerRange},
    {L("husnummer-format"), Warning, Inferred, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Husnummeret følger DAR (1–999 og evt. et bogstav)"),
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "Antaget: DAR's regel for husnumre; STIL's adressefelter er ikke offentliggjort [I]"),
     husnummerFormat},
    {L("husnummer-bogstav"), Info, Quality, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Husnummerets bogstav er stort som i DAR"),
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "Registeret har husnumre med lille bogstav (\"51a\") [O]; DAR skriver bogstavet stort"),
     husnummerLetter, husnummerLetterFix, Field::HusNummer},
    {L("etage-format"), Warning, Inferred, Fixed, Unit | Alt, QT_TRANSLATE_NOOP("dtr::Rules", "Etagen følger DAR"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Antaget: DAR's regel for etager [I]"), etageFormat},
    {L("doer-format"), Warning, Inferred, Fixed, Unit | Alt, QT_TRANSLATE_NOOP("dtr::Rules", "Døren følger DAR"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Antaget: DAR's regel for døre [I]"), doerFormat},
    {L("email-format"), Warning, Quality, Fixed, Unit, QT_TRANSLATE_NOOP("dtr::Rules", "E-mailadressen er gyldig"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: registeret kontrollerer ikke e-mailens form"), emailFormat},
    {L("telefon-format"), Warning, Quality, Fixed, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Telefonnummeret ligner et dansk nummer"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: registeret kontrollerer ikke telefonnummerets form"), phoneFormat,
     phoneFix, Field::TelefonNummer},
    {L("koordinat-udenfor"), Warning, Quality, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Koordinaterne ligger i Danmark"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: koordinaterne kommer fra DAR"), coordinatesInDenmark},
    // Geography: open data that may lag behind DAR, boundaries simplified to about 30 m.
    {L("postnummer-ukendt"), Warning, Quality, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret findes i PostNords postnummertabel"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: PostNords postnummertabel (2018); et nyere postnummer er muligt"),
     postnummerKnown},
    {L("bynavn-postnummer"), Warning, Quality, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Bynavnet er postnummerets"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: PostNords postnummertabel; DAR giver bynavnet efter postnummeret"),
     bynavnMatchesPostnummer, bynavnFix, Field::ByNavn},
    {L("postnummer-kommune"), Warning, Quality, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret ligger i adressens kommune"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: PostNords postnumre og de kommuner, de dækker"),
     postnummerInKommune},
    {L("koordinat-kommune"), Warning, Quality, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Koordinaterne ligger i adressens kommune (50 m tolerance)"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: DAGI's kommunegrænser, forenklet til ca. 30 m"),
     coordinatesInKommune},
    // Structure rules.
    {L("uden-overordnet"), Error, Confirmed, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Den overordnede post findes"),
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "STIL: hver enhed hører til en daginstitution, hver alternativ adresse til en enhed [C]"),
     parentExists},
    {L("uden-enheder"), Error, Confirmed, Fixed, Dag,
     QT_TRANSLATE_NOOP("dtr::Rules", "En daginstitution har mindst én aktiv anvisningsenhed"),
     QT_TRANSLATE_NOOP("dtr::Rules", "STIL: en daginstitution skal have mindst én anvisningsenhed [C]"),
     hasActiveUnits},
    {L("aktiv-under-nedlagt"), Warning, Inferred, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Ingen aktiv post under en nedlagt"),
     QT_TRANSLATE_NOOP(
         "dtr::Rules",
         "STIL: ingen kaskadesletning [C]; om registeret afviser en ændring af en sådan post, vides ikke [I]"),
     activeUnderClosed},
    {L("nummer-dublet"), Error, Confirmed, Fixed, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Institutionsnumre er entydige"),
     QT_TRANSLATE_NOOP("dtr::Rules", "STIL: institutionsnummeret er nøglen og genbruges aldrig [C]"), uniqueNumber},
    {L("flyt-kommune"), Error, Confirmed, Fixed, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Flytninger sker inden for kommunen"),
     QT_TRANSLATE_NOOP("dtr::Rules", "STIL, Politikker: flytning kun inden for kommunens egen organisation [C]"),
     moveWithinKommune},
    // v2.0 cross-validation: the rule is STIL's, the bundled matrix is ours.
    {L("krydsvalidering-ejerform"), Warning, Inferred, RuleBasis::CrossValidation, Dag,
     QT_TRANSLATE_NOOP("dtr::Rules", "Ejerform passer til lovgrundlag (v2.0)"),
     QT_TRANSLATE_NOOP(
         "dtr::Rules",
         "STIL: krydsvalidering i v2.0 [C]; den indbyggede tabel er udledt af loven [I] – med STIL's tabel er "
         "reglen en fejl"),
     crossValidationEjerform},
    {L("krydsvalidering-type"), Warning, Inferred, RuleBasis::CrossValidation, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Institutionstypen passer til daginstitutionens lovgrundlag (v2.0)"),
     QT_TRANSLATE_NOOP(
         "dtr::Rules",
         "STIL: krydsvalidering i v2.0 [C]; den indbyggede tabel er udledt af loven [I] – med STIL's tabel er "
         "reglen en fejl"),
     crossValidationType},
    // Data quality of seeded data.
    {L("mulig-dublet"), Warning, Quality, Fixed, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules",
                       "Ingen to enheder med samme navn og adresse (eller P-nummer og adresse) i en kommune"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: registeret leder ikke efter dubletter [C]"), likelyDuplicate},
    {L("adresse-kommune"), Warning, Quality, Fixed, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Adressen ligger i daginstitutionens kommune"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: en enhed ligger normalt i sin daginstitutions kommune"),
     addressKommune},
    {L("navn-versaler"), Warning, Quality, Fixed, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Navnet er ikke skrevet med store bogstaver"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: navne med store bogstaver stammer fra indlæsningen i 2019"),
     nameInCapitals, nameInCapitalsFix, Field::Navn},
    {L("navn-lukket"), Warning, Quality, Fixed, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Navnet siger ikke lukket om en aktiv post"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: en lukket post lukkes i registeret, ikke i navnet"),
     nameMarkedClosed},
    {L("mangler-kontakt"), Warning, Quality, Fixed, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "E-mail eller telefon er udfyldt"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: e-mail og telefon er frivillige i registeret [C]"), missingContact},
    {L("dagpleje-forkert-overordnet"), Warning, Quality, Fixed, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Dagplejegrupper ligger under en dagpleje-daginstitution"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: STIL's vejledning om dagplejegrupper [C]"), dagplejeParent},
    {L("ikke-opdateret"), Info, Quality, Fixed, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Posten er opdateret siden indlæsningen i 2019"),
     QT_TRANSLATE_NOOP("dtr::Rules", "Datakvalitet: data fra Danmarks Statistiks indlæsning 2019 bør gennemgås"),
     notUpdatedSinceSeeding},
};

// The tables a rule's certainty follows are STIL's (confirmed) or ours.
bool basisConfirmed(const Rule &rule, const CodeTables &codes)
{
    switch (rule.basis) {
    case RuleBasis::Fixed:
        return false;
    case RuleBasis::CodeTables:
        return codes.ejerform.confirmed && codes.lovgrundlag.confirmed && codes.instType3.confirmed;
    case RuleBasis::CrossValidation:
        return codes.crossValidationConfirmed && !codes.crossValidation.isEmpty();
    }
    return false;
}

} // namespace

const QList<Rule> &validationRules()
{
    return ruleTable;
}

const Rule *findRule(QStringView id)
{
    for (const Rule &r : ruleTable)
        if (id == r.id)
            return &r;
    return nullptr;
}

QString ruleDescription(const Rule &rule)
{
    return QCoreApplication::translate("dtr::Rules", rule.description);
}

QString ruleSource(const Rule &rule)
{
    return QCoreApplication::translate("dtr::Rules", rule.source);
}

Severity defaultSeverity(const Rule &rule, const CodeTables &codes)
{
    return basisConfirmed(rule, codes) ? Severity::Error : rule.severity;
}

Certainty defaultCertainty(const Rule &rule, const CodeTables &codes)
{
    return basisConfirmed(rule, codes) ? Certainty::Confirmed : rule.certainty;
}

RuleStatus ruleStatus(const Rule &rule, const CodeTables &codes, const RuleProfile &profile)
{
    RuleStatus status;
    status.certainty = defaultCertainty(rule, codes);
    status.severity = defaultSeverity(rule, codes);
    if (const RuleSetting *setting = profile.setting(QString(rule.id))) {
        status.enabled = setting->enabled;
        if (setting->severity) {
            status.severity = *setting->severity;
            status.overridden = true;
        }
    }
    return status;
}

QLatin1StringView severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QLatin1StringView("error");
    case Severity::Warning:
        return QLatin1StringView("warning");
    case Severity::Info:
        break;
    }
    return QLatin1StringView("info");
}

bool severityFromKey(QStringView key, Severity *severity)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (key == severityKey(s)) {
            *severity = s;
            return true;
        }
    }
    return false;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Fejl");
    case Severity::Warning:
        return tr("Advarsel");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QLatin1StringView certaintyKey(Certainty certainty)
{
    switch (certainty) {
    case Certainty::Confirmed:
        return QLatin1StringView("confirmed");
    case Certainty::Inferred:
        return QLatin1StringView("inferred");
    case Certainty::Quality:
        break;
    }
    return QLatin1StringView("quality");
}

QString certaintyLabel(Certainty certainty)
{
    switch (certainty) {
    case Certainty::Confirmed:
        return tr("Fastlagt af STIL");
    case Certainty::Inferred:
        return tr("Foreløbig regel");
    case Certainty::Quality:
        break;
    }
    return tr("Datakvalitet");
}

QString provisionalLabel(Certainty certainty)
{
    return certainty == Certainty::Inferred ? tr("foreløbig regel") : QString();
}

QString findingSeverityText(const Finding &finding)
{
    const QString provisional = provisionalLabel(finding.certainty);
    return provisional.isEmpty() ? severityLabel(finding.severity)
                                 : severityLabel(finding.severity) + QStringLiteral(" · ") + provisional;
}

} // namespace dtr

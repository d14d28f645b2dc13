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

#define DTR_TEXT(text) QT_TRANSLATE_NOOP("dtr::Rules", text)

// Every rule with its source and certainty; README's table justifies each severity. Only what
// STIL publishes may be an error; inferred rules warn at most; quality checks never block.
const QList<Rule> ruleTable{
    // Field rules.
    {L("felt-mangler"), Error, Confirmed, Fixed, Dag | Unit, DTR_TEXT("Obligatoriske felter er udfyldt"),
     DTR_TEXT("STIL, Datamodel: obligatoriske felter; adressen valideres mod DAR [C]"), mandatoryFields},
    {L("felt-mangler-antaget"), Warning, Inferred, Fixed, Unit | Alt,
     DTR_TEXT("Bynavn, kommunekode og den alternative adresses felter er udfyldt"),
     DTR_TEXT("Antaget: adressens underfelter og den alternative adresses felter er ikke offentliggjort [I]/[?]"),
     assumedMandatoryFields},
    {L("laengde"), Error, Confirmed, Fixed, Dag | Unit,
     DTR_TEXT("Navn, e-mail og telefon holder sig inden for registerets længder"),
     DTR_TEXT("STIL, Datamodel: navn og e-mail højst 132 tegn, telefon højst 20 [C]"), maxLengths},
    {L("laengde-antaget"), Warning, Inferred, Fixed, Unit | Alt,
     DTR_TEXT("Adressefelter og den alternative adresses navn holder sig inden for antagne længder"),
     DTR_TEXT("Antaget: DAR's længder for vej- og bynavne (40); længderne er ikke i STIL's datamodel [I]"),
     assumedMaxLengths},
    {L("nummer-format"), Warning, Confirmed, Fixed, AllLevels, DTR_TEXT("Institutionsnummeret er 6 tegn"),
     DTR_TEXT("STIL, Datamodel: 6 tegn for daginstitution og anvisningsenhed [C]; for alternative adresser antaget "
              "[I]. Numrene udstedes af registeret"),
     numberFormat},
    {L("kommunekode-ukendt"), Error, Confirmed, Fixed, AllLevels,
     DTR_TEXT("Kommunekoden er en af de 98 officielle koder"),
     DTR_TEXT("STIL: kodede felter valideres mod kodetabellen, kommunekoder mod de officielle koder [C]"),
     knownKommune},
    {L("kode-ukendt"), Warning, Inferred, RuleBasis::CodeTables, Dag | Unit,
     DTR_TEXT("Ejerform, lovgrundlag og institutionstype har en kode fra kodetabellen"),
     DTR_TEXT("STIL: kodede felter valideres mod kodetabellen [C]; de indbyggede tabeller er foreløbige [T]/[?] – "
              "med STIL's tabeller er reglen en fejl"),
     knownCodes},
    {L("pnummer-format"), Error, Confirmed, Fixed, Unit, DTR_TEXT("P-nummeret er 10 cifre"),
     DTR_TEXT("STIL, Datamodel: P-nummer, 10 tegn, obligatorisk [C]"), pNummerFormat},
    {L("cvr-kontrolciffer"), Warning, Confirmed, Fixed, Unit,
     DTR_TEXT("CVR-nummeret er 8 cifre med gyldigt kontrolciffer"),
     DTR_TEXT("CVR-nummer, 8 cifre med modulus 11 [C]; udfyldes af registeret, så det sendes ikke"), cvrCheckDigit},
    {L("postnummer-format"), Error, Confirmed, Fixed, Unit | Alt, DTR_TEXT("Postnummeret er 4 cifre"),
     DTR_TEXT("STIL: adressen valideres mod DAR [C]; danske postnumre er fire cifre"), postnummerFormat},
    {L("postnummer-interval"), Warning, Inferred, Fixed, Unit | Alt,
     DTR_TEXT("Postnummeret er et gadepostnummer (1000–9990)"),
     DTR_TEXT("Antaget: gadepostnumre ligger mellem 1000 og 9990 [I]"), postnummerRange},
    {L("husnummer-format"), Warning, Inferred, Fixed, Unit | Alt,
     DTR_TEXT("Husnummeret følger DAR (1–999 og evt. et bogstav)"),
     DTR_TEXT("Antaget: DAR's regel for husnumre; STIL's adressefelter er ikke offentliggjort [I]"), husnummerFormat},
    {L("husnummer-bogstav"), Info, Quality, Fixed, Unit | Alt, DTR_TEXT("Husnummerets bogstav er stort som i DAR"),
     DTR_TEXT("Registeret har husnumre med lille bogstav (\"51a\") [O]; DAR skriver bogstavet stort"), husnummerLetter,
     husnummerLetterFix, Field::HusNummer},
    {L("etage-format"), Warning, Inferred, Fixed, Unit | Alt, DTR_TEXT("Etagen følger DAR"),
     DTR_TEXT("Antaget: DAR's regel for etager [I]"), etageFormat},
    {L("doer-format"), Warning, Inferred, Fixed, Unit | Alt, DTR_TEXT("Døren følger DAR"),
     DTR_TEXT("Antaget: DAR's regel for døre [I]"), doerFormat},
    {L("email-format"), Warning, Quality, Fixed, Unit, DTR_TEXT("E-mailadressen er gyldig"),
     DTR_TEXT("Datakvalitet: registeret kontrollerer ikke e-mailens form"), emailFormat},
    {L("telefon-format"), Warning, Quality, Fixed, Unit, DTR_TEXT("Telefonnummeret ligner et dansk nummer"),
     DTR_TEXT("Datakvalitet: registeret kontrollerer ikke telefonnummerets form"), phoneFormat, phoneFix,
     Field::TelefonNummer},
    {L("koordinat-udenfor"), Warning, Quality, Fixed, Unit | Alt, DTR_TEXT("Koordinaterne ligger i Danmark"),
     DTR_TEXT("Datakvalitet: koordinaterne kommer fra DAR"), coordinatesInDenmark},
    // Geography: open data that may lag behind DAR, boundaries simplified to about 30 m.
    {L("postnummer-ukendt"), Warning, Quality, Fixed, Unit | Alt,
     DTR_TEXT("Postnummeret findes i PostNords postnummertabel"),
     DTR_TEXT("Datakvalitet: PostNords postnummertabel (2018); et nyere postnummer er muligt"), postnummerKnown},
    {L("bynavn-postnummer"), Warning, Quality, Fixed, Unit | Alt, DTR_TEXT("Bynavnet er postnummerets"),
     DTR_TEXT("Datakvalitet: PostNords postnummertabel; DAR giver bynavnet efter postnummeret"),
     bynavnMatchesPostnummer, bynavnFix, Field::ByNavn},
    {L("postnummer-kommune"), Warning, Quality, Fixed, Unit | Alt, DTR_TEXT("Postnummeret ligger i adressens kommune"),
     DTR_TEXT("Datakvalitet: PostNords postnumre og de kommuner, de dækker"), postnummerInKommune},
    {L("koordinat-kommune"), Warning, Quality, Fixed, Unit | Alt,
     DTR_TEXT("Koordinaterne ligger i adressens kommune (50 m tolerance)"),
     DTR_TEXT("Datakvalitet: DAGI's kommunegrænser, forenklet til ca. 30 m"), coordinatesInKommune},
    // Structure rules.
    {L("uden-overordnet"), Error, Confirmed, Fixed, Unit | Alt, DTR_TEXT("Den overordnede post findes"),
     DTR_TEXT("STIL: hver enhed hører til en daginstitution, hver alternativ adresse til en enhed [C]"), parentExists},
    {L("uden-enheder"), Error, Confirmed, Fixed, Dag, DTR_TEXT("En daginstitution har mindst én aktiv anvisningsenhed"),
     DTR_TEXT("STIL: en daginstitution skal have mindst én anvisningsenhed [C]"), hasActiveUnits},
    {L("aktiv-under-nedlagt"), Warning, Inferred, Fixed, Unit | Alt, DTR_TEXT("Ingen aktiv post under en nedlagt"),
     DTR_TEXT("STIL: ingen kaskadesletning [C]; om registeret afviser en ændring af en sådan post, vides ikke [I]"),
     activeUnderClosed},
    {L("nummer-dublet"), Error, Confirmed, Fixed, AllLevels, DTR_TEXT("Institutionsnumre er entydige"),
     DTR_TEXT("STIL: institutionsnummeret er nøglen og genbruges aldrig [C]"), uniqueNumber},
    {L("flyt-kommune"), Error, Confirmed, Fixed, Unit | Alt, DTR_TEXT("Flytninger sker inden for kommunen"),
     DTR_TEXT("STIL, Politikker: flytning kun inden for kommunens egen organisation [C]"), moveWithinKommune},
    // v2.0 cross-validation: the rule is STIL's, the bundled matrix is ours.
    {L("krydsvalidering-ejerform"), Warning, Inferred, RuleBasis::CrossValidation, Dag,
     DTR_TEXT("Ejerform passer til lovgrundlag (v2.0)"),
     DTR_TEXT("STIL: krydsvalidering i v2.0 [C]; den indbyggede tabel er udledt af loven [I] – med STIL's tabel er "
              "reglen en fejl"),
     crossValidationEjerform},
    {L("krydsvalidering-type"), Warning, Inferred, RuleBasis::CrossValidation, Unit,
     DTR_TEXT("Institutionstypen passer til daginstitutionens lovgrundlag (v2.0)"),
     DTR_TEXT("STIL: krydsvalidering i v2.0 [C]; den indbyggede tabel er udledt af loven [I] – med STIL's tabel er "
              "reglen en fejl"),
     crossValidationType},
    // Data quality of seeded data.
    {L("mulig-dublet"), Warning, Quality, Fixed, Unit,
     DTR_TEXT("Ingen to enheder med samme navn og adresse (eller P-nummer og adresse) i en kommune"),
     DTR_TEXT("Datakvalitet: registeret leder ikke efter dubletter [C]"), likelyDuplicate},
    {L("adresse-kommune"), Warning, Quality, Fixed, Unit, DTR_TEXT("Adressen ligger i daginstitutionens kommune"),
     DTR_TEXT("Datakvalitet: en enhed ligger normalt i sin daginstitutions kommune"), addressKommune},
    {L("navn-versaler"), Warning, Quality, Fixed, AllLevels, DTR_TEXT("Navnet er ikke skrevet med store bogstaver"),
     DTR_TEXT("Datakvalitet: navne med store bogstaver stammer fra indlæsningen i 2019"), nameInCapitals,
     nameInCapitalsFix, Field::Navn},
    {L("navn-lukket"), Warning, Quality, Fixed, AllLevels, DTR_TEXT("Navnet siger ikke lukket om en aktiv post"),
     DTR_TEXT("Datakvalitet: en lukket post lukkes i registeret, ikke i navnet"), nameMarkedClosed},
    {L("mangler-kontakt"), Warning, Quality, Fixed, Unit, DTR_TEXT("E-mail eller telefon er udfyldt"),
     DTR_TEXT("Datakvalitet: e-mail og telefon er frivillige i registeret [C]"), missingContact},
    {L("dagpleje-forkert-overordnet"), Warning, Quality, Fixed, Unit,
     DTR_TEXT("Dagplejegrupper ligger under en dagpleje-daginstitution"),
     DTR_TEXT("Datakvalitet: STIL's vejledning om dagplejegrupper [C]"), dagplejeParent},
    {L("ikke-opdateret"), Info, Quality, Fixed, AllLevels, DTR_TEXT("Posten er opdateret siden indlæsningen i 2019"),
     DTR_TEXT("Datakvalitet: data fra Danmarks Statistiks indlæsning 2019 bør gennemgås"), notUpdatedSinceSeeding},
};

#undef DTR_TEXT

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

} // namespace dtr

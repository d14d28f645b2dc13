#include "DagplejeSetup.h"

#include "changes/ChangeSet.h"
#include "changes/Overlay.h"
#include "codes/CodeTables.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace dtr::dagpleje {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dtr::DagplejeSetup", text, disambiguation, n);
}

bool isDagplejeLovgrundlag(const Record &dag, const CodeTables &codes)
{
    const auto lov = dag.code(Field::LovgrundlagKode);
    const CrossValidationRule *rule = lov ? codes.ruleFor(*lov) : nullptr;
    return rule && rule->instType3.contains(InstType);
}

// Values counted by how often they occur; the most frequent first, ties by first seen.
class Tally
{
public:
    void add(const QString &value)
    {
        if (value.isEmpty())
            return;
        auto it = m_counts.find(value);
        if (it == m_counts.end()) {
            m_counts.insert(value, 1);
            m_order.append(value);
        } else {
            ++*it;
        }
    }
    QStringList ranked() const
    {
        QStringList out = m_order;
        std::stable_sort(out.begin(), out.end(),
                         [this](const QString &a, const QString &b) { return m_counts[a] > m_counts[b]; });
        return out;
    }
    QString top() const { return ranked().value(0); }

private:
    QHash<QString, int> m_counts;
    QStringList m_order;
};

bool activeIn(const Overlay &overlay, int index, int kommuneKode)
{
    return overlay.isLive(index) && overlay.record(index).isActive() && overlay.admKommuneOf(index) == kommuneKode;
}

} // namespace

QString groupName(const QString &area)
{
    const QString trimmed = area.simplified();
    if (trimmed.contains(QLatin1String("dagpleje"), Qt::CaseInsensitive))
        return trimmed;
    return tr("Dagplejegruppe %1").arg(trimmed);
}

QStringList areaNames(GroupNameTemplate kind, const Overlay &overlay, int kommuneKode, const QString &typed)
{
    switch (kind) {
    case GroupNameTemplate::Compass:
        return {tr("Nord"), tr("Syd"), tr("Øst"), tr("Vest")};
    case GroupNameTemplate::Towns: {
        Tally towns;
        for (int i = 0; i < overlay.size(); ++i) {
            if (!activeIn(overlay, i, kommuneKode) || overlay.record(i).level() == Level::Daginstitution)
                continue;
            towns.add(overlay.record(i).value(Field::ByNavn).simplified());
        }
        return towns.ranked();
    }
    case GroupNameTemplate::Typed:
        break;
    }
    QStringList names;
    for (const QString &line : typed.split(QLatin1Char('\n'))) {
        const QString name = line.simplified();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QList<int> dagplejeDaginstitutioner(const Overlay &overlay, const CodeTables &codes, int kommuneKode)
{
    QList<int> out;
    for (int i = 0; i < overlay.size(); ++i) {
        if (!overlay.isLive(i))
            continue;
        const Record &r = overlay.record(i);
        if (r.level() == Level::Daginstitution && r.isActive() &&
            r.code(Field::AdmKommuneKode).value_or(-1) == kommuneKode && isDagplejeLovgrundlag(r, codes))
            out.append(i);
    }
    return out;
}

QList<int> dagplejeUnits(const Overlay &overlay, int kommuneKode, int daginstitution)
{
    QList<int> out;
    for (int i = 0; i < overlay.size(); ++i) {
        if (!activeIn(overlay, i, kommuneKode))
            continue;
        const Record &r = overlay.record(i);
        if (r.level() == Level::Anvisningsenhed && r.code(Field::InstType3) == InstType &&
            (daginstitution < 0 || overlay.parentOf(i) != daginstitution))
            out.append(i);
    }
    return out;
}

bool isPrivate(const Record &dag)
{
    return dag.code(Field::EjerformKode) == EjerformPrivat || dag.code(Field::LovgrundlagKode) == LovgrundlagPrivat;
}

QString municipalCvr(const Overlay &overlay, int kommuneKode)
{
    Tally cvr;
    for (int i = 0; i < overlay.size(); ++i)
        if (activeIn(overlay, i, kommuneKode) && overlay.record(i).level() == Level::Anvisningsenhed)
            cvr.add(overlay.record(i).value(Field::CvrNummer));
    return cvr.top();
}

DagplejeGroup sharedDefaults(const Overlay &overlay, int kommuneKode, int daginstitution)
{
    // Addresses as one value so street, number and town stay together.
    Tally dagplejeAddresses;
    Tally anyAddresses;
    Tally emails;
    Tally phones;
    QHash<QString, int> emailUses;
    QHash<QString, int> phoneUses;
    QHash<QString, DagplejeGroup> byAddress;
    for (int i = 0; i < overlay.size(); ++i) {
        if (!activeIn(overlay, i, kommuneKode))
            continue;
        const Record &r = overlay.record(i);
        if (r.level() != Level::Anvisningsenhed || r.value(Field::VejNavn).isEmpty())
            continue;
        DagplejeGroup g;
        g.vejNavn = r.value(Field::VejNavn);
        g.husNummer = r.value(Field::HusNummer);
        g.postNummer = r.value(Field::PostNummer);
        g.byNavn = r.value(Field::ByNavn);
        const QString key = QStringList{g.vejNavn, g.husNummer, g.postNummer, g.byNavn}.join(QChar(0));
        byAddress.insert(key, g);
        anyAddresses.add(key);
        const bool isDagpleje = r.code(Field::InstType3) == InstType;
        if (isDagpleje)
            dagplejeAddresses.add(key);
        if (isDagpleje || (daginstitution >= 0 && overlay.parentOf(i) == daginstitution)) {
            emails.add(r.value(Field::Email));
            phones.add(r.value(Field::TelefonNummer));
            ++emailUses[r.value(Field::Email)];
            ++phoneUses[r.value(Field::TelefonNummer)];
        }
    }
    const QString key = !dagplejeAddresses.top().isEmpty() ? dagplejeAddresses.top() : anyAddresses.top();
    DagplejeGroup out = byAddress.value(key);
    // One unit's own contact would reach the wrong childminders: only a shared one is offered.
    out.email = emailUses.value(emails.top()) >= 2 ? emails.top() : QString();
    out.telefon = phoneUses.value(phones.top()) >= 2 ? phones.top() : QString();
    return out;
}

QString setupRefusal(const Overlay &overlay, const DagplejeSetup &setup, bool requirePNumbers)
{
    if (setup.groups.isEmpty())
        return tr("Der er ingen dagplejegrupper at oprette.");
    if (setup.daginstitution < 0 && setup.newDaginstitutionName.trimmed().isEmpty())
        return tr("Den nye dagpleje-daginstitution mangler et navn.");
    if (setup.daginstitution >= 0 &&
        (!overlay.isLive(setup.daginstitution) || !overlay.record(setup.daginstitution).isActive() ||
         overlay.record(setup.daginstitution).level() != Level::Daginstitution))
        return tr("Den valgte daginstitution findes ikke eller er nedlagt.");
    QSet<QString> names;
    if (setup.daginstitution >= 0)
        for (int child : overlay.childrenOf(setup.daginstitution))
            if (overlay.record(child).isActive())
                names.insert(overlay.record(child).navn().toCaseFolded());
    for (qsizetype g = 0; g < setup.groups.size(); ++g) {
        const QString name = setup.groups[g].navn.simplified();
        if (name.isEmpty())
            return tr("Gruppe %1 mangler et navn.").arg(g + 1);
        if (names.contains(name.toCaseFolded()))
            return tr("Navnet \"%1\" er allerede brugt i daginstitutionen.").arg(name);
        names.insert(name.toCaseFolded());
        // Every area gets a P-nummer under the municipality's CVR (STIL, dagplejere); the register
        // requires one of 10 digits on every anvisningsenhed.
        const QString p = setup.groups[g].pNummer.trimmed();
        if (requirePNumbers && p.isEmpty())
            return tr("%1 mangler et P-nummer – hver gruppe skal have sit P-nummer.").arg(name);
        if (requirePNumbers &&
            (p.size() != 10 || std::any_of(p.begin(), p.end(), [](QChar c) { return !c.isDigit(); })))
            return tr("P-nummeret for %1 skal være 10 cifre – fandt \"%2\".").arg(name, p);
    }
    for (int unit : setup.moveUnits)
        if (!overlay.isLive(unit) || overlay.record(unit).level() != Level::Anvisningsenhed)
            return tr("En af de enheder der skal flyttes, findes ikke.");
    return {};
}

QString areaOf(const QString &name)
{
    static const QStringList prefixes{QStringLiteral("dagplejegruppe"),
                                      QStringLiteral("dagplejeområde"),
                                      QStringLiteral("dagplejerne"),
                                      QStringLiteral("dagplejen"),
                                      QStringLiteral("dagpleje"),
                                      QStringLiteral("område"),
                                      QStringLiteral("i"),
                                      QStringLiteral("-"),
                                      QStringLiteral("–")};
    QStringList words = name.toCaseFolded().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && prefixes.contains(words.first()))
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

QStringList setupWarnings(const Overlay &overlay, const DagplejeSetup &setup)
{
    QStringList out;
    // Active units of the municipality: their P-numre and, for dagpleje units, the areas they cover.
    QHash<QString, int> pInUse;
    QHash<QString, int> areaInUse;
    for (int i = 0; i < overlay.size(); ++i) {
        if (!activeIn(overlay, i, setup.kommuneKode) || overlay.record(i).level() != Level::Anvisningsenhed)
            continue;
        const Record &r = overlay.record(i);
        if (!r.value(Field::PNummer).isEmpty())
            pInUse.insert(r.value(Field::PNummer), i);
        if (setup.moveUnits.contains(i))
            continue; // moved in with the new groups: it is meant to sit beside them
        if (r.code(Field::InstType3) == InstType || r.navn().contains(QLatin1String("dagpleje"), Qt::CaseInsensitive))
            if (const QString area = areaOf(r.navn()); !area.isEmpty())
                areaInUse.insert(area, i);
    }
    QMap<QString, QStringList> groupsOfP;
    for (const DagplejeGroup &g : setup.groups) {
        const QString name = g.navn.simplified();
        const QString p = g.pNummer.trimmed();
        if (!p.isEmpty())
            groupsOfP[p].append(name);
        if (const auto it = pInUse.constFind(p); !p.isEmpty() && it != pInUse.cend())
            out << tr("P-nummeret %1 (%2) bruges allerede af %3 (%4). Det er tilladt, men hvert område har normalt "
                      "sit eget.")
                       .arg(p, name, overlay.record(*it).navn(), overlay.record(*it).nummer());
        if (const auto it = areaInUse.constFind(areaOf(name)); it != areaInUse.cend())
            out << tr("%1 (%2) dækker måske allerede området i %3.")
                       .arg(overlay.record(*it).navn(), overlay.record(*it).nummer(), name);
    }
    for (auto it = groupsOfP.cbegin(); it != groupsOfP.cend(); ++it)
        if (it.value().size() > 1)
            out << tr("P-nummeret %1 er givet til mere end én gruppe (%2). Det er tilladt, men hvert område har "
                      "normalt sit eget.")
                       .arg(it.key(), it.value().join(QStringLiteral(", ")));
    return out;
}

Step setupStep(ChangeSet &changes, const DagplejeSetup &setup)
{
    const Overlay &overlay = *changes.overlay();
    Step step;
    step.text = tr("Opret %n dagplejegrupper", nullptr, int(setup.groups.size()));
    QString parentKey;
    if (setup.daginstitution >= 0) {
        parentKey = overlay.record(setup.daginstitution).nummer();
    } else {
        parentKey = changes.allocateTemporaryKey();
        Record dag(Level::Daginstitution);
        dag.setValue(Field::Navn, setup.newDaginstitutionName.simplified());
        dag.setValue(Field::EjerformKode, QString::number(setup.privat ? EjerformPrivat : EjerformKommunal));
        dag.setValue(Field::LovgrundlagKode, QString::number(setup.privat ? LovgrundlagPrivat : LovgrundlagKommunal));
        dag.setValue(Field::AdmKommuneKode, QString::number(setup.kommuneKode));
        dag.setValue(Field::Aktivitetsstatus, QString(statusAktiv));
        step.ops.append({OpKind::Create, Level::Daginstitution, parentKey, Field::Nummer, {}, {}, dag.cells()});
    }
    for (const DagplejeGroup &g : setup.groups) {
        Record unit(Level::Anvisningsenhed);
        unit.setValue(Field::ParentNummer, parentKey);
        unit.setValue(Field::Navn, g.navn.simplified());
        unit.setValue(Field::InstType3, QString::number(InstType));
        unit.setValue(Field::CvrNummer, setup.cvrNummer.trimmed());
        unit.setValue(Field::PNummer, g.pNummer.trimmed());
        unit.setValue(Field::VejNavn, g.vejNavn.trimmed());
        unit.setValue(Field::HusNummer, g.husNummer.trimmed());
        unit.setValue(Field::PostNummer, g.postNummer.trimmed());
        unit.setValue(Field::ByNavn, g.byNavn.trimmed());
        unit.setValue(Field::Email, g.email.trimmed());
        unit.setValue(Field::TelefonNummer, g.telefon.trimmed());
        unit.setValue(Field::KommuneKode, QString::number(setup.kommuneKode));
        unit.setValue(Field::Aktivitetsstatus, QString(statusAktiv));
        step.ops.append({OpKind::Create,
                         Level::Anvisningsenhed,
                         changes.allocateTemporaryKey(),
                         Field::Nummer,
                         {},
                         {},
                         unit.cells()});
    }
    for (int unit : setup.moveUnits) {
        const int parent = overlay.parentOf(unit);
        const Record &r = overlay.record(unit);
        step.ops.append({OpKind::Move,
                         Level::Anvisningsenhed,
                         r.nummer(),
                         Field::ParentNummer,
                         parent >= 0 ? overlay.record(parent).nummer() : r.parentNummer(),
                         parentKey,
                         {}});
    }
    return step;
}

} // namespace dtr::dagpleje

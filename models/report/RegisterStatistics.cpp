#include "RegisterStatistics.h"

#include "codes/CodeTables.h"
#include "register/Register.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::RegisterStatistics", text);
}

QJsonObject levelObject(const RegisterStatistics::LevelCounts &counts)
{
    QJsonObject o;
    for (int l = 0; l < LevelCount; ++l)
        o.insert(QString(levelKey(Level(l))), counts[size_t(l)]);
    return o;
}

QString levelLine(const RegisterStatistics::LevelCounts &c)
{
    return QStringLiteral("%1 / %2 / %3").arg(c[0], 6).arg(c[1], 6).arg(c[2], 6);
}

} // namespace

RegisterStatistics RegisterStatistics::of(const Register &reg)
{
    RegisterStatistics s;
    for (int i = 0; i < reg.size(); ++i) {
        const Record &r = reg.record(i);
        const size_t l = size_t(r.level());
        ++s.total[l];
        ++(r.isActive() ? s.active : s.closed)[l];
        ++s.perKommune[reg.admKommuneOf(i)][l];
        ++s.perStatus[r.value(Field::Aktivitetsstatus)][l];
        if (r.level() == Level::Anvisningsenhed)
            ++s.perType[r.code(Field::InstType3).value_or(-1)];
    }
    s.orphans = int(reg.orphans().size());
    s.duplicateNumbers = int(reg.duplicates().size());
    return s;
}

QJsonObject RegisterStatistics::toJson(const CodeTables &codes) const
{
    QJsonObject root;
    root.insert(QStringLiteral("counts"), levelObject(total));
    root.insert(QStringLiteral("active"), levelObject(active));
    root.insert(QStringLiteral("closed"), levelObject(closed));
    QJsonArray kommuner;
    for (auto it = perKommune.cbegin(); it != perKommune.cend(); ++it) {
        QJsonObject k = levelObject(it.value());
        k.insert(QStringLiteral("kommuneKode"), it.key());
        k.insert(QStringLiteral("navn"), it.key() == 0 ? QString() : codes.kommuneName(it.key()));
        kommuner.append(k);
    }
    root.insert(QStringLiteral("perKommune"), kommuner);
    QJsonArray types;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        types.append(QJsonObject{{QStringLiteral("instType3"), it.key()},
                                 {QStringLiteral("tekst"), it.key() < 0 ? QString() : codes.instType3.label(it.key())},
                                 {QStringLiteral("anvisningsenhed"), it.value()}});
    root.insert(QStringLiteral("perType"), types);
    QJsonArray statuses;
    for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it) {
        QJsonObject o = levelObject(it.value());
        o.insert(QStringLiteral("aktivitetsstatus"), it.key());
        statuses.append(o);
    }
    root.insert(QStringLiteral("perStatus"), statuses);
    root.insert(QStringLiteral("orphans"), orphans);
    root.insert(QStringLiteral("duplicateNumbers"), duplicateNumbers);
    return root;
}

QString RegisterStatistics::toText(const CodeTables &codes) const
{
    QString out;
    out += tr("Daginstitutioner:     %1 (%2 aktive, %3 nedlagte)\n").arg(total[0]).arg(active[0]).arg(closed[0]);
    out += tr("Anvisningsenheder:    %1 (%2 aktive, %3 nedlagte)\n").arg(total[1]).arg(active[1]).arg(closed[1]);
    out += tr("Alternative adresser: %1 (%2 aktive, %3 nedlagte)\n").arg(total[2]).arg(active[2]).arg(closed[2]);
    if (orphans)
        out += tr("Uden gyldig overordnet: %1\n").arg(orphans);
    if (duplicateNumbers)
        out += tr("Dublerede numre: %1\n").arg(duplicateNumbers);
    out += QLatin1Char('\n') + tr("Pr. institutionstype (anvisningsenheder):\n");
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        out += QStringLiteral("  %1  %2  %3\n")
                   .arg(it.key() < 0 ? QStringLiteral("----") : QString::number(it.key()), 4)
                   .arg(it.value(), 6)
                   .arg(it.key() < 0 ? tr("(mangler)") : codes.instType3.label(it.key()));
    out += QLatin1Char('\n') + tr("Pr. status (dag. / anv. / alt.):\n");
    for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it)
        out += QStringLiteral("  %1  %2\n")
                   .arg(it.key().isEmpty() ? tr("(tom)") : it.key(), -10)
                   .arg(levelLine(it.value()));
    out += QLatin1Char('\n') + tr("Pr. kommune (dag. / anv. / alt.):\n");
    for (auto it = perKommune.cbegin(); it != perKommune.cend(); ++it)
        out += QStringLiteral("  %1 %2  %3\n")
                   .arg(it.key(), 4)
                   .arg(it.key() == 0 ? tr("(ukendt)") : codes.kommuneName(it.key()), -20)
                   .arg(levelLine(it.value()));
    return out;
}

} // namespace dtr

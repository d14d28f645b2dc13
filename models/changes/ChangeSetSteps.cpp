#include "ChangeSet.h"

#include "codes/CodeTables.h"

#include <QCoreApplication>

// The steps a steward's actions become (edit a field, create, close, move, revert), built
// against the current overlay; ChangeSet.cpp checks and applies them.
namespace dtr {

int ChangeSet::nextSerial() const
{
    int serial = 0;
    for (const Step &s : m_steps)
        for (const Operation &op : s.ops)
            if (op.kind == OpKind::Create && isTemporaryKey(op.key))
                serial = std::max(serial, op.key.mid(4, op.key.size() - 5).toInt());
    return std::max(serial, m_serial) + 1;
}

Step ChangeSet::updateStep(int index, Field field, const QString &value) const
{
    const Record &r = m_overlay->record(index);
    Operation op;
    op.kind = OpKind::Update;
    op.level = r.level();
    op.key = r.nummer();
    op.field = field;
    op.before = r.value(field);
    op.after = value;
    return {tr("Ret %1 på %2").arg(fieldLabel(field).toLower(), r.navn()),
            {op},
            r.nummer() + QLatin1Char('/') + fieldKey(field)};
}

Step ChangeSet::createDaginstitutionStep(int kommuneKode)
{
    const int serial = nextSerial();
    m_serial = serial + 1;
    Record dag(Level::Daginstitution);
    dag.setValue(Field::Navn, tr("Ny daginstitution"));
    dag.setValue(Field::EjerformKode, u"1");
    dag.setValue(Field::LovgrundlagKode, u"1");
    dag.setValue(Field::AdmKommuneKode, QString::number(kommuneKode));
    dag.setValue(Field::Aktivitetsstatus, QString(statusAktiv));
    Record unit(Level::Anvisningsenhed);
    unit.setValue(Field::ParentNummer, temporaryKey(serial));
    unit.setValue(Field::Navn, tr("Ny anvisningsenhed"));
    unit.setValue(Field::InstType3, u"6012");
    unit.setValue(Field::KommuneKode, QString::number(kommuneKode));
    unit.setValue(Field::Aktivitetsstatus, QString(statusAktiv));
    Operation a{OpKind::Create, Level::Daginstitution, temporaryKey(serial), Field::Nummer, {}, {}, dag.cells()};
    Operation b{OpKind::Create, Level::Anvisningsenhed, temporaryKey(serial + 1), Field::Nummer, {}, {}, unit.cells()};
    return {tr("Opret daginstitution med første anvisningsenhed"), {a, b}, {}};
}

Step ChangeSet::createAnvisningsenhedStep(int daginstitution)
{
    const int serial = nextSerial();
    m_serial = serial;
    const Record &dag = m_overlay->record(daginstitution);
    Record unit(Level::Anvisningsenhed);
    unit.setValue(Field::ParentNummer, dag.nummer());
    unit.setValue(Field::Navn, tr("Ny anvisningsenhed"));
    // A type the daginstitution's lovgrundlag allows (v2.0 cross-validation).
    const CrossValidationRule *rule = m_codes->ruleFor(dag.code(Field::LovgrundlagKode).value_or(0));
    unit.setValue(Field::InstType3,
                  QString::number(rule && !rule->instType3.isEmpty() ? rule->instType3.first() : 6012));
    unit.setValue(Field::KommuneKode, QString::number(m_overlay->admKommuneOf(daginstitution)));
    unit.setValue(Field::Aktivitetsstatus, QString(statusAktiv));
    Operation op{OpKind::Create, Level::Anvisningsenhed, temporaryKey(serial), Field::Nummer, {}, {}, unit.cells()};
    return {tr("Opret anvisningsenhed under %1").arg(dag.navn()), {op}, {}};
}

Step ChangeSet::createAlternativAdresseStep(int anvisningsenhed)
{
    const int serial = nextSerial();
    m_serial = serial;
    const Record &unit = m_overlay->record(anvisningsenhed);
    Record address(Level::AlternativAdresse);
    address.setValue(Field::ParentNummer, unit.nummer());
    address.setValue(Field::Navn, tr("Ny alternativ adresse"));
    address.setValue(Field::KommuneKode, unit.value(Field::KommuneKode));
    address.setValue(Field::Aktivitetsstatus, QString(statusAktiv));
    Operation op{OpKind::Create, Level::AlternativAdresse, temporaryKey(serial), Field::Nummer, {}, {},
                 address.cells()};
    return {tr("Opret alternativ adresse under %1").arg(unit.navn()), {op}, {}};
}

QString ChangeSet::allocateTemporaryKey()
{
    m_serial = nextSerial();
    return temporaryKey(m_serial);
}

Step ChangeSet::closeStep(int index) const
{
    const Record &r = m_overlay->record(index);
    Operation op{
        OpKind::Close,          r.level(), r.nummer(), Field::Aktivitetsstatus, r.value(Field::Aktivitetsstatus),
        QString(statusNedlagt), {}};
    return {tr("Luk %1").arg(r.navn()), {op}, {}};
}

Step ChangeSet::moveStep(int index, int newParent) const
{
    const Record &r = m_overlay->record(index);
    const int p = m_overlay->parentOf(index);
    Operation op{OpKind::Move,
                 r.level(),
                 r.nummer(),
                 Field::ParentNummer,
                 p >= 0 ? m_overlay->record(p).nummer() : r.parentNummer(),
                 m_overlay->record(newParent).nummer(),
                 {}};
    return {tr("Flyt %1 til %2").arg(r.navn(), m_overlay->record(newParent).navn()), {op}, {}};
}

namespace {

// The operations that undo one record's net effect; new records are taken away by a close.
QList<Operation> inverseOps(const RecordChange &c, const Overlay &overlay)
{
    QList<Operation> ops;
    const int i = overlay.find(c.level, c.key);
    if (c.created) {
        ops.append({OpKind::Close,
                    c.level,
                    c.key,
                    Field::Aktivitetsstatus,
                    overlay.record(i).value(Field::Aktivitetsstatus),
                    QString(statusNedlagt),
                    {}});
        return ops;
    }
    if (c.closed)
        ops.append(
            {OpKind::Close, c.level, c.key, Field::Aktivitetsstatus, QString(statusNedlagt), c.statusBefore, {}});
    if (c.moved)
        ops.append({OpKind::Move, c.level, c.key, Field::ParentNummer, c.parentAfter, c.parentBefore, {}});
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        ops.append({OpKind::Update, c.level, c.key, it.key(), it.value().second, it.value().first, {}});
    return ops;
}

} // namespace

Step ChangeSet::revertStep(int index, QString *error) const
{
    const RecordChange *c = changeOf(index);
    if (!c) {
        *error = tr("%1 har ingen ventende ændringer.").arg(label(index));
        return {};
    }
    if (c->created) {
        for (int child : m_overlay->childrenOf(index)) {
            if (m_overlay->isLive(child)) {
                *error = tr("%1 har underposter. Fortryd eller flyt dem først.").arg(label(index));
                return {};
            }
        }
    }
    return {tr("Fortryd ændringerne på %1").arg(m_overlay->record(index).navn()), inverseOps(*c, *m_overlay), {}};
}

Step ChangeSet::revertAllStep() const
{
    Step step{tr("Fortryd alle ændringer"), {}, {}};
    // Existing records first (reopen, move back, fields back), then new records deepest first, so
    // every operation is valid when it runs.
    for (const auto &[at, c] : m_net)
        if (!c.created)
            step.ops.append(inverseOps(c, *m_overlay));
    for (Level level : {Level::AlternativAdresse, Level::Anvisningsenhed, Level::Daginstitution})
        for (const auto &[at, c] : m_net)
            if (c.created && c.level == level)
                step.ops.append(inverseOps(c, *m_overlay));
    return step;
}

} // namespace dtr

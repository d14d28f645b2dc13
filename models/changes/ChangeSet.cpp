#include "ChangeSet.h"

#include "codes/CodeTables.h"

#include <QCoreApplication>

namespace dtr {

namespace {

Level parentLevelOf(Level level)
{
    Level p = Level::Daginstitution;
    parentLevel(level, &p);
    return p;
}

// The first character XML 1.0 cannot carry (a C0 control other than tab, line feed and carriage
// return; U+FFFE, U+FFFF; half a surrogate pair): its position, or -1.
qsizetype firstCharacterXmlCannotCarry(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF)
            return i;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
            ++i;
        else if (QChar::isSurrogate(c))
            return i;
    }
    return -1;
}

} // namespace

ChangeSet::ChangeSet(std::shared_ptr<const Register> base, QObject *parent)
    : QObject(parent)
    , m_overlay(new Overlay(std::move(base), this))
    , m_codes(&CodeTables::bundled())
{
    // The delta of a change is what the overlay reports while it is applied: exact, whatever the
    // operation (an adm. kommune edit moves a daginstitution, closing a new record removes it).
    const auto touch = [this](int index) { m_touched.insert(index); };
    const auto structural = [this, touch](int index) {
        m_structural = true;
        touch(index);
    };
    connect(m_overlay, &Overlay::recordChanged, this, touch);
    connect(m_overlay, &Overlay::recordInserted, this, structural);
    connect(m_overlay, &Overlay::recordRemoved, this, structural);
    connect(m_overlay, &Overlay::recordMoved, this, structural);
    connect(m_overlay, &Overlay::kommuneAdded, this, [this] { m_structural = true; });
}

bool ChangeSet::isEditable(Level level, Field field)
{
    if (!hasField(level, field))
        return false;
    switch (field) {
    case Field::Nummer:       // issued by the register
    case Field::ParentNummer: // changed by moving
    case Field::CvrNummer:    // filled in by the register from CVR
    case Field::DawaId:       // derived by the register from DAR
    case Field::GeoBredde:
    case Field::GeoLaengde:
    case Field::Aktivitetsstatus: // changed by closing
    case Field::SenestOpdateret:
        return false;
    default:
        return true;
    }
}

int ChangeSet::maxLength(Field field)
{
    switch (field) {
    case Field::Navn:
    case Field::Email:
        return 132;
    case Field::TelefonNummer:
        return 20;
    case Field::PNummer:
        return 10;
    case Field::CvrNummer:
        return 8;
    case Field::VejNavn:
    case Field::ByNavn:
    case Field::SupplerendeBynavn:
        return 40;
    case Field::HusNummer:
    case Field::PostNummer:
    case Field::KommuneKode:
    case Field::AdmKommuneKode:
    case Field::InstType3:
    case Field::Doer:
        return 4;
    case Field::Etage:
        return 3;
    case Field::EjerformKode:
    case Field::LovgrundlagKode:
        return 2;
    default:
        return 132;
    }
}

QString ChangeSet::label(int index) const
{
    const Record &r = m_overlay->record(index);
    return QStringLiteral("%1 (%2)").arg(r.navn(), r.nummer());
}

int ChangeSet::kommuneOf(int index) const
{
    if (m_overlay->parentOf(index) >= 0)
        return m_overlay->admKommuneOf(index);
    return m_overlay->record(index).code(Field::KommuneKode).value_or(Register::UnknownKommune);
}

QString ChangeSet::closeRefusal(int index) const
{
    if (!m_overlay->isLive(index))
        return tr("Posten findes ikke.");
    const Record &r = m_overlay->record(index);
    if (!r.isActive())
        return tr("%1 er allerede nedlagt.").arg(label(index));
    int active = 0;
    for (int child : m_overlay->childrenOf(index))
        if (m_overlay->isLive(child) && m_overlay->record(child).isActive())
            ++active;
    if (active == 1)
        return tr("%1 har stadig 1 aktiv underpost. Registeret sletter ikke i kaskade: luk eller flyt den først.")
            .arg(label(index));
    if (active > 1)
        return tr("%1 har stadig %2 aktive underposter. Registeret sletter ikke i kaskade: luk eller flyt dem først.")
            .arg(label(index))
            .arg(active);
    return {};
}

QString ChangeSet::moveRefusal(int index, int newParent) const
{
    if (!m_overlay->isLive(index))
        return tr("Posten findes ikke.");
    const Record &r = m_overlay->record(index);
    if (r.level() == Level::Daginstitution)
        return tr("En daginstitution kan ikke flyttes; ret i stedet dens administrative kommune.");
    if (!r.isActive())
        return tr("%1 er nedlagt og kan ikke flyttes.").arg(label(index));
    if (!m_overlay->isLive(newParent))
        return tr("Det valgte mål findes ikke.");
    const Record &target = m_overlay->record(newParent);
    if (target.level() != parentLevelOf(r.level()))
        return r.level() == Level::Anvisningsenhed
                   ? tr("En anvisningsenhed kan kun flyttes til en daginstitution.")
                   : tr("En alternativ adresse kan kun flyttes til en anvisningsenhed.");
    if (!target.isActive())
        return tr("%1 er nedlagt.").arg(label(newParent));
    if (m_overlay->parentOf(index) == newParent)
        return tr("%1 ligger allerede under %2.").arg(label(index), label(newParent));
    // Only within the municipality's own organisation (register.md §9).
    const int from = kommuneOf(index);
    const int to = m_overlay->admKommuneOf(newParent);
    if (from != to)
        return tr("Flytning er kun tilladt inden for samme kommune (%1 hører til %2, målet til %3).")
            .arg(label(index), m_codes->kommuneName(from), m_codes->kommuneName(to));
    return {};
}

QList<int> ChangeSet::moveTargets(int index) const
{
    QList<int> out;
    if (!m_overlay->isLive(index) || m_overlay->record(index).level() == Level::Daginstitution)
        return out;
    const Level wanted = parentLevelOf(m_overlay->record(index).level());
    const int kommune = kommuneOf(index);
    const int row = m_overlay->kommuneRowOf(kommune);
    if (row < 0)
        return out;
    for (int dag : m_overlay->children({TreeNode::Kommune, kommune})) {
        const auto consider = [&](int candidate) {
            if (moveRefusal(index, candidate).isEmpty())
                out.append(candidate);
        };
        if (wanted == Level::Daginstitution)
            consider(dag);
        else
            for (int unit : m_overlay->childrenOf(dag))
                consider(unit);
    }
    return out;
}

QString ChangeSet::characterRefusal(const Operation &op)
{
    const auto refusal = [](Field field, QStringView value) -> QString {
        const qsizetype at = firstCharacterXmlCannotCarry(value);
        if (at < 0)
            return {};
        const char16_t c = value[at].unicode();
        const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        if (c < 0x20)
            return tr("%1 indeholder kontroltegnet %2, som registeret ikke kan modtage.").arg(fieldLabel(field), code);
        if (QChar::isSurrogate(c))
            return tr("%1 indeholder et halvt tegn (%2 uden sin anden halvdel), som registeret ikke kan modtage.")
                .arg(fieldLabel(field), code);
        return tr("%1 indeholder tegnet %2, som registeret ikke kan modtage.").arg(fieldLabel(field), code);
    };
    switch (op.kind) {
    case OpKind::Create: {
        const QList<Field> &fields = fieldsOf(op.level);
        for (qsizetype k = 0; k < op.values.size() && k < fields.size(); ++k)
            if (const QString r = refusal(fields[k], op.values[k]); !r.isEmpty())
                return r;
        return {};
    }
    case OpKind::Update:
        return refusal(op.field, op.after);
    case OpKind::Move:
    case OpKind::Close:
        return {};
    }
    return {};
}

QString ChangeSet::check(const Operation &op) const
{
    const int i = m_overlay->find(op.level, op.key);
    switch (op.kind) {
    case OpKind::Create: {
        if (i >= 0)
            return tr("Nøglen %1 er allerede i brug.").arg(op.key);
        if (op.values.size() != fieldsOf(op.level).size())
            return tr("Den nye post har %1 felter, men en %2 har %3.")
                .arg(op.values.size())
                .arg(levelLabel(op.level).toLower())
                .arg(fieldsOf(op.level).size());
        if (op.level != Level::Daginstitution) {
            const QString parentKey = op.values.value(fieldSlot(op.level, Field::ParentNummer));
            const int p = m_overlay->find(parentLevelOf(op.level), parentKey);
            if (p < 0 || !m_overlay->isLive(p))
                return tr("Den overordnede post %1 findes ikke.").arg(parentKey);
            if (!m_overlay->record(p).isActive())
                return tr("%1 er nedlagt; der kan ikke oprettes poster under den.").arg(label(p));
        }
        return {};
    }
    case OpKind::Update:
        if (i < 0 || !m_overlay->isLive(i))
            return tr("Posten %1 findes ikke.").arg(op.key);
        if (!m_registerOwned ? !isEditable(op.level, op.field) : !hasField(op.level, op.field))
            return tr("Feltet \"%1\" kan ikke rettes her.").arg(fieldLabel(op.field));
        if (!m_overlay->record(i).isActive())
            return tr("%1 er nedlagt og kan ikke rettes.").arg(label(i));
        if (m_overlay->record(i).value(op.field) != op.before)
            return tr("Feltet \"%1\" på %2 er \"%3\", ikke \"%4\" som ændringen forventer.")
                .arg(fieldLabel(op.field), label(i), m_overlay->record(i).value(op.field), op.before);
        return {};
    case OpKind::Move: {
        if (i < 0 || !m_overlay->isLive(i))
            return tr("Posten %1 findes ikke.").arg(op.key);
        const int p = m_overlay->parentOf(i);
        const QString current = p >= 0 ? m_overlay->record(p).nummer() : m_overlay->record(i).parentNummer();
        if (current != op.before)
            return tr("%1 ligger under %2, ikke under %3 som flytningen forventer.").arg(label(i), current, op.before);
        const int target = m_overlay->find(parentLevelOf(op.level), op.after);
        if (target < 0)
            return tr("Målet %1 findes ikke.").arg(op.after);
        return moveRefusal(i, target);
    }
    case OpKind::Close:
        if (i < 0 || !m_overlay->isLive(i))
            return tr("Posten %1 findes ikke.").arg(op.key);
        if (op.after.compare(statusNedlagt, Qt::CaseInsensitive) == 0)
            return closeRefusal(i);
        if (m_overlay->record(i).isActive())
            return tr("%1 er ikke nedlagt.").arg(label(i));
        return {};
    }
    return {};
}

bool ChangeSet::apply(const Operation &op, QString *error)
{
    const QString refusal = check(op);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const int i = m_overlay->find(op.level, op.key);
    switch (op.kind) {
    case OpKind::Create: {
        Record r(op.level);
        r.setCells(op.values);
        r.setValue(Field::Nummer, op.key);
        const int index = m_overlay->insert(r, m_slots.value(op.key, -1));
        m_slots.insert(op.key, index);
        break;
    }
    case OpKind::Update:
        m_overlay->setValue(i, op.field, op.after);
        break;
    case OpKind::Move:
        m_overlay->setParent(i, m_overlay->find(parentLevelOf(op.level), op.after));
        break;
    case OpKind::Close:
        // Closing a record that only exists in the change set takes it away again (in the register
        // itself a closed record stays, Nedlagt, its number never reused).
        if (!m_registerOwned && m_overlay->isNew(i) && op.after.compare(statusNedlagt, Qt::CaseInsensitive) == 0)
            m_overlay->remove(i);
        else
            m_overlay->setValue(i, Field::Aktivitetsstatus, op.after);
        break;
    }
    return true;
}

void ChangeSet::revert(const Operation &op)
{
    switch (op.kind) {
    case OpKind::Create:
        m_overlay->remove(m_overlay->find(op.level, op.key));
        break;
    case OpKind::Update:
        m_overlay->setValue(m_overlay->find(op.level, op.key), op.field, op.before);
        break;
    case OpKind::Move:
        m_overlay->setParent(m_overlay->find(op.level, op.key), m_overlay->find(parentLevelOf(op.level), op.before));
        break;
    case OpKind::Close: {
        const int slot = m_slots.value(op.key, -1);
        if (!m_registerOwned && slot >= 0 && !m_overlay->isLive(slot)) {
            const Record removed = m_overlay->record(slot);
            m_overlay->insert(removed, slot);
        } else {
            m_overlay->setValue(m_overlay->find(op.level, op.key), Field::Aktivitetsstatus, op.before);
        }
        break;
    }
    }
}

bool ChangeSet::applyStep(const Step &step, QString *error)
{
    for (qsizetype k = 0; k < step.ops.size(); ++k) {
        if (!apply(step.ops[k], error)) {
            for (qsizetype j = k - 1; j >= 0; --j)
                revert(step.ops[j]);
            return false;
        }
    }
    return true;
}

void ChangeSet::revertStep(const Step &step)
{
    for (qsizetype j = step.ops.size() - 1; j >= 0; --j)
        revert(step.ops[j]);
}

ChangeSet::Result ChangeSet::push(const Step &input, QString *error)
{
    // Edits that change nothing are not recorded. (Compound steps are applied in sequence; an
    // operation in them may restore what an earlier one changed, so they are kept whole.)
    const Step &step = input;
    if (step.ops.isEmpty())
        return Result::NoChange;
    // Every new step passes here (typing merges included); replays of stored history do not.
    for (const Operation &op : step.ops) {
        if (const QString refusal = characterRefusal(op); !refusal.isEmpty()) {
            *error = refusal;
            return Result::Refused;
        }
    }
    if (step.ops.size() == 1 && step.ops.first().kind == OpKind::Update) {
        const Operation &op = step.ops.first();
        const int i = m_overlay->find(op.level, op.key);
        if (i >= 0 && m_overlay->record(i).value(op.field) == op.after)
            return Result::NoChange;
    }

    const bool canMerge = !m_sealed && !step.mergeKey.isEmpty() && m_position == m_steps.size() && m_position > 0 &&
                          m_steps.last().mergeKey == step.mergeKey && step.ops.size() == 1 &&
                          m_steps.last().ops.size() == 1;
    if (canMerge) {
        Step merged = m_steps.last();
        Operation &op = merged.ops.first();
        const QString previous = op.after;
        const Operation &incoming = step.ops.first();
        const int i = m_overlay->find(op.level, op.key);
        if (incoming.kind != OpKind::Update || incoming.key != op.key || incoming.field != op.field || i < 0) {
            m_sealed = true;
            return push(step, error);
        }
        op.after = incoming.after;
        beginChange();
        m_overlay->setValue(i, op.field, op.after);
        if (m_journal && !m_journal->writeSteps(m_position - 1, {merged}, m_position, error)) {
            m_overlay->setValue(i, op.field, previous);
            return Result::Refused;
        }
        m_steps.last() = merged;
        finishChange(m_position - 1, m_position);
        return Result::Merged;
    }

    beginChange();
    if (!applyStep(step, error))
        return Result::Refused;
    if (m_journal && !m_journal->writeSteps(m_position, {step}, m_position + 1, error)) {
        revertStep(step);
        return Result::Refused;
    }
    forgetStepsFrom(m_position); // the redo tail the new step discards
    m_steps.resize(m_position);
    m_steps.append(step);
    indexStep(m_position);
    ++m_position;
    m_sealed = step.mergeKey.isEmpty();
    finishChange(m_position - 1, m_position);
    return Result::Applied;
}

bool ChangeSet::setPosition(int position, QString *error)
{
    position = std::clamp(position, 0, int(m_steps.size()));
    if (position == m_position)
        return true;
    const int old = m_position;
    beginChange();
    QString applyError;
    while (m_position > position)
        revertStep(m_steps[--m_position]);
    while (m_position < position) {
        if (!applyStep(m_steps[m_position], &applyError))
            break;
        ++m_position;
    }
    QString journalError;
    const bool ok = applyError.isEmpty() && (!m_journal || m_journal->writePosition(m_position, &journalError));
    if (!ok) {
        // Back to where we were, so memory and journal agree.
        while (m_position > old)
            revertStep(m_steps[--m_position]);
        while (m_position < old && applyStep(m_steps[m_position], &applyError))
            ++m_position;
        if (error)
            *error = applyError.isEmpty() ? journalError : applyError;
    }
    m_sealed = true;
    finishChange(std::min(old, position), std::max(old, position));
    return ok;
}

bool ChangeSet::load(const QList<Step> &steps, int position, QString *error)
{
    m_steps = steps;
    m_position = 0;
    beginChange();
    position = std::clamp(position, 0, int(steps.size()));
    while (m_position < position) {
        QString stepError;
        if (!applyStep(m_steps[m_position], &stepError)) {
            *error = tr("Trin %1 (\"%2\") kan ikke anvendes: %3")
                         .arg(m_position + 1)
                         .arg(m_steps[m_position].text, stepError);
            return false;
        }
        ++m_position;
    }
    m_sealed = true;
    rebuildNet();
    ChangeDelta delta;
    delta.everything = true;
    delta.structural = true;
    beginChange(); // what the replay touched is all of it
    emit changed(delta);
    return true;
}

RecordFold::RecordFold(Level level, const QString &key)
{
    m_change.level = level;
    m_change.key = key;
}

void RecordFold::add(const Operation &op)
{
    RecordChange &c = m_change;
    switch (op.kind) {
    case OpKind::Create: {
        c.created = true;
        const QList<Field> &fields = fieldsOf(op.level);
        for (int f = 0; f < fields.size() && f < op.values.size(); ++f)
            if (fields[f] != Field::Nummer && !op.values[f].isEmpty())
                c.fields.insert(fields[f], {QString(), op.values[f]});
        break;
    }
    case OpKind::Update:
        if (c.fields.contains(op.field))
            c.fields[op.field].second = op.after;
        else
            c.fields.insert(op.field, {op.before, op.after});
        break;
    case OpKind::Move:
        if (c.created) {
            c.fields[Field::ParentNummer].second = op.after;
            break;
        }
        if (!c.moved)
            c.parentBefore = op.before;
        c.parentAfter = op.after;
        c.moved = true;
        break;
    case OpKind::Close:
        if (c.statusBefore.isEmpty() && !c.closed)
            c.statusBefore = op.before;
        c.closed = op.after.compare(statusNedlagt, Qt::CaseInsensitive) == 0;
        break;
    }
}

RecordChange RecordFold::result() const
{
    RecordChange c = m_change;
    if (c.created) {
        if (c.closed) { // created, then closed: nothing
            RecordChange nothing;
            nothing.level = c.level;
            nothing.key = c.key;
            return nothing;
        }
        c.fields.removeIf([](const auto &it) { return it.value().second.isEmpty(); });
    } else {
        c.fields.removeIf([](const auto &it) { return it.value().first == it.value().second; });
        c.moved = c.moved && c.parentBefore != c.parentAfter;
        if (c.closed && c.statusBefore.compare(statusNedlagt, Qt::CaseInsensitive) == 0)
            c.closed = false;
    }
    return c;
}

QList<RecordChange> foldNetChanges(const QList<Step> &steps, int position)
{
    QList<RecordFold> folds;
    QHash<QString, qsizetype> byKey; // "level/key" → position in folds
    for (int s = 0; s < std::min(position, int(steps.size())); ++s) {
        for (const Operation &op : steps[s].ops) {
            const QString id = recordId(op.level, op.key);
            auto it = byKey.find(id);
            if (it == byKey.end()) {
                it = byKey.insert(id, folds.size());
                folds.append(RecordFold(op.level, op.key));
            }
            folds[*it].add(op);
        }
    }
    QList<RecordChange> out;
    for (const RecordFold &fold : std::as_const(folds))
        if (RecordChange c = fold.result(); !c.isEmpty())
            out.append(std::move(c));
    return out;
}

void ChangeCounts::count(const RecordChange &r, int sign)
{
    if (r.created) {
        added += sign;
        return;
    }
    if (r.closed)
        closed += sign;
    if (r.moved)
        moved += sign;
    if (!r.fields.isEmpty())
        changed += sign;
}

ChangeCounts countChanges(const QList<RecordChange> &changes)
{
    ChangeCounts c;
    for (const RecordChange &r : changes)
        c.count(r);
    return c;
}

void ChangeSet::indexStep(int step)
{
    const QList<Operation> &ops = m_steps[step].ops;
    for (int k = 0; k < ops.size(); ++k) {
        RecordHistory &h = m_history[recordId(ops[k].level, ops[k].key)];
        if (h.ops.isEmpty()) {
            h.level = ops[k].level;
            h.key = ops[k].key;
        }
        h.ops.append({step, k});
    }
}

void ChangeSet::forgetStepsFrom(int step)
{
    // Steps from `step` on are not applied, so no net change includes them.
    for (int s = step; s < m_steps.size(); ++s) {
        for (const Operation &op : std::as_const(m_steps[s].ops)) {
            const auto it = m_history.find(recordId(op.level, op.key));
            if (it == m_history.end())
                continue;
            while (!it->ops.isEmpty() && it->ops.last().first >= step)
                it->ops.removeLast();
            if (it->ops.isEmpty())
                m_history.erase(it);
        }
    }
}

void ChangeSet::refold(RecordHistory &h)
{
    if (h.netAt.first >= 0) {
        const auto it = m_net.find(h.netAt);
        m_counts.count(it->second, -1);
        m_net.erase(it);
        m_netByIndex.remove(h.netIndex);
        h.netAt = {-1, -1};
        h.netIndex = -1;
    }
    RecordFold fold(h.level, h.key);
    bool any = false;
    for (const auto &[step, op] : std::as_const(h.ops)) {
        if (step >= m_position)
            break;
        fold.add(m_steps[step].ops[op]);
        any = true;
    }
    if (!any)
        return;
    RecordChange c = fold.result();
    if (c.isEmpty())
        return;
    h.netAt = h.ops.first();
    m_counts.count(c);
    m_net.emplace(h.netAt, std::move(c));
    h.netIndex = m_overlay->find(h.level, h.key);
    if (h.netIndex >= 0)
        m_netByIndex.insert(h.netIndex, h.netAt);
}

void ChangeSet::refoldSteps(int from, int to)
{
    QSet<QString> done;
    for (int s = from; s < to && s < m_steps.size(); ++s) {
        for (const Operation &op : std::as_const(m_steps[s].ops)) {
            const QString id = recordId(op.level, op.key);
            if (done.contains(id))
                continue;
            done.insert(id);
            if (const auto it = m_history.find(id); it != m_history.end())
                refold(*it);
        }
    }
}

void ChangeSet::rebuildNet()
{
    m_history.clear();
    m_net.clear();
    m_netByIndex.clear();
    m_counts = {};
    for (int s = 0; s < m_steps.size(); ++s)
        indexStep(s);
    for (RecordHistory &h : m_history)
        refold(h);
}

void ChangeSet::beginChange()
{
    m_touched.clear();
    m_structural = false;
}

void ChangeSet::finishChange(int from, int to)
{
    refoldSteps(from, to);
    ChangeDelta delta;
    delta.records = QList<int>(m_touched.cbegin(), m_touched.cend());
    std::sort(delta.records.begin(), delta.records.end());
    delta.structural = m_structural;
    beginChange();
    emit changed(delta);
}

QList<RecordChange> ChangeSet::netChanges() const
{
    QList<RecordChange> out;
    out.reserve(qsizetype(m_net.size()));
    for (const auto &[at, change] : m_net)
        out.append(change);
    return out;
}

const RecordChange *ChangeSet::changeOf(int index) const
{
    const auto it = m_netByIndex.constFind(index);
    return it == m_netByIndex.cend() ? nullptr : &m_net.at(*it);
}

} // namespace dtr

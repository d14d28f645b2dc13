#include "RegisterTreeModel.h"

#include "codes/CodeTables.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace dtr {

RegisterTreeModel::RegisterTreeModel(const CodeTables &codes, QObject *parent)
    : QAbstractItemModel(parent)
    , m_codes(codes)
    , m_register(std::make_shared<Register>())
{
    // Icons need a GUI application; the command line and core tests run without one.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_kommuneIcon = QIcon(QStringLiteral(":/icons/kommune.png"));
        m_levelIcons[0] = QIcon(QStringLiteral(":/icons/daginstitution.png"));
        m_levelIcons[1] = QIcon(QStringLiteral(":/icons/anvisningsenhed.png"));
        m_levelIcons[2] = QIcon(QStringLiteral(":/icons/alternativadresse.png"));
    }
}

void RegisterTreeModel::setRegister(std::shared_ptr<const Register> reg)
{
    beginResetModel();
    m_register = reg ? std::move(reg) : std::make_shared<Register>();
    endResetModel();
}

int RegisterTreeModel::orphanGroupRow() const
{
    return m_register->orphans().empty() ? -1 : int(m_register->kommuner().size());
}

QModelIndex RegisterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const Register &reg = *m_register;
    if (!parent.isValid()) {
        const int kommuner = int(reg.kommuner().size());
        if (row < kommuner)
            return createIndex(row, column, makeId(KommuneNode, row));
        if (row == orphanGroupRow())
            return createIndex(row, column, makeId(OrphanGroupNode, 0));
        return {};
    }
    const quintptr id = parent.internalId();
    std::span<const int> children;
    switch (idKind(id)) {
    case KommuneNode:
        children = reg.daginstitutionerIn(idPayload(id));
        break;
    case OrphanGroupNode:
        children = std::span<const int>(reg.orphans());
        break;
    case RecordNode:
        children = reg.childrenOf(idPayload(id));
        break;
    }
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, makeId(RecordNode, children[size_t(row)]));
}

QModelIndex RegisterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (idKind(id) != RecordNode)
        return {};
    const Register &reg = *m_register;
    const int i = idPayload(id);
    const Record &r = reg.record(i);
    if (r.level() == Level::Daginstitution) {
        const int k = reg.kommuneRowOf(r.code(Field::AdmKommuneKode).value_or(Register::UnknownKommune));
        return createIndex(k, 0, makeId(KommuneNode, k));
    }
    const int p = reg.parentOf(i);
    if (p < 0)
        return createIndex(orphanGroupRow(), 0, makeId(OrphanGroupNode, 0));
    return createIndex(reg.rowInParent(p), 0, makeId(RecordNode, p));
}

int RegisterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Register &reg = *m_register;
    if (!parent.isValid())
        return int(reg.kommuner().size()) + (reg.orphans().empty() ? 0 : 1);
    const quintptr id = parent.internalId();
    switch (idKind(id)) {
    case KommuneNode:
        return int(reg.daginstitutionerIn(idPayload(id)).size());
    case OrphanGroupNode:
        return int(reg.orphans().size());
    case RecordNode:
        return int(reg.childrenOf(idPayload(id)).size());
    }
    return 0;
}

int RegisterTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool RegisterTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

RegisterTreeModel::NodeKind RegisterTreeModel::kindOf(const QModelIndex &index) const
{
    return index.isValid() ? idKind(index.internalId()) : KommuneNode;
}

int RegisterTreeModel::recordOf(const QModelIndex &index) const
{
    if (!index.isValid() || idKind(index.internalId()) != RecordNode)
        return -1;
    return idPayload(index.internalId());
}

QModelIndex RegisterTreeModel::indexOfRecord(int recordIndex) const
{
    if (recordIndex < 0 || recordIndex >= m_register->size())
        return {};
    return createIndex(m_register->rowInParent(recordIndex), 0, makeId(RecordNode, recordIndex));
}

QString RegisterTreeModel::typeText(const Record &r) const
{
    switch (r.level()) {
    case Level::Daginstitution: {
        const auto e = r.code(Field::EjerformKode);
        const auto l = r.code(Field::LovgrundlagKode);
        QString text = e ? m_codes.ejerform.label(*e) : r.value(Field::EjerformKode);
        if (l) // "DTL § 19, stk. 2 – kommunal daginstitution": the paragraph is enough here
            text += QStringLiteral(" · ") + m_codes.lovgrundlag.label(*l).section(QStringLiteral(" – "), 0, 0);
        return text;
    }
    case Level::Anvisningsenhed: {
        const auto t = r.code(Field::InstType3);
        return t ? m_codes.instType3.label(*t) : r.value(Field::InstType3);
    }
    case Level::AlternativAdresse:
        break;
    }
    return levelLabel(Level::AlternativAdresse);
}

QIcon RegisterTreeModel::levelIcon(Level level) const
{
    return m_levelIcons[int(level)];
}

QVariant RegisterTreeModel::kommuneData(int kommuneRow, int column, int role) const
{
    const Register &reg = *m_register;
    const int kode = reg.kommuner()[size_t(kommuneRow)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return kode == Register::UnknownKommune ? tr("Ukendt kommune") : m_codes.kommuneName(kode);
        case NumberColumn:
            return kode == Register::UnknownKommune ? QString() : QString::number(kode);
        case TypeColumn:
            return tr("Kommune");
        case AddressColumn:
        {
            const auto n = reg.daginstitutionerIn(kommuneRow).size();
            return n == 1 ? tr("1 daginstitution") : tr("%1 daginstitutioner").arg(n);
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(m_kommuneIcon) : QVariant();
    case NodeKindRole:
        return int(KommuneNode);
    case KommuneRole:
        return kode;
    case RecordIndexRole:
        return -1;
    default:
        return {};
    }
}

QVariant RegisterTreeModel::recordData(int i, int column, int role) const
{
    const Record &r = m_register->record(i);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return r.navn();
        case NumberColumn:
            return r.nummer();
        case TypeColumn:
            return typeText(r);
        case AddressColumn:
            if (r.level() == Level::Daginstitution) {
                const auto n = m_register->childrenOf(i).size();
                return n == 1 ? tr("1 anvisningsenhed") : tr("%1 anvisningsenheder").arg(n);
            }
            return Address::of(r).oneLine();
        case StatusColumn:
            return r.value(Field::Aktivitetsstatus);
        }
        return {};
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(levelIcon(r.level())) : QVariant();
    case Qt::ForegroundRole:
        return r.isActive() ? QVariant() : QVariant(QBrush(QColor(0x80, 0x80, 0x80)));
    case Qt::ToolTipRole:
        return tr("%1 %2 – %3").arg(levelLabel(r.level()), r.nummer(), r.value(Field::Aktivitetsstatus));
    case NodeKindRole:
        return int(RecordNode);
    case RecordIndexRole:
        return i;
    case LevelRole:
        return int(r.level());
    case KommuneRole:
        return m_register->admKommuneOf(i);
    default:
        return {};
    }
}

QVariant RegisterTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    switch (idKind(id)) {
    case KommuneNode:
        return kommuneData(idPayload(id), index.column(), role);
    case RecordNode:
        return recordData(idPayload(id), index.column(), role);
    case OrphanGroupNode:
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Uden gyldig overordnet");
        if (role == Qt::DisplayRole && index.column() == AddressColumn)
            return m_register->orphans().size() == 1
                       ? tr("1 post peger på en overordnet, der ikke findes")
                       : tr("%1 poster peger på en overordnet, der ikke findes").arg(m_register->orphans().size());
        if (role == Qt::ToolTipRole)
            return tr("Poster hvis daginstitution eller anvisningsenhed ikke findes i udtrækket");
        if (role == NodeKindRole)
            return int(OrphanGroupNode);
        if (role == RecordIndexRole)
            return -1;
        return {};
    }
    return {};
}

QVariant RegisterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Navn");
    case NumberColumn:
        return tr("Nummer");
    case TypeColumn:
        return tr("Type");
    case AddressColumn:
        return tr("Adresse");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags RegisterTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace dtr

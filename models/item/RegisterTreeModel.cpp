#include "RegisterTreeModel.h"

#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "item/ProblemsModel.h"
#include "validation/Validator.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace dtr {

namespace {

// A small round badge with a sign, for what the register said (painted: no image to keep).
QIcon badge(const QColor &colour, QChar sign)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(2, 2, 28, 28);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(22);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, QString(sign));
    return QIcon(pixmap);
}

} // namespace

RegisterTreeModel::RegisterTreeModel(const CodeTables &codes, QObject *parent)
    : QAbstractItemModel(parent)
    , m_codes(codes)
    , m_empty(std::make_unique<ChangeSet>(std::make_shared<Register>()))
    , m_changes(m_empty.get())
    , m_overlay(m_empty->overlay())
{
    // Icons need a GUI application; the command line and core tests run without one.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_kommuneIcon = QIcon(QStringLiteral(":/icons/kommune.png"));
        m_levelIcons[0] = QIcon(QStringLiteral(":/icons/daginstitution.png"));
        m_levelIcons[1] = QIcon(QStringLiteral(":/icons/anvisningsenhed.png"));
        m_levelIcons[2] = QIcon(QStringLiteral(":/icons/alternativadresse.png"));
        m_changeIcons[0] = QIcon(QStringLiteral(":/icons/aendret-ny.png"));
        m_changeIcons[1] = QIcon(QStringLiteral(":/icons/aendret.png"));
        m_changeIcons[2] = QIcon(QStringLiteral(":/icons/aendret-flyttet.png"));
        m_changeIcons[3] = QIcon(QStringLiteral(":/icons/aendret-lukket.png"));
        m_unknownIcon = badge(QColor(0xd9, 0x8c, 0x00), QLatin1Char('?'));
        m_refusedIcon = badge(QColor(0xc6, 0x28, 0x28), QLatin1Char('!'));
    }
    connectOverlay();
}

RegisterTreeModel::~RegisterTreeModel() = default;

void RegisterTreeModel::setValidator(Validator *validator)
{
    if (m_validator)
        m_validator->disconnect(this);
    m_validator = validator;
    if (!validator)
        return;
    connect(validator, &Validator::findingsChanged, this, [this] {
        for (int i : m_validator->lastChanged())
            if (m_overlay->isLive(i))
                emit dataChanged(indexOfRecord(i, NumberColumn), indexOfRecord(i, NumberColumn));
    });
}

void RegisterTreeModel::setChangeSet(ChangeSet *changes, Editor *editor)
{
    beginResetModel();
    if (m_overlay)
        m_overlay->disconnect(this);
    if (m_changes)
        m_changes->disconnect(this);
    setValidator(nullptr);
    m_changes = changes ? changes : m_empty.get();
    m_overlay = m_changes->overlay();
    m_editor = editor;
    m_marked.clear();
    connectOverlay();
    endResetModel();
    refreshChangeMarks(ChangeDelta{{}, false, true});
}

void RegisterTreeModel::connectOverlay()
{
    connect(m_overlay, &Overlay::kommuneAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(m_overlay, &Overlay::kommuneAdded, this, [this] { endInsertRows(); });
    connect(m_overlay, &Overlay::recordAboutToBeInserted, this,
            [this](const TreeNode &parent, int row) { beginInsertRows(indexOfNode(parent), row, row); });
    connect(m_overlay, &Overlay::recordInserted, this, [this] { endInsertRows(); });
    connect(m_overlay, &Overlay::recordAboutToBeRemoved, this,
            [this](const TreeNode &parent, int row) { beginRemoveRows(indexOfNode(parent), row, row); });
    connect(m_overlay, &Overlay::recordRemoved, this, [this] { endRemoveRows(); });
    connect(m_overlay, &Overlay::recordAboutToBeMoved, this,
            [this](const TreeNode &from, int fromRow, const TreeNode &to, int toRow) {
                beginMoveRows(indexOfNode(from), fromRow, fromRow, indexOfNode(to), toRow);
            });
    connect(m_overlay, &Overlay::recordMoved, this, [this] { endMoveRows(); });
    connect(m_overlay, &Overlay::recordChanged, this,
            [this](int i) { emit dataChanged(indexOfRecord(i, 0), indexOfRecord(i, ColumnCount - 1)); });
    connect(m_changes, &ChangeSet::changed, this, &RegisterTreeModel::refreshChangeMarks);
}

// The rows a change touched are told to repaint once their change marks are current (the
// overlay's own recordChanged comes before the net changes are refolded, so a filter on change
// marks would otherwise see the old ones).
void RegisterTreeModel::refreshChangeMarks(const ChangeDelta &delta)
{
    QSet<int> affected;
    if (delta.everything) {
        QSet<int> now;
        for (const RecordChange &c : m_changes->netChanges()) {
            const int i = m_overlay->find(c.level, c.key);
            if (i >= 0)
                now.insert(i);
        }
        affected = now + m_marked;
        m_marked = now;
    } else {
        for (int i : delta.records) {
            affected.insert(i);
            if (m_changes->changeOf(i))
                m_marked.insert(i);
            else
                m_marked.remove(i);
        }
    }
    for (int i : std::as_const(affected))
        if (m_overlay->isLive(i))
            emit dataChanged(indexOfRecord(i, 0), indexOfRecord(i, ColumnCount - 1));
}

void RegisterTreeModel::setReviewed(const QSet<QString> &reviewed)
{
    const QSet<QString> changed = (reviewed - m_reviewed) + (m_reviewed - reviewed);
    m_reviewed = reviewed;
    for (const QString &id : changed) {
        const qsizetype slash = id.indexOf(QLatin1Char('/'));
        const int i = m_overlay->find(Level(id.left(slash).toInt()), QStringView(id).mid(slash + 1));
        if (i >= 0)
            emit dataChanged(indexOfRecord(i, 0), indexOfRecord(i, ColumnCount - 1));
    }
}

void RegisterTreeModel::setRegisterNotes(const QHash<QString, QString> &refused, const QHash<QString, QString> &unknown)
{
    QSet<QString> touched;
    const std::initializer_list<const QHash<QString, QString> *> all{&m_refused, &m_unknown, &refused, &unknown};
    for (const QHash<QString, QString> *notes : all)
        for (auto it = notes->cbegin(); it != notes->cend(); ++it)
            touched.insert(it.key());
    m_refused = refused;
    m_unknown = unknown;
    for (const QString &id : touched) {
        const qsizetype slash = id.indexOf(QLatin1Char('/'));
        const int i = m_overlay->find(Level(id.left(slash).toInt()), QStringView(id).mid(slash + 1));
        if (i >= 0 && m_overlay->isLive(i))
            emit dataChanged(indexOfRecord(i, 0), indexOfRecord(i, ColumnCount - 1));
    }
}

bool RegisterTreeModel::isReviewed(int recordIndex) const
{
    const Record &r = m_overlay->record(recordIndex);
    return m_reviewed.contains(recordId(r.level(), r.nummer()));
}

int RegisterTreeModel::orphanGroupRow() const
{
    return m_overlay->hasOrphanGroup() ? int(m_overlay->kommuner().size()) : -1;
}

QModelIndex RegisterTreeModel::indexOfNode(const TreeNode &node) const
{
    switch (node.kind) {
    case TreeNode::Root:
        return {};
    case TreeNode::Kommune:
        return createIndex(m_overlay->kommuneRowOf(node.id), 0, makeId(KommuneNode, node.id));
    case TreeNode::OrphanGroup:
        return createIndex(orphanGroupRow(), 0, makeId(OrphanGroupNode, 0));
    case TreeNode::Record:
        return indexOfRecord(node.id);
    }
    return {};
}

TreeNode RegisterTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {TreeNode::Root, 0};
    const quintptr id = index.internalId();
    switch (idKind(id)) {
    case KommuneNode:
        return {TreeNode::Kommune, idPayload(id)};
    case OrphanGroupNode:
        return {TreeNode::OrphanGroup, 0};
    case RecordNode:
        break;
    }
    return {TreeNode::Record, idPayload(id)};
}

QModelIndex RegisterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    if (!parent.isValid()) {
        const auto &kommuner = m_overlay->kommuner();
        if (size_t(row) < kommuner.size())
            return createIndex(row, column, makeId(KommuneNode, kommuner[size_t(row)]));
        if (row == orphanGroupRow())
            return createIndex(row, column, makeId(OrphanGroupNode, 0));
        return {};
    }
    const std::span<const int> children = m_overlay->children(nodeOf(parent));
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, makeId(RecordNode, children[size_t(row)]));
}

QModelIndex RegisterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || idKind(child.internalId()) != RecordNode)
        return {};
    return indexOfNode(m_overlay->containerOf(idPayload(child.internalId())));
}

int RegisterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_overlay->kommuner().size()) + (m_overlay->hasOrphanGroup() ? 1 : 0);
    return int(m_overlay->children(nodeOf(parent)).size());
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

QModelIndex RegisterTreeModel::indexOfRecord(int recordIndex, int column) const
{
    if (!m_overlay->isLive(recordIndex))
        return {};
    return createIndex(m_overlay->rowOf(recordIndex), column, makeId(RecordNode, recordIndex));
}

int RegisterTreeModel::changeFlags(int recordIndex) const
{
    const RecordChange *c = m_changes->changeOf(recordIndex);
    if (!c)
        return 0;
    return (c->created ? Added : 0) | (!c->created && !c->fields.isEmpty() ? Changed : 0) | (c->moved ? Moved : 0) |
           (c->closed ? Closed : 0);
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

QVariant RegisterTreeModel::kommuneData(int kode, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return kode == Register::UnknownKommune ? tr("Ukendt kommune") : m_codes.kommuneName(kode);
        case NumberColumn:
            return kode == Register::UnknownKommune ? QString() : QString::number(kode);
        case TypeColumn:
            return tr("Kommune");
        case AddressColumn: {
            const auto n = m_overlay->children({TreeNode::Kommune, kode}).size();
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
    case ChangeStateRole:
        return 0;
    case SeverityRole:
        return -1;
    case ReviewedRole:
        return false;
    default:
        return {};
    }
}

QString RegisterTreeModel::changeTooltip(int i) const
{
    const RecordChange *c = m_changes->changeOf(i);
    if (!c)
        return {};
    QStringList lines;
    if (c->created)
        lines << tr("Ny – oprettes, når ændringerne indsendes");
    if (c->closed)
        lines << tr("Lukkes, når ændringerne indsendes");
    if (c->moved)
        lines << tr("Flyttes fra %1 til %2").arg(c->parentBefore, c->parentAfter);
    if (!c->created) {
        for (auto it = c->fields.cbegin(); it != c->fields.cend(); ++it)
            lines << tr("%1 – før: %2")
                         .arg(fieldLabel(it.key()), it.value().first.isEmpty() ? tr("(tom)") : it.value().first);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant RegisterTreeModel::recordData(int i, int column, int role) const
{
    const Record &r = m_overlay->record(i);
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
                const auto n = m_overlay->childrenOf(i).size();
                return n == 1 ? tr("1 anvisningsenhed") : tr("%1 anvisningsenheder").arg(n);
            }
            return Address::of(r).oneLine();
        case StatusColumn: {
            const QString id = recordId(r.level(), r.nummer());
            if (m_unknown.contains(id))
                return tr("Uvist udfald");
            const int flags = changeFlags(i);
            QString text = flags & Closed  ? tr("Lukkes")
                           : flags & Added ? tr("Ny")
                           : isReviewed(i) ? tr("%1 · gennemgået").arg(r.value(Field::Aktivitetsstatus))
                                           : r.value(Field::Aktivitetsstatus);
            if (m_refused.contains(id))
                text += tr(" · afvist");
            return text;
        }
        }
        return {};
    case Qt::DecorationRole: {
        if (column == NameColumn)
            return m_levelIcons[int(r.level())];
        if (column == NumberColumn) {
            const int worst = m_validator ? m_validator->worstSeverity(i) : -1;
            return worst < 0 ? QVariant() : QVariant(ProblemsModel::severityIcon(Severity(worst)));
        }
        if (column != StatusColumn)
            return {};
        const QString id = recordId(r.level(), r.nummer());
        if (m_unknown.contains(id))
            return m_unknownIcon;
        if (m_refused.contains(id))
            return m_refusedIcon;
        const int flags = changeFlags(i);
        if (flags & Closed)
            return m_changeIcons[3];
        if (flags & Added)
            return m_changeIcons[0];
        if (flags & Moved)
            return m_changeIcons[2];
        if (flags & Changed)
            return m_changeIcons[1];
        return {};
    }
    case Qt::BackgroundRole: {
        const int flags = changeFlags(i);
        if (flags & Closed)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        if (flags & Added)
            return QBrush(QColor(0xe2, 0xf5, 0xe2));
        if (flags)
            return QBrush(QColor(0xff, 0xf3, 0xc4));
        return {};
    }
    case Qt::ForegroundRole:
        if (!r.isActive())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return changeFlags(i) ? QBrush(QColor(0x20, 0x20, 0x20)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1 %2 – %3").arg(levelLabel(r.level()), r.nummer(), r.value(Field::Aktivitetsstatus));
        const QString id = recordId(r.level(), r.nummer());
        if (m_unknown.contains(id))
            tip += QLatin1Char('\n') + tr("Uvist udfald af en indsendelse: %1").arg(m_unknown.value(id));
        if (m_refused.contains(id))
            tip += QLatin1Char('\n') + tr("Registeret afviste sidst: %1").arg(m_refused.value(id));
        const QString changes = changeTooltip(i);
        if (!changes.isEmpty())
            tip += QLatin1Char('\n') + changes;
        if (m_validator)
            for (const Finding &f : m_validator->findingsOf(i))
                tip += QStringLiteral("\n%1: %2").arg(findingSeverityText(f), f.message);
        return tip;
    }
    case SeverityRole:
        return m_validator ? m_validator->worstSeverity(i) : -1;
    case ReviewedRole:
        return isReviewed(i);
    case NodeKindRole:
        return int(RecordNode);
    case RecordIndexRole:
        return i;
    case LevelRole:
        return int(r.level());
    case KommuneRole:
        return m_overlay->admKommuneOf(i);
    case ChangeStateRole:
        return changeFlags(i);
    case RegisterRole: {
        const QString id = recordId(r.level(), r.nummer());
        return m_unknown.contains(id)   ? QStringLiteral("unknown")
               : m_refused.contains(id) ? QStringLiteral("refused")
                                        : QString();
    }
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
        if (role == Qt::DisplayRole && index.column() == AddressColumn) {
            const auto n = m_overlay->children({TreeNode::OrphanGroup, 0}).size();
            return n == 1 ? tr("1 post peger på en overordnet, der ikke findes")
                          : tr("%1 poster peger på en overordnet, der ikke findes").arg(n);
        }
        if (role == Qt::ToolTipRole)
            return tr("Poster hvis daginstitution eller anvisningsenhed ikke findes i udtrækket");
        if (role == NodeKindRole)
            return int(OrphanGroupNode);
        if (role == RecordIndexRole)
            return -1;
        if (role == ChangeStateRole)
            return 0;
        if (role == SeverityRole)
            return -1;
        if (role == ReviewedRole)
            return false;
        return {};
    }
    return {};
}

bool RegisterTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int i = recordOf(index);
    if (role != Qt::EditRole || index.column() != NameColumn || i < 0 || !m_editor)
        return false;
    return m_editor->setField(i, Field::Navn, value.toString().trimmed());
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
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int i = recordOf(index);
    if (i < 0 || !m_editor)
        return f;
    const Record &r = m_overlay->record(i);
    if (!r.isActive())
        return f;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    if (r.level() != Level::Daginstitution)
        f |= Qt::ItemIsDragEnabled;
    if (r.level() != Level::AlternativAdresse)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QMimeData *RegisterTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One record is moved at a time: a drag of several selected records starts nothing rather
    // than moving one of them.
    int dragged = -1;
    for (const QModelIndex &index : indexes) {
        const int i = recordOf(index);
        if (i < 0)
            continue;
        if (dragged >= 0 && i != dragged)
            return nullptr;
        dragged = i;
    }
    if (dragged < 0)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(RecordMimeType, QByteArray::number(dragged));
    data->setText(m_overlay->record(dragged).nummer());
    return data;
}

int RegisterTreeModel::draggedRecord(const QMimeData *data) const
{
    if (!data || !data->hasFormat(RecordMimeType))
        return -1;
    bool ok = false;
    const int i = data->data(RecordMimeType).toInt(&ok);
    return ok && m_overlay->isLive(i) ? i : -1;
}

bool RegisterTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    const int i = draggedRecord(data);
    const int target = recordOf(parent);
    return action == Qt::MoveAction && m_editor && i >= 0 && target >= 0 && m_changes->moveRefusal(i, target).isEmpty();
}

bool RegisterTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    m_editor->move(draggedRecord(data), recordOf(parent));
    // The move is done through the change set; the view must not remove anything itself.
    return false;
}

} // namespace dtr

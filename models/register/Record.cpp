#include "Record.h"

#include "HugePages.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <utility>
#include <vector>

namespace dtr {

namespace {

// Freed large record blocks, kept for the next register (reloading, reopening, reverting a
// snapshot): taking one back costs nothing, while a fresh one costs the kernel mapping and zeroing
// 2 MB (on a virtual machine a third of the time to load a register of a hundred times the
// country). Bounded; blocks are freed on any thread. Never destroyed, so records that outlive
// main() can still give their blocks back.
class LargeBlockPool
{
public:
    static LargeBlockPool &instance()
    {
        static auto *pool = new LargeBlockPool;
        return *pool;
    }
    void *take()
    {
        const std::lock_guard lock(m_mutex);
        if (m_blocks.empty())
            return nullptr;
        void *block = m_blocks.back();
        m_blocks.pop_back();
        return block;
    }
    // False when the pool is full: the caller frees the block.
    bool give(void *block)
    {
        const std::lock_guard lock(m_mutex);
        if (m_blocks.size() >= MaxBlocks)
            return false;
        m_blocks.push_back(block);
        return true;
    }

private:
    // Room for every block up front: give() runs in destructors and must not throw.
    LargeBlockPool() { m_blocks.reserve(MaxBlocks); }
    static constexpr size_t MaxBlocks = 128; // 256 MB
    std::mutex m_mutex;
    std::vector<void *> m_blocks;
};

} // namespace

struct Record::Block
{
    std::atomic<int> references{1};
    bool large = false;

    char *bytes() { return reinterpret_cast<char *>(this + 1); }

    // A block with room for `capacity` bytes, one reference held by the caller.
    static Block *create(qsizetype capacity) { return place(std::malloc(sizeof(Block) + size_t(capacity))); }
    // A block of LargeBytes (header included) for many records. On Linux it is aligned to its
    // size and may be backed by one huge page: faulting in 2 MB at once costs a fraction of
    // faulting in 512 small pages (dtr inspect of a ×100 CSV snapshot: 1.5 → 1.25 s).
    static constexpr qsizetype LargeBytes = 2 * 1024 * 1024;
    static Block *createLarge()
    {
        void *memory = LargeBlockPool::instance().take();
        if (!memory)
            memory = mapHugePageBlock(size_t(LargeBytes));
        Block *block = place(memory);
        block->large = true;
        return block;
    }
    static Block *place(void *memory)
    {
        if (!memory)
            throw std::bad_alloc();
        return new (memory) Block;
    }
    static void retain(Block *block)
    {
        if (block)
            block->references.fetch_add(1, std::memory_order_relaxed);
    }
    static void release(Block *block)
    {
        if (block && block->references.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            const bool large = block->large;
            block->~Block();
            if (!large)
                std::free(block);
            else if (!LargeBlockPool::instance().give(block))
                unmapHugePageBlock(block, size_t(LargeBytes));
        }
    }
};

namespace {

QByteArray withoutNul(QStringView value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains('\0'))
        bytes.replace('\0', QByteArray());
    return bytes;
}

// Cells as a record stores them: UTF-8, any NUL dropped (it separates the cells).
QList<QByteArray> utf8Cells(const QList<QString> &values)
{
    QList<QByteArray> utf8;
    utf8.reserve(values.size());
    for (const QString &v : values)
        utf8.append(withoutNul(v));
    return utf8;
}

// The values of a record whose values are all empty: only the separators, never freed.
constexpr char noValues[64] = {};

// Bytes needed for these values (NUL-separated, at least `known` of them).
qsizetype storedSize(const QList<QByteArrayView> &values, int count)
{
    qsizetype total = count - 1;
    for (QByteArrayView v : values)
        total += v.size();
    return total;
}

// Writes the values NUL-separated into `out` (storedSize bytes).
void store(char *out, const QList<QByteArrayView> &values, int count)
{
    for (int i = 0; i < count; ++i) {
        if (i)
            *out++ = '\0';
        if (i < values.size() && !values[i].isEmpty()) {
            std::memcpy(out, values[i].data(), size_t(values[i].size()));
            out += values[i].size();
        }
    }
}

} // namespace

Record::Record(Level level)
    : m_slotCount(quint16(fieldsOf(level).size()))
    , m_level(level)
{
    static_assert(sizeof noValues >= FieldCount);
    m_bytes = noValues;
    m_size = m_slotCount - 1;
}

Record::Record(const Record &other) noexcept
    : m_block(other.m_block)
    , m_bytes(other.m_bytes)
    , m_size(other.m_size)
    , m_slotCount(other.m_slotCount)
    , m_level(other.m_level)
{
    Block::retain(m_block);
}

Record::Record(Record &&other) noexcept
    : m_block(std::exchange(other.m_block, nullptr))
    , m_bytes(std::exchange(other.m_bytes, ""))
    , m_size(std::exchange(other.m_size, 0))
    , m_slotCount(std::exchange(other.m_slotCount, 0))
    , m_level(other.m_level)
{}

Record &Record::operator=(const Record &other) noexcept
{
    if (this != &other) {
        Block::retain(other.m_block);
        Block::release(m_block);
        m_block = other.m_block;
        m_bytes = other.m_bytes;
        m_size = other.m_size;
        m_slotCount = other.m_slotCount;
        m_level = other.m_level;
    }
    return *this;
}

Record &Record::operator=(Record &&other) noexcept
{
    if (this != &other) {
        Block::release(m_block);
        m_block = std::exchange(other.m_block, nullptr);
        m_bytes = std::exchange(other.m_bytes, "");
        m_size = std::exchange(other.m_size, 0);
        m_slotCount = std::exchange(other.m_slotCount, 0);
        m_level = other.m_level;
    }
    return *this;
}

Record::~Record()
{
    Block::release(m_block);
}

bool Record::operator==(const Record &other) const
{
    return m_level == other.m_level && m_slotCount == other.m_slotCount && bytes() == other.bytes();
}

void Record::share(Block *block, const char *bytes, qsizetype size, int slotCount)
{
    Block::retain(block);
    Block::release(m_block);
    m_block = block;
    m_bytes = bytes;
    m_size = size;
    m_slotCount = quint16(slotCount);
}

QByteArrayView Record::slotView(int slot) const
{
    if (slot < 0 || slot >= m_slotCount)
        return {};
    const char *begin = m_bytes;
    const char *end = begin + m_size;
    for (int i = 0; i < slot; ++i) {
        const void *sep = std::memchr(begin, '\0', size_t(end - begin));
        if (!sep)
            return {};
        begin = static_cast<const char *>(sep) + 1;
    }
    const void *sep = std::memchr(begin, '\0', size_t(end - begin));
    const char *stop = sep ? static_cast<const char *>(sep) : end;
    return QByteArrayView(begin, stop - begin);
}

void Record::setSlot(int slot, QStringView value)
{
    if (slot < 0)
        return;
    QList<QString> values = cells();
    while (values.size() <= slot)
        values.append(QString());
    values[slot] = value.toString();
    setCells(values);
}

QString Record::value(Field field) const
{
    return QString::fromUtf8(slotView(fieldSlot(m_level, field)));
}

QByteArrayView Record::utf8Value(Field field) const
{
    return slotView(fieldSlot(m_level, field));
}

void Record::setValue(Field field, QStringView value)
{
    setSlot(fieldSlot(m_level, field), value);
}

int Record::extraCount() const
{
    return m_slotCount - int(fieldsOf(m_level).size());
}

QString Record::extra(int index) const
{
    if (index < 0 || index >= extraCount())
        return {};
    return QString::fromUtf8(slotView(int(fieldsOf(m_level).size()) + index));
}

void Record::setExtra(int index, QStringView value)
{
    if (index < 0)
        return;
    setSlot(int(fieldsOf(m_level).size()) + index, value);
}

QList<QString> Record::cells() const
{
    QList<QString> values;
    values.reserve(m_slotCount);
    const char *at = m_bytes;
    const char *end = m_bytes + m_size;
    for (int i = 0; i < m_slotCount; ++i) {
        if (!at) { // fewer values stored than slots
            values.append(QString());
            continue;
        }
        const void *sep = std::memchr(at, '\0', size_t(end - at));
        const char *stop = sep ? static_cast<const char *>(sep) : end;
        values.append(QString::fromUtf8(at, stop - at));
        at = sep ? stop + 1 : nullptr;
    }
    return values;
}

void Record::setCells(const QList<QString> &values)
{
    const QList<QByteArray> utf8 = utf8Cells(values);
    setUtf8Cells(QList<QByteArrayView>(utf8.begin(), utf8.end()));
}

void Record::setUtf8Cells(const QList<QByteArrayView> &values)
{
    const int count = std::max(int(fieldsOf(m_level).size()), int(values.size()));
    const qsizetype size = storedSize(values, count);
    Block *block = Block::create(size);
    store(block->bytes(), values, count);
    share(block, block->bytes(), size, count);
    Block::release(block); // the record holds it now
}

RecordArena::~RecordArena()
{
    Record::Block::release(m_block);
}

void RecordArena::setCells(Record *record, const QList<QString> &values)
{
    const QList<QByteArray> utf8 = utf8Cells(values);
    setUtf8Cells(record, QList<QByteArrayView>(utf8.begin(), utf8.end()));
}

void RecordArena::setUtf8Cells(Record *record, const QList<QByteArrayView> &values)
{
    const int count = std::max(int(fieldsOf(record->level()).size()), int(values.size()));
    const qsizetype size = storedSize(values, count);
    if (size > m_capacity - m_used) {
        // Blocks double from 64 kB, so a small register wastes little, up to LargeBytes.
        const qsizetype blockBytes =
            m_capacity ? std::min(2 * (m_capacity + qsizetype(sizeof(Record::Block))), Record::Block::LargeBytes)
                       : 64 * 1024;
        const qsizetype capacity = blockBytes - qsizetype(sizeof(Record::Block));
        if (size > capacity / 4) { // a large record alone; the block being filled is kept
            record->setUtf8Cells(values);
            return;
        }
        Record::Block::release(m_block);
        m_block =
            blockBytes == Record::Block::LargeBytes ? Record::Block::createLarge() : Record::Block::create(capacity);
        m_used = 0;
        m_capacity = capacity;
    }
    char *at = m_block->bytes() + m_used;
    store(at, values, count);
    record->share(m_block, at, size, count);
    m_used += size;
}

bool Record::isActive() const
{
    return value(Field::Aktivitetsstatus).compare(statusNedlagt, Qt::CaseInsensitive) != 0;
}

std::optional<int> Record::code(Field field) const
{
    // The usual case on the bytes: up to nine digits, perhaps with ASCII blanks around them.
    // Anything else is read as text, as it always was.
    QByteArrayView bytes = utf8Value(field);
    const auto blank = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!bytes.isEmpty() && blank(bytes.front()))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && blank(bytes.back()))
        bytes.chop(1);
    if (!bytes.isEmpty() && bytes.size() <= 9 &&
        std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        int v = 0;
        for (char c : bytes)
            v = v * 10 + (c - '0');
        return v;
    }
    bool ok = false;
    const int v = value(field).trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<double> Record::coordinate(Field field) const
{
    QString text = value(field).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

Address Address::of(const Record &r)
{
    return Address{r.value(Field::VejNavn),
                   r.value(Field::HusNummer),
                   r.value(Field::Etage),
                   r.value(Field::Doer),
                   r.value(Field::PostNummer),
                   r.value(Field::ByNavn),
                   r.value(Field::SupplerendeBynavn),
                   r.value(Field::KommuneKode),
                   r.value(Field::DawaId),
                   r.value(Field::GeoBredde),
                   r.value(Field::GeoLaengde)};
}

void Address::applyTo(Record &r) const
{
    QList<QString> values = r.cells();
    const auto put = [&](Field f, const QString &v) {
        const int slot = fieldSlot(r.level(), f);
        if (slot >= 0)
            values[slot] = v;
    };
    put(Field::VejNavn, vejNavn);
    put(Field::HusNummer, husNummer);
    put(Field::Etage, etage);
    put(Field::Doer, doer);
    put(Field::PostNummer, postNummer);
    put(Field::ByNavn, byNavn);
    put(Field::SupplerendeBynavn, supplerendeBynavn);
    put(Field::KommuneKode, kommuneKode);
    put(Field::DawaId, dawaId);
    put(Field::GeoBredde, geoBredde);
    put(Field::GeoLaengde, geoLaengde);
    r.setCells(values);
}

QString Address::oneLine() const
{
    QString street = vejNavn;
    if (!husNummer.isEmpty())
        street += (street.isEmpty() ? QString() : QStringLiteral(" ")) + husNummer;
    QString unit;
    if (!etage.isEmpty())
        unit = etage + QLatin1Char('.');
    if (!doer.isEmpty())
        unit += (unit.isEmpty() ? QString() : QStringLiteral(" ")) + doer;
    QString town = postNummer;
    if (!byNavn.isEmpty())
        town += (town.isEmpty() ? QString() : QStringLiteral(" ")) + byNavn;
    QStringList parts;
    for (const QString &p : {street, unit, supplerendeBynavn, town})
        if (!p.isEmpty())
            parts.append(p);
    return parts.join(QStringLiteral(", "));
}

} // namespace dtr

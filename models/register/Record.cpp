#include "Record.h"

#include <cstring>

namespace dtr {

namespace {

QByteArray withoutNul(QStringView value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains('\0'))
        bytes.replace('\0', QByteArray());
    return bytes;
}

} // namespace

Record::Record(Level level)
    : m_level(level)
    , m_slotCount(quint16(fieldsOf(level).size()))
{
    m_data.fill('\0', m_slotCount - 1);
}

QByteArrayView Record::slotView(int slot) const
{
    if (slot < 0 || slot >= m_slotCount)
        return {};
    const char *begin = m_data.constData();
    const char *end = begin + m_data.size();
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
    const QList<QByteArray> parts = m_data.split('\0');
    for (int i = 0; i < m_slotCount; ++i)
        values.append(i < parts.size() ? QString::fromUtf8(parts[i]) : QString());
    return values;
}

void Record::setCells(const QList<QString> &values)
{
    const int known = int(fieldsOf(m_level).size());
    const int count = std::max(known, int(values.size()));
    QByteArray data;
    qsizetype total = 0;
    for (const QString &v : values)
        total += v.size() + 1;
    data.reserve(total);
    for (int i = 0; i < count; ++i) {
        if (i)
            data.append('\0');
        if (i < values.size())
            data.append(withoutNul(values[i]));
    }
    m_data = data;
    m_slotCount = quint16(count);
}

void Record::setUtf8Cells(const QList<QByteArrayView> &values)
{
    const int known = int(fieldsOf(m_level).size());
    const int count = std::max(known, int(values.size()));
    qsizetype total = count;
    for (QByteArrayView v : values)
        total += v.size();
    QByteArray data;
    data.reserve(total);
    for (int i = 0; i < count; ++i) {
        if (i)
            data.append('\0');
        if (i < values.size())
            data.append(values[i]);
    }
    m_data = std::move(data);
    m_slotCount = quint16(count);
}

bool Record::isActive() const
{
    return value(Field::Aktivitetsstatus).compare(statusNedlagt, Qt::CaseInsensitive) != 0;
}

std::optional<int> Record::code(Field field) const
{
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

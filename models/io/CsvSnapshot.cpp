#include "CsvSnapshot.h"

#include "CsvColumns.h"
#include "CsvTokenizer.h"
#include "TextChecks.h"
#include "codes/CodeTables.h"
#include "register/Register.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cstring>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::CsvSnapshot", text);
}

bool fail(ReadError *error, const QString &file, const QString &message, qint64 line = 0, qint64 column = 0,
          const QString &field = {})
{
    *error = ReadError{file, line, column, field, message};
    return false;
}

bool isCoordinate(Field f)
{
    return f == Field::GeoBredde || f == Field::GeoLaengde;
}

// Progress through the files of one snapshot: bytes before the file being read, and in all.
struct ProgressSpan
{
    const ReadProgress *report = nullptr;
    qint64 before = 0;
    qint64 total = 0;
};

// What reading one level's file knows after its header: both ways of reading a file (whole, or a
// slice at a time) hand their rows to readHeader() and addRow(), so both build the same records.
// (Free functions, not members: the translation context of their messages stays the same.)
struct LevelRows
{
    enum Kind { Known, Label, Extra };
    struct Column
    {
        Kind kind;
        int index; // slot for Known, extra index for Extra
        Field field = Field::Nummer;
    };

    LevelRows(Level level, Register *reg, const QString &path, ReadError *error)
        : level(level)
        , reg(reg)
        , path(path)
        , error(error)
        , known(int(fieldsOf(level).size()))
    {}

    Level level;
    Register *reg;
    const QString &path;
    ReadError *error;
    int known;
    QList<Column> columns;
    QList<QByteArrayView> cells;
    std::vector<QByteArray> decimalPoints; // coordinates written with a comma, rewritten
    RecordArena arena;
};

// The first row: each column is a known field, a derived label column (ignored) or an extra.
bool readHeader(LevelRows &rows, const QList<QByteArrayView> &row)
{
    const QString &path = rows.path;
    ReadError *error = rows.error;
    const Level level = rows.level;
    std::array<bool, FieldCount> seen{};
    QStringList headers;
    QStringList extras; // names, exact: XML element names differ by case alone
    const auto twice = [&](const QString &header) {
        return fail(error, path, tr("Kolonnen \"%1\" forekommer to gange i overskriften.").arg(header), 1);
    };
    for (qsizetype c = 0; c < row.size(); ++c) {
        const QString header = QString::fromUtf8(row[c]).trimmed();
        if (header.isEmpty())
            return fail(error, path, tr("Kolonne %1 har ingen overskrift.").arg(c + 1), 1, 0);
        headers.append(header);
        Field f;
        QString extra;
        // An escaped extra first: its name may be that of a column or label (CsvColumns.h).
        const bool escaped = csvExtraFromEscapedHeader(header, &extra);
        const bool isExtra = escaped || (!csvFieldForHeader(level, header, &f) && !isCsvLabelHeader(header));
        if (isExtra) {
            if (!escaped)
                extra = header;
            if (extras.contains(extra))
                return twice(header);
            extras.append(extra);
            rows.columns.append({LevelRows::Extra, rows.reg->extraIndex(level, extra), Field::Nummer});
            continue;
        }
        for (qsizetype h = 0; h + 1 < headers.size(); ++h)
            if (headers[h].compare(header, Qt::CaseInsensitive) == 0)
                return twice(header);
        if (csvFieldForHeader(level, header, &f)) {
            if (seen[size_t(f)])
                return fail(error, path, tr("Kolonnen \"%1\" betyder det samme som en tidligere kolonne.").arg(header),
                            1);
            seen[size_t(f)] = true;
            rows.columns.append({LevelRows::Known, fieldSlot(level, f), f});
        } else {
            rows.columns.append({LevelRows::Label, -1, Field::Nummer});
        }
    }
    for (const CsvColumn &c : csvColumns(level)) {
        if (c.required && !seen[size_t(c.field)])
            return fail(error, path,
                        tr("Kolonnen \"%1\" mangler. En fil med %2 skal have den.")
                            .arg(c.header, levelPluralLabel(level).toLower()),
                        1);
    }
    return true;
}

// A row after the header (a blank line is skipped). The data is checked UTF-8 without NUL, so
// fields go into the record as bytes, unconverted.
bool addRow(LevelRows &rows, const QList<QByteArrayView> &fields, qint64 line)
{
    if (fields.size() == 1 && fields[0].isEmpty())
        return true;
    if (fields.size() != rows.columns.size())
        return fail(rows.error, rows.path,
                    tr("Rækken har %1 felter, men overskriften har %2.").arg(fields.size()).arg(rows.columns.size()),
                    line);
    rows.cells.fill(QByteArrayView(), rows.known + rows.reg->extraNames(rows.level).size());
    rows.decimalPoints.clear();
    rows.decimalPoints.reserve(2);
    for (qsizetype c = 0; c < fields.size(); ++c) {
        const LevelRows::Column &m = rows.columns[c];
        if (m.kind == LevelRows::Label)
            continue;
        QByteArrayView value = fields[c];
        if (m.kind == LevelRows::Known) {
            if (isCoordinate(m.field) && value.contains(',')) {
                rows.decimalPoints.push_back(value.toByteArray().replace(',', '.'));
                value = rows.decimalPoints.back();
            }
            rows.cells[m.index] = value;
        } else {
            rows.cells[rows.known + m.index] = value;
        }
    }
    Record record(rows.level);
    rows.arena.setUtf8Cells(&record, rows.cells);
    rows.reg->add(std::move(record));
    return true;
}

bool cancelled(ReadError *error, const QString &path)
{
    fail(error, path, readCancelledMessage());
    error->cancelled = true;
    return false;
}

// The whole file in memory: every check over all of it first, then the rows. Its refusals and
// their messages are the reference the slice-wise reading falls back on.
bool readLevelBytes(QByteArrayView data, const QString &path, Level level, Register *reg, ReadError *error,
                    const ProgressSpan &progress = {})
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    // One pass finds whether anything is wrong; only then do the separate checks say what.
    qsizetype lineFeeds = 0;
    if (firstSuspectByte(data, &lineFeeds) >= 0) {
        if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
            const TextPosition p = positionOf(data, nul);
            return fail(error, path, tr("Filen indeholder et NUL-tegn – er det en binær fil og ikke CSV?"), p.line,
                        p.column);
        }
        if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
            const TextPosition p = positionOf(data, bad);
            return fail(error, path,
                        tr("Ugyldig UTF-8 (byte 0x%1). Filen skal være gemt som UTF-8.")
                            .arg(QString::number(uchar(data[bad]), 16).toUpper().rightJustified(2, QLatin1Char('0'))),
                        p.line, p.column);
        }

        if (const qsizetype control = firstForbiddenControl(data); control >= 0) {
            const TextPosition p = positionOf(data, control);
            return fail(
                error, path,
                tr("Filen indeholder kontroltegnet 0x%1, som et registerudtræk ikke kan have (XML tillader det "
                   "ikke).")
                    .arg(QString::number(uchar(data[control]), 16).toUpper().rightJustified(2, QLatin1Char('0'))),
                p.line, p.column);
        }
        if (const qsizetype nonchar = firstXmlNoncharacter(data); nonchar >= 0) {
            const TextPosition p = positionOf(data, nonchar);
            return fail(error, path,
                        tr("Filen indeholder tegnet U+%1, som et registerudtræk ikke kan have (XML tillader det ikke).")
                            .arg(data[nonchar + 2] == '\xBE' ? QStringLiteral("FFFE") : QStringLiteral("FFFF")),
                        p.line, p.column);
        }
        lineFeeds = data.count('\n');
    }
    // One record per line, near enough: the register grows once per file, not by doubling.
    reg->reserve(reg->size() + lineFeeds + 1);
    CsvTokenizer tokenizer(data);
    QList<QByteArrayView> row;
    if (!tokenizer.next(&row)) {
        if (tokenizer.hasError())
            return fail(error, path, tokenizer.errorMessage(), tokenizer.errorLine(), tokenizer.errorColumn());
        return fail(error, path, tr("Filen er tom – der mangler en overskriftsrække."));
    }
    LevelRows rows(level, reg, path, error);
    if (!readHeader(rows, row))
        return false;
    const bool reporting = progress.report && *progress.report;
    for (qint64 n = 0; tokenizer.next(&row); ++n) {
        if (reporting && n % 4096 == 0 && !(*progress.report)(progress.before + tokenizer.position(), progress.total))
            return cancelled(error, path);
        if (!addRow(rows, row, tokenizer.rowLine()))
            return false;
    }
    if (tokenizer.hasError())
        return fail(error, path, tokenizer.errorMessage(), tokenizer.errorLine(), tokenizer.errorColumn());
    return true;
}

// How reading a file a slice at a time ended. Unsure: something was out of the ordinary (a
// refusal, a row longer than a slice, a read error); only reading it whole can say what.
enum class Outcome { Read, Refused, Unsure };

// Reads a level's file a slice at a time through one reused buffer: no copy of the file is held,
// nor fresh memory faulted in for one (on a large file that costs more than parsing it). Each
// slice passes the checks readLevelBytes makes on the whole file before any of its rows is
// tokenized; a slice ends before a character the buffer's end splits, and a row the end of the
// checked bytes may have cut waits for the next slice.
Outcome readLevelSlices(QFile *file, const QString &path, Level level, Register *reg, ReadError *error,
                        const ProgressSpan &progress)
{
    constexpr qsizetype SliceBytes = 1024 * 1024;
    QByteArray buffer(SliceBytes, Qt::Uninitialized);
    char *const d = buffer.data();
    qsizetype size = 0;    // bytes in the buffer
    qsizetype checked = 0; // of which passed the checks: whole characters, nothing suspect
    qsizetype begin = 0;   // where the first row not yet taken starts
    qint64 before = 0;     // bytes of the file before the buffer
    bool atEnd = false;
    bool headerRead = false;
    LevelRows rows(level, reg, path, error);
    QList<QByteArrayView> fields;
    const bool reporting = progress.report && *progress.report;
    qint64 rowCount = 0;
    while (true) {
        if (begin > 0) {
            std::memmove(d, d + begin, size_t(size - begin));
            size -= begin;
            checked -= begin;
            before += begin;
            begin = 0;
        }
        while (size < SliceBytes && !atEnd) {
            const qint64 n = file->read(d + size, SliceBytes - size);
            if (n < 0)
                return Outcome::Unsure;
            atEnd = n == 0;
            size += qsizetype(n);
        }
        const bool firstSlice = before == 0 && checked == 0;
        if (firstSlice && QByteArrayView(d, size).startsWith("\xEF\xBB\xBF"))
            begin = checked = 3;

        // The checks, up to a character the buffer's end splits (at the end of the file, all).
        qsizetype end = size;
        if (!atEnd && size > checked) {
            qsizetype lead = size - 1;
            while (lead > checked && lead > size - 4 && (uchar(d[lead]) & 0xC0) == 0x80)
                --lead;
            const uchar c = uchar(d[lead]);
            const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (c >= 0xC0 && lead + length > size)
                end = lead;
        }
        qsizetype lineFeeds = 0;
        if (firstSuspectByte(QByteArrayView(d + checked, end - checked), &lineFeeds) >= 0)
            return Outcome::Unsure;
        if (firstSlice) {
            // One record per line, estimated from the first slice for this file and those after it
            // (the register's records are then moved once, not once per file) and kept on the
            // generous side: capacity never used is never touched.
            const double perByte = double(lineFeeds + 1) / double(std::max<qsizetype>(1, end - checked));
            const qint64 bytesLeft = std::max(file->size(), progress.total - progress.before);
            reg->reserve(reg->size() + qsizetype(perByte * double(bytesLeft) * 1.05) + 64);
        }
        checked = end;

        CsvTokenizer tokenizer(QByteArrayView(d + begin, checked - begin));
        qsizetype taken = 0;
        while (tokenizer.next(&fields)) {
            if (!atEnd && tokenizer.position() == checked - begin)
                break; // the row may go on past the checked bytes
            if (!headerRead) {
                if (!readHeader(rows, fields))
                    return Outcome::Unsure;
                headerRead = true;
            } else {
                if (reporting && rowCount++ % 4096 == 0 &&
                    !(*progress.report)(progress.before + before + begin + tokenizer.position(), progress.total)) {
                    cancelled(error, path);
                    return Outcome::Refused;
                }
                if (!addRow(rows, fields, 0))
                    return Outcome::Unsure;
            }
            taken = tokenizer.position();
        }
        if (atEnd) {
            if (tokenizer.hasError() || !headerRead || checked < size)
                return Outcome::Unsure;
            return Outcome::Read;
        }
        // A row that does not fit in the buffer, or a refusal not caused by the buffer's end.
        if (taken == 0 && size == SliceBytes)
            return Outcome::Unsure;
        begin += taken;
    }
}

Outcome readLevelFile(const QString &path, Level level, Register *reg, ReadError *error, const ProgressSpan &progress,
                      bool whole)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, path, tr("Filen kan ikke åbnes: %1").arg(file.errorString()));
        return Outcome::Refused;
    }
    if (!whole)
        return readLevelSlices(&file, path, level, reg, error, progress);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        fail(error, path, tr("Filen kan ikke læses: %1").arg(file.errorString()));
        return Outcome::Refused;
    }
    return readLevelBytes(data, path, level, reg, error, progress) ? Outcome::Read : Outcome::Refused;
}

bool readMetadata(const QDir &dir, Register *reg, ReadError *error)
{
    const QString path = dir.filePath(CsvMetadataFile);
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, path, tr("Filen kan ikke åbnes: %1").arg(file.errorString()));
    QJsonParseError parseError;
    // A metadata file is a few lines; anything over 16 MB is not one (and is not read whole).
    constexpr qint64 MaxMetadataBytes = 16 * 1024 * 1024;
    if (file.size() > MaxMetadataBytes)
        return fail(error, path, tr("Filen er for stor til at være metadata for et udtræk (over 16 MB)."));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(error, path,
                    tr("Ugyldig JSON ved tegn %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    // What the file holds is written into XML as it is; a character XML cannot carry is refused.
    const auto carriable = [&](const QString &text) {
        const qsizetype bad = firstCharacterXmlCannotCarry(text);
        if (bad < 0)
            return true;
        const QString code = QStringLiteral("%1").arg(uint(text[bad].unicode()), 4, 16, QLatin1Char('0')).toUpper();
        return fail(
            error, path,
            tr("Filen indeholder tegnet U+%1, som et registerudtræk ikke kan have (XML tillader det ikke).").arg(code));
    };
    const QString extractedAt = root.value(CsvMetadataExtractedAt).toString();
    if (!carriable(extractedAt))
        return false;
    reg->setExtractedAt(extractedAt);
    for (const QJsonValue &v : root.value(CsvMetadataRootExtras).toArray()) {
        if (!carriable(v.toString()))
            return false;
        reg->addRootExtra(v.toString());
    }
    return true;
}

bool writeMetadata(const Register &reg, const QDir &dir, QString *error)
{
    const QString path = dir.filePath(CsvMetadataFile);
    if (reg.extractedAt().isEmpty() && reg.rootExtras().isEmpty()) {
        // No stale facts from an earlier snapshot may stay beside the new files.
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("%1 kan ikke fjernes.").arg(path);
            return false;
        }
        return true;
    }
    QJsonObject root;
    if (!reg.extractedAt().isEmpty())
        root.insert(CsvMetadataExtractedAt, reg.extractedAt());
    if (!reg.rootExtras().isEmpty())
        root.insert(CsvMetadataRootExtras, QJsonArray::fromStringList(reg.rootExtras()));
    const QByteArray bytes = QJsonDocument(root).toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 kan ikke skrives: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(';') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

} // namespace

bool CsvSnapshot::read(const QString &path, Register *out, ReadError *error, const ReadProgress &progress)
{
    QFileInfo info(path);
    if (!info.exists())
        return fail(error, path, tr("Findes ikke."));
    const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();

    std::array<QString, LevelCount> files;
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        Level level;
        if (!csvLevelFromFileName(entry.fileName(), &level))
            continue;
        QString &slot = files[size_t(level)];
        if (!slot.isEmpty())
            return fail(error, dir.path(),
                        tr("Mappen har flere filer med %1: %2 og %3. Fjern den ene.")
                            .arg(levelPluralLabel(level).toLower(), QFileInfo(slot).fileName(), entry.fileName()));
        slot = entry.absoluteFilePath();
    }
    for (int l = 0; l < LevelCount; ++l) {
        if (files[size_t(l)].isEmpty())
            return fail(error, dir.path(),
                        tr("Mappen mangler CSV-filen med %1 (filnavnet skal indeholde \"%2\").")
                            .arg(levelPluralLabel(Level(l)).toLower(), Level(l) == Level::AlternativAdresse
                                                                           ? QStringLiteral("alternativ")
                                                                           : QString(levelKey(Level(l)))));
    }

    qint64 total = 0;
    for (const QString &file : files)
        total += QFileInfo(file).size();
    // Each file a slice at a time; when the slices leave a file in doubt, all are read again
    // whole, for the whole-file checks and their exact messages.
    for (const bool whole : {false, true}) {
        ProgressSpan span{&progress, 0, total};
        Register reg;
        ReadError refusal; // what an unsure reading found stays unsaid
        Outcome outcome = Outcome::Read;
        for (int l = 0; l < LevelCount && outcome == Outcome::Read; ++l) {
            outcome = readLevelFile(files[size_t(l)], Level(l), &reg, &refusal, span, whole);
            span.before += QFileInfo(files[size_t(l)]).size();
        }
        if (outcome == Outcome::Refused) {
            *error = refusal;
            return false;
        }
        if (outcome == Outcome::Unsure)
            continue;
        if (progress && !progress(span.total, span.total)) {
            *error = ReadError{dir.path(), 0, 0, {}, readCancelledMessage(), true};
            return false;
        }
        if (!readMetadata(dir, &reg, error))
            return false;
        reg.finalize();
        *out = std::move(reg);
        return true;
    }
    return false; // not reached: reading whole is never unsure
}

bool CsvSnapshot::readBytes(const std::array<QByteArray, LevelCount> &files, const QString &name, Register *out,
                            ReadError *error)
{
    Register reg;
    for (int l = 0; l < LevelCount; ++l)
        if (!readLevelBytes(files[size_t(l)], QStringLiteral("%1 (%2)").arg(name, levelKey(Level(l))), Level(l), &reg,
                            error))
            return false;
    reg.finalize();
    *out = std::move(reg);
    return true;
}

std::array<QByteArray, LevelCount> CsvSnapshot::toBytes(const Register &reg, const CodeTables &codes)
{
    std::array<QByteArray, LevelCount> files;
    for (int l = 0; l < LevelCount; ++l) {
        const Level level = Level(l);
        const QList<CsvColumn> &columns = csvColumns(level);
        const QStringList &extras = reg.extraNames(level);
        QByteArray &out = files[size_t(l)];
        out = "\xEF\xBB\xBF";
        QList<QByteArray> header;
        for (const CsvColumn &c : columns) {
            header.append(QByteArray(c.header.data(), c.header.size()));
            if (!c.labelHeader.isEmpty())
                header.append(QByteArray(c.labelHeader.data(), c.labelHeader.size()));
        }
        for (const QString &e : extras)
            header.append(csvField(csvHeaderForExtra(level, e)));
        out += header.join(';') + "\r\n";

        QList<QByteArray> fields;
        for (const Record &r : reg.records()) {
            if (r.level() != level)
                continue;
            fields.clear();
            for (const CsvColumn &c : columns) {
                QString value = r.value(c.field);
                if (isCoordinate(c.field))
                    value.replace(QLatin1Char('.'), QLatin1Char(','));
                fields.append(csvField(value));
                if (!c.labelHeader.isEmpty())
                    fields.append(csvField(csvLabelFor(c.field, value, codes)));
            }
            for (int e = 0; e < extras.size(); ++e)
                fields.append(csvField(r.extra(e)));
            out += fields.join(';') + "\r\n";
        }
    }
    return files;
}

bool CsvSnapshot::write(const Register &reg, const QString &folder, const CodeTables &codes, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Mappen %1 kan ikke oprettes.").arg(folder);
        return false;
    }
    const std::array<QByteArray, LevelCount> files = toBytes(reg, codes);
    for (int l = 0; l < LevelCount; ++l) {
        const QByteArray &out = files[size_t(l)];
        QSaveFile file(QDir(folder).filePath(csvFileName(Level(l))));
        if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
            *error = tr("%1 kan ikke skrives: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return writeMetadata(reg, QDir(folder), error);
}

} // namespace dtr

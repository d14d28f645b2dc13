#include "SignOffReport.h"

#include "ReportPages.h"

#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "io/SpreadsheetCsv.h"
#include "map/MapRenderer.h"
#include "validation/RuleProfile.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::SignOffReport", text);
}

bool inKommune(const Overlay &overlay, int index, int kommune)
{
    return kommune == KommuneProgress::AllKommuner || overlay.admKommuneOf(index) == kommune;
}

QString parentName(const Overlay &overlay, Level level, const QString &key)
{
    Level parent = Level::Daginstitution;
    parentLevel(level, &parent);
    const int p = overlay.find(parent, key);
    return p >= 0 ? QStringLiteral("%1 (%2)").arg(overlay.record(p).navn(), key) : key;
}

int severityRank(const QString &kind)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (kind.startsWith(severityLabel(s)))
            return int(s);
    return 3;
}

template <typename Write>
bool saveAtomically(const QString &path, QString *error, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(file) || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("dtr::SignOffReport", "Rapporten kan ikke gemmes i %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString SignOffReport::currentUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString SignOffReport::shownTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    return QLocale(QLocale::Danish).toString(at.toLocalTime(), QStringLiteral("d. MMM yyyy HH:mm"));
}

QString SignOffReport::shownDate(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale(QLocale::Danish).toString(at.date(), QStringLiteral("d. MMM yyyy")) : iso;
}

SignOffReport SignOffReport::build(const ChangeSet &changes, const Validator *validator,
                                   const QHash<QString, Workspace::ReviewMark> &marks, int kommune,
                                   const QString &source, const QList<Workspace::Acknowledgement> &acknowledgements,
                                   const QString &reviewer)
{
    SignOffReport report;
    report.m_kommune = kommune;
    report.m_kommuneName = changes.codeTables().kommuneName(kommune);
    report.m_source = source;
    report.m_reviewer = reviewer;
    QHash<QString, const Workspace::Acknowledgement *> acknowledgementOf;
    for (const Workspace::Acknowledgement &a : acknowledgements)
        acknowledgementOf.insert(Validator::acknowledgementKey(a.level, a.key, a.rule), &a);
    report.m_at = QDateTime::currentDateTime();
    report.m_profile = (validator ? validator->profile() : RuleProfile::current()).displayName();
    const Overlay &overlay = *changes.overlay();

    QSet<QString> reviewed;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        reviewed.insert(it.key());
    for (const KommuneProgress &p : countSeedCheckProgress(changes, reviewed, validator))
        if (p.kommune == kommune)
            report.m_progress = p;
    report.m_progress.kommune = kommune;

    for (int i = 0; i < overlay.size(); ++i) {
        if (!overlay.isLive(i) || !inKommune(overlay, i, kommune))
            continue;
        const Record &r = overlay.record(i);
        const QString level = levelLabel(r.level());
        if (validator)
            for (const Finding &f : validator->findingsOf(i)) {
                QString kind = findingSeverityText(f);
                const Workspace::Acknowledgement *acknowledged = nullptr;
                if (validator->isAcknowledged(f)) {
                    kind += tr(" (accepteret)");
                    const Finding stored = validator->acknowledgementTarget(f, true);
                    acknowledged = acknowledgementOf.value(
                        Validator::acknowledgementKey(stored.level, stored.entity, stored.rule), nullptr);
                }
                report.m_findings.append({level,
                                          r.nummer(),
                                          r.navn(),
                                          kind,
                                          f.rule,
                                          f.field ? fieldLabel(*f.field) : QString(),
                                          {},
                                          {},
                                          f.message,
                                          acknowledged ? acknowledged->at : QString(),
                                          {},
                                          acknowledged ? acknowledged->note : QString()});
            }
        if (r.isActive()) {
            const auto mark = marks.constFind(recordId(r.level(), r.nummer()));
            const bool done = mark != marks.cend();
            report.m_reviews.append({level,
                                     r.nummer(),
                                     r.navn(),
                                     done ? tr("Gennemgået") : tr("Ikke gennemgået"),
                                     {},
                                     {},
                                     {},
                                     {},
                                     done ? mark->note : QString(),
                                     done ? mark->at : QString(),
                                     r.value(Field::SenestOpdateret),
                                     {}});
        }
    }

    // The map page: the kommune's active points (and those it is closing), coloured by findings.
    report.m_map = std::make_shared<RegisterMap>();
    report.m_map->rebuild(overlay);
    report.m_map->refresh(
        RegisterMap::statusOf(&changes, validator, &reviewed), [&overlay, kommune](const MapPoint &p) {
            return (p.active || (p.changes & RegisterMap::Closed)) && inKommune(overlay, p.record, kommune);
        });

    // Errors first, then warnings, then info; record order within each.
    std::stable_sort(report.m_findings.begin(), report.m_findings.end(),
                     [](const Row &a, const Row &b) { return severityRank(a.kind) < severityRank(b.kind); });

    for (const RecordChange &c : changes.netChanges()) {
        const int i = overlay.find(c.level, c.key);
        if (i < 0 || !inKommune(overlay, i, kommune))
            continue;
        const Record &r = overlay.record(i);
        const auto change = [&](const QString &kind, const QString &field, const QString &before,
                                const QString &after) {
            Row row;
            row.level = levelLabel(c.level);
            row.number = c.key;
            row.name = r.navn();
            row.kind = kind;
            row.field = field;
            row.before = before;
            row.after = after;
            report.m_changes.append(row);
        };
        if (c.created)
            change(tr("Oprettet"), {}, {}, {});
        if (c.moved)
            change(tr("Flyttet"), tr("Overordnet"), parentName(overlay, c.level, c.parentBefore),
                   parentName(overlay, c.level, c.parentAfter));
        if (c.closed)
            change(tr("Lukket"), fieldLabel(Field::Aktivitetsstatus), c.statusBefore, r.value(Field::Aktivitetsstatus));
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
            if (it.value().second.isEmpty() && c.created)
                continue; // a new record's empty fields say nothing
            change(c.created ? tr("Oprettet") : tr("Ændret"), fieldLabel(it.key()), it.value().first,
                   it.value().second);
        }
    }
    return report;
}

QString SignOffReport::title() const
{
    if (m_kommune == KommuneProgress::AllKommuner)
        return tr("Gennemgangsrapport – alle kommuner");
    return tr("Gennemgangsrapport – %1 Kommune (%2)").arg(m_kommuneName).arg(m_kommune);
}

QByteArray SignOffReport::toCsv() const
{
    QList<QStringList> rows;
    const auto add = [&rows](const QString &section, const QList<Row> &list) {
        for (const Row &r : list)
            rows.append({section, r.level, r.number, r.name, r.kind, r.rule, r.field, r.before, r.after, r.text, r.at,
                         r.lastUpdated, r.note});
    };
    rows.append({tr("Regler"), {}, {}, {}, {}, {}, {}, {}, {}, tr("Regelprofil: %1").arg(m_profile), {}, {}, {}});
    if (!m_reviewer.isEmpty())
        rows.append({tr("Rapport"),
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     tr("Udarbejdet af: %1").arg(m_reviewer),
                     m_at.toString(Qt::ISODate),
                     {},
                     {}});
    add(tr("Fund"), m_findings);
    add(tr("Ændring"), m_changes);
    add(tr("Gennemgang"), m_reviews);
    return spreadsheetCsv({tr("Afsnit"), tr("Niveau"), tr("Nummer"), tr("Navn"), tr("Art"), tr("Regel"), tr("Felt"),
                           tr("Før"), tr("Efter"), tr("Tekst"), tr("Tidspunkt"), tr("Senest opdateret"),
                           tr("Kvitteringsnote")},
                          rows);
}

ReportPages SignOffReport::pages() const
{
    const KommuneProgress &p = m_progress;
    ReportPages out(title());
    out.heading(title(), 14);
    QString about = tr("Udtræk: %1 · Udskrevet: %2 · Regelprofil: %3")
                        .arg(m_source, shownTime(m_at.toString(Qt::ISODate)), m_profile);
    if (!m_reviewer.isEmpty())
        about += QStringLiteral(" · ") + tr("Udarbejdet af: %1").arg(m_reviewer);
    out.paragraph(about);
    const auto columns = [](std::initializer_list<std::pair<const char *, qreal>> list) {
        QList<ReportPages::Column> out;
        for (const auto &[title, share] : list)
            out.append({tr(title), share});
        return out;
    };
    out.table(columns({{QT_TRANSLATE_NOOP("dtr::SignOffReport", "Aktive poster"), 1.0 / 6},
                       {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Gennemgået"), 1.0 / 6},
                       {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Urørt siden 2019, ikke gennemgået"), 1.0 / 6},
                       {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Fejl"), 1.0 / 6},
                       {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Advarsler"), 1.0 / 6},
                       {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Ventende ændringer"), 1.0 / 6}}),
              {{QString::number(p.active), tr("%1 (%2 %)").arg(p.reviewed).arg(p.percent()),
                QString::number(p.untouchedUnreviewed), QString::number(p.errors), QString::number(p.warnings),
                QString::number(p.changed)}});
    const auto section = [&out](const QString &heading, const QString &empty, const QList<ReportPages::Column> &header,
                                const QList<QStringList> &rows) {
        out.heading(heading);
        if (rows.isEmpty())
            out.paragraph(empty);
        else
            out.table(header, rows);
    };
    QList<QStringList> rows;
    for (const Row &r : m_findings) {
        // The reason a warning was accepted is what the sign-off is for: it stands under the message.
        QString message = r.text;
        if (!r.at.isEmpty() || !r.note.isEmpty())
            message += QLatin1Char('\n') + (r.note.isEmpty() ? tr("Accepteret %1").arg(shownTime(r.at))
                                                             : tr("Accepteret %1: %2").arg(shownTime(r.at), r.note));
        rows.append({r.kind, QStringLiteral("%1 %2").arg(r.number, r.name), r.field, message});
    }
    section(tr("Fund (%1)").arg(m_findings.size()), tr("Ingen fund."),
            columns({{QT_TRANSLATE_NOOP("dtr::SignOffReport", "Alvor"), 0.15},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Post"), 0.25},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Felt"), 0.12},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Besked"), 0.48}}),
            rows);
    if (std::any_of(m_findings.cbegin(), m_findings.cend(),
                    [](const Row &r) { return r.kind.contains(provisionalLabel(Certainty::Inferred)); }))
        out.paragraph(tr("En foreløbig regel bygger på en antagelse om registeret og advarer kun; registerets "
                         "eget svar er afgørende."));
    rows.clear();
    for (const Row &r : m_changes)
        rows.append({r.kind, QStringLiteral("%1 %2").arg(r.number, r.name), r.field, r.before, r.after});
    section(tr("Ventende ændringer (%1)").arg(m_changes.size()), tr("Ingen ventende ændringer."),
            columns({{QT_TRANSLATE_NOOP("dtr::SignOffReport", "Art"), 0.11},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Post"), 0.27},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Felt"), 0.16},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Før"), 0.23},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Efter"), 0.23}}),
            rows);
    rows.clear();
    for (const Row &r : m_reviews)
        rows.append(
            {r.kind, QStringLiteral("%1 %2").arg(r.number, r.name), shownDate(r.lastUpdated), r.text, shownTime(r.at)});
    section(tr("Gennemgang (%1)").arg(m_reviews.size()), tr("Ingen aktive poster."),
            columns({{QT_TRANSLATE_NOOP("dtr::SignOffReport", "Status"), 0.17},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Post"), 0.29},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Senest opdateret"), 0.15},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Note"), 0.23},
                     {QT_TRANSLATE_NOOP("dtr::SignOffReport", "Gennemgået"), 0.16}}),
            rows);
    if (m_map && m_map->visibleCount() > 0)
        out.imagePage(tr("Kort"),
                      tr("Aktive anvisningsenheder og alternative adresser farvet efter deres alvorligste fund. En "
                         "ring markerer en post, hvis koordinater ligger uden for dens kommune."),
                      mapImage());
    out.heading({});
    out.paragraph(tr("Godkendt af: ______________________   Dato: ____________"));
    return out;
}

QImage SignOffReport::mapImage() const
{
    if (!m_map || m_map->visibleCount() == 0)
        return {};
    MapViewport viewport;
    viewport.setSize(QSizeF(700, 880));
    QRectF area = m_map->visibleBounds(false);
    if (const MapBoundaries::Kommune *k = MapBoundaries::bundled().kommune(m_kommune))
        area |= k->bounds;
    viewport.fit(area, 40);
    MapScene scene;
    scene.colouring = MapColouring::Findings;
    scene.selectedKommune = m_kommune > 0 ? m_kommune : 0;
    scene.title = m_kommune == KommuneProgress::AllKommuner ? tr("Alle kommuner") : m_kommuneName;
    return MapRenderer(MapBoundaries::bundled(), *m_map).render(viewport, scene, 2.5);
}

bool SignOffReport::writeCsv(const QString &path, QString *error) const
{
    const QByteArray bytes = toCsv();
    return saveAtomically(path, error, [&bytes](QSaveFile &file) { return file.write(bytes) == bytes.size(); });
}

bool SignOffReport::writePdf(const QString &path, QString *error) const
{
    return saveAtomically(path, error, [this](QSaveFile &file) {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("DTR Studio"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        return pages().print(writer) > 0;
    });
}

} // namespace dtr

#include "SignOffReport.h"

#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "io/SpreadsheetCsv.h"
#include "map/MapRenderer.h"
#include "validation/RuleProfile.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::SignOffReport", text);
}

bool inKommune(const Overlay &overlay, int index, int kommune)
{
    return kommune == ReviewProgressModel::AllKommuner || overlay.admKommuneOf(index) == kommune;
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

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &h : header)
        out += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">%1</th>").arg(html(h));
    out += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>%1</td>").arg(html(cell));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
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

SignOffReport SignOffReport::build(const ChangeSet &changes, const Validator *validator,
                                   const QHash<QString, Workspace::ReviewMark> &marks, int kommune,
                                   const QString &source)
{
    SignOffReport report;
    report.m_kommune = kommune;
    report.m_source = source;
    report.m_at = QDateTime::currentDateTime();
    report.m_profile = (validator ? validator->profile() : RuleProfile::current()).displayName();
    const Overlay &overlay = *changes.overlay();

    QSet<QString> reviewed;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        reviewed.insert(it.key());
    for (const KommuneProgress &p : countReviewProgress(changes, reviewed, validator))
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
                if (validator->isAcknowledged(f))
                    kind += tr(" (accepteret)");
                report.m_findings.append({level,
                                          r.nummer(),
                                          r.navn(),
                                          kind,
                                          f.rule,
                                          f.field ? fieldLabel(*f.field) : QString(),
                                          {},
                                          {},
                                          f.message,
                                          {}});
            }
        if (r.isActive()) {
            const auto mark = marks.constFind(recordId(r.level(), r.nummer()));
            const bool done = mark != marks.cend();
            report.m_reviews.append({level,
                                     r.nummer(),
                                     r.navn(),
                                     done ? tr("Gennemgået") : tr("Ikke gennemgået"),
                                     {},
                                     fieldLabel(Field::SenestOpdateret),
                                     {},
                                     r.value(Field::SenestOpdateret),
                                     done ? mark->note : QString(),
                                     done ? mark->at : QString()});
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
        const QString level = levelLabel(c.level);
        if (c.created)
            report.m_changes.append({level, c.key, r.navn(), tr("Oprettet"), {}, {}, {}, {}, {}, {}});
        if (c.moved)
            report.m_changes.append({level,
                                     c.key,
                                     r.navn(),
                                     tr("Flyttet"),
                                     {},
                                     tr("Overordnet"),
                                     parentName(overlay, c.level, c.parentBefore),
                                     parentName(overlay, c.level, c.parentAfter),
                                     {},
                                     {}});
        if (c.closed)
            report.m_changes.append({level,
                                     c.key,
                                     r.navn(),
                                     tr("Lukket"),
                                     {},
                                     fieldLabel(Field::Aktivitetsstatus),
                                     c.statusBefore,
                                     r.value(Field::Aktivitetsstatus),
                                     {},
                                     {}});
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
            if (it.value().second.isEmpty() && c.created)
                continue; // a new record's empty fields say nothing
            report.m_changes.append({level,
                                     c.key,
                                     r.navn(),
                                     c.created ? tr("Oprettet") : tr("Ændret"),
                                     {},
                                     fieldLabel(it.key()),
                                     it.value().first,
                                     it.value().second,
                                     {},
                                     {}});
        }
    }
    return report;
}

QString SignOffReport::title() const
{
    if (m_kommune == ReviewProgressModel::AllKommuner)
        return tr("Gennemgangsrapport – alle kommuner");
    return tr("Gennemgangsrapport – %1 Kommune (%2)").arg(CodeTables::current().kommuneName(m_kommune)).arg(m_kommune);
}

QByteArray SignOffReport::toCsv() const
{
    QList<QStringList> rows;
    const auto add = [&rows](const QString &section, const QList<Row> &list) {
        for (const Row &r : list)
            rows.append({section, r.level, r.number, r.name, r.kind, r.rule, r.field, r.before, r.after, r.text, r.at});
    };
    rows.append({tr("Regler"), {}, {}, {}, {}, {}, {}, {}, {}, tr("Regelprofil: %1").arg(m_profile), {}});
    add(tr("Fund"), m_findings);
    add(tr("Ændring"), m_changes);
    add(tr("Gennemgang"), m_reviews);
    return spreadsheetCsv({tr("Afsnit"), tr("Niveau"), tr("Nummer"), tr("Navn"), tr("Art"), tr("Regel"), tr("Felt"),
                           tr("Før"), tr("Efter"), tr("Tekst"), tr("Tidspunkt")},
                          rows);
}

QString SignOffReport::toHtml() const
{
    const KommuneProgress &p = m_progress;
    QString out = QStringLiteral("<html><body style=\"font-size: 8pt\"><h2>%1</h2>").arg(html(title()));
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(html(tr("Udtræk: %1 · Udskrevet: %2 · Regelprofil: %3")
                          .arg(m_source, QLocale(QLocale::Danish).toString(m_at, QStringLiteral("d. MMMM yyyy HH:mm")),
                               m_profile)));
    out += htmlTable({tr("Aktive poster"), tr("Gennemgået"), tr("Urørt siden 2019, ikke gennemgået"), tr("Fejl"),
                      tr("Advarsler"), tr("Ventende ændringer")},
                     {{QString::number(p.active), tr("%1 (%2 %)").arg(p.reviewed).arg(p.percent()),
                       QString::number(p.untouchedUnreviewed), QString::number(p.errors), QString::number(p.warnings),
                       QString::number(p.changed)}});
    const auto section = [&out](const QString &heading, const QString &empty, const QStringList &header,
                                const QList<QStringList> &rows) {
        out += QStringLiteral("<h3>%1</h3>").arg(html(heading));
        out += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(html(empty)) : htmlTable(header, rows);
    };
    QList<QStringList> rows;
    for (const Row &r : m_findings)
        rows.append({r.kind, QStringLiteral("%1 %2").arg(r.number, r.name), r.field, r.text});
    section(tr("Fund (%1)").arg(m_findings.size()), tr("Ingen fund."),
            {tr("Alvor"), tr("Post"), tr("Felt"), tr("Besked")}, rows);
    if (std::any_of(m_findings.cbegin(), m_findings.cend(),
                    [](const Row &r) { return r.kind.contains(provisionalLabel(Certainty::Inferred)); }))
        out += QStringLiteral("<p>%1</p>")
                   .arg(html(tr("En foreløbig regel bygger på en antagelse om registeret og advarer kun; registerets "
                                "eget svar er afgørende.")));
    rows.clear();
    for (const Row &r : m_changes)
        rows.append({r.kind, QStringLiteral("%1 %2").arg(r.number, r.name), r.field, r.before, r.after});
    section(tr("Ventende ændringer (%1)").arg(m_changes.size()), tr("Ingen ventende ændringer."),
            {tr("Art"), tr("Post"), tr("Felt"), tr("Før"), tr("Efter")}, rows);
    rows.clear();
    for (const Row &r : m_reviews)
        rows.append({r.kind, QStringLiteral("%1 %2").arg(r.number, r.name), r.after.left(10), r.text, r.at.left(16)});
    section(tr("Gennemgang (%1)").arg(m_reviews.size()), tr("Ingen aktive poster."),
            {tr("Status"), tr("Post"), tr("Senest opdateret"), tr("Note"), tr("Gennemgået")}, rows);
    if (m_map && m_map->visibleCount() > 0) {
        out += QStringLiteral("<h3 style=\"page-break-before: always\">%1</h3>").arg(html(tr("Kort")));
        out += QStringLiteral("<p>%1</p>")
                   .arg(html(tr("Aktive anvisningsenheder og alternative adresser farvet efter deres alvorligste fund. "
                                "En ring markerer en post, hvis koordinater ligger uden for dens kommune.")));
        out += QStringLiteral("<p><img src=\"%1\" width=\"480\"></p>").arg(MapImageName);
    }
    out += QStringLiteral("<p style=\"margin-top: 24px\">%1</p>")
               .arg(html(tr("Godkendt af: ______________________   Dato: ____________")));
    return out + QStringLiteral("</body></html>");
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
    scene.title = m_kommune == ReviewProgressModel::AllKommuner ? tr("Alle kommuner")
                                                                : CodeTables::current().kommuneName(m_kommune);
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
        QTextDocument document;
        const QImage map = mapImage();
        if (!map.isNull())
            document.addResource(QTextDocument::ImageResource, QUrl(MapImageName), map);
        document.setHtml(toHtml());
        document.print(&writer);
        return true;
    });
}

} // namespace dtr

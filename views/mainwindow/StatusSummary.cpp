#include "StatusSummary.h"

#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "item/RegisterFilterModel.h"
#include "item/SeedCheckProgressModel.h"
#include "session/Session.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace dtr {

StatusSummary::StatusSummary(const Session &session, const RegisterFilterModel &filter,
                             const SeedCheckProgressModel &progress, QStatusBar *bar)
    : QObject(bar)
    , m_session(session)
    , m_filter(filter)
    , m_progress(progress)
    , m_counts(new QLabel)
    , m_review(new QLabel)
    , m_validation(new QLabel)
    , m_changes(new QLabel)
    , m_filterOn(new QLabel)
{
    bar->addWidget(m_counts, 1);
    bar->addPermanentWidget(m_review);
    bar->addPermanentWidget(m_validation);
    bar->addPermanentWidget(m_changes);
    bar->addPermanentWidget(m_filterOn);
}

void StatusSummary::update(int kommune)
{
    const ChangeSet *changes = m_session.changeSet();
    if (!changes) {
        m_counts->setText(tr("Intet udtræk åbent – åbn et med Ctrl+O eller prøv demoregisteret under Filer."));
        m_counts->setToolTip({});
        for (QLabel *label : {m_review, m_validation, m_changes, m_filterOn})
            label->clear();
        return;
    }
    const QLocale locale;
    const Overlay &overlay = *changes->overlay();
    QString text = tr("%1 daginstitutioner · %2 anvisningsenheder · %3 alternative adresser")
                       .arg(locale.toString(overlay.count(Level::Daginstitution)),
                            locale.toString(overlay.count(Level::Anvisningsenhed)),
                            locale.toString(overlay.count(Level::AlternativAdresse)));
    if (!overlay.base().orphans().empty())
        text += tr(" · %1 uden gyldig overordnet").arg(locale.toString(int(overlay.base().orphans().size())));
    m_counts->setText(text);
    m_counts->setToolTip(tr("Arbejdsområde: %1").arg(QDir::toNativeSeparators(m_session.workspace()->path())));

    const ChangeCounts c = changes->counts();
    QString pending = c.total() == 0 ? tr("Ingen ændringer")
                                     : tr("Ændringer: %1 oprettet · %2 ændret · %3 flyttet · %4 lukket")
                                           .arg(c.added)
                                           .arg(c.changed)
                                           .arg(c.moved)
                                           .arg(c.closed);
    const int unknown = int(m_session.unknownOutcomes().size());
    if (unknown > 0)
        pending += QStringLiteral(" · ") + tr("%n med uvist udfald", nullptr, unknown);
    m_changes->setText(pending);
    m_changes->setStyleSheet(unknown > 0 ? QStringLiteral("QLabel { background: #fff3c4; }") : QString());

    // Review progress: active records of the selected kommune (or all) marked as reviewed.
    const KommuneProgress *p = m_progress.progressOf(kommune > 0 ? kommune : SeedCheckProgressModel::AllKommuner);
    const int done = p ? p->reviewed : 0;
    const int total = p ? p->active : 0;
    const QString where = kommune > 0 ? m_session.codes().kommuneName(kommune) : tr("alt");
    m_review->setText(
        tr("Gennemgået i %1: %2 af %3 (%4 %)").arg(where).arg(done).arg(total).arg(total ? 100 * done / total : 0));
    if (const Validator *v = m_session.validator(); v && !v->isValidated()) {
        m_validation->setText(tr("Kontrollerer reglerne …"));
    } else if (v) {
        // Warnings as the review table counts them: those not acknowledged; acknowledged ones apart.
        const FindingCounts f = v->counts();
        const KommuneProgress *all = m_progress.progressOf(SeedCheckProgressModel::AllKommuner);
        const int open = all ? all->warnings : f.warning;
        QString text = tr("Fejl: %1 · Advarsler: %2").arg(f.error).arg(open);
        if (f.warning > open)
            text += QLatin1Char(' ') + tr("(%n kvitteret)", nullptr, f.warning - open);
        m_validation->setText(text + QStringLiteral(" · ") + tr("Info: %1").arg(f.info));
    }
    m_filterOn->setText(m_filter.isFiltering() ? tr("Filter aktivt") : QString());
}

QString StatusSummary::countsText() const
{
    return m_counts->text();
}

QString StatusSummary::changesText() const
{
    return m_changes->text();
}

QString StatusSummary::validationText() const
{
    return m_validation->text();
}

QString StatusSummary::reviewText() const
{
    return m_review->text();
}

} // namespace dtr

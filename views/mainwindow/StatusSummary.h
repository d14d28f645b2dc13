#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace dtr {

class RegisterFilterModel;
class SeedCheckProgressModel;
class Session;

// The status bar's summary: counts per level, review progress of the selected kommune, findings,
// pending changes and unknown outcomes, and whether a filter is on.
class StatusSummary : public QObject
{
    Q_OBJECT

public:
    StatusSummary(const Session &session, const RegisterFilterModel &filter, const SeedCheckProgressModel &progress,
                  QStatusBar *bar);

    // `kommune`: the selected kommune, or ≤ 0 for all.
    void update(int kommune);
    QString countsText() const;
    QString changesText() const;
    QString validationText() const;
    QString reviewText() const;

private:
    const Session &m_session;
    const RegisterFilterModel &m_filter;
    const SeedCheckProgressModel &m_progress;
    QLabel *m_counts;
    QLabel *m_review;
    QLabel *m_validation;
    QLabel *m_changes;
    QLabel *m_filterOn;
};

} // namespace dtr

#pragma once

#include "seedcheck/SeedCheckProgress.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QStringList>

#include <memory>

namespace dtr {

class ChangeSet;
class RegisterMap;
class ReportPages;
class Validator;

// The report a steward signs off a municipality's review with: where the review stands, every
// finding (with the note of each accepted warning), every pending change field by field, and the
// review status of every active record. Written as CSV for a spreadsheet (spreadsheetCsv) and as
// PDF (A4, page numbers, table headers repeated on every page, no row split across pages).
class SignOffReport
{
public:
    struct Row
    {
        QString level;
        QString number;
        QString name;
        QString kind; // severity / change kind / review status
        QString rule;
        QString field;
        QString before;
        QString after;
        QString text;        // message / review note
        QString at;          // ISO time: of the review mark or the acknowledgement
        QString lastUpdated; // review rows: the record's senestOpdateret
        QString note;        // acknowledged findings: why the warning is accepted
    };

    // `kommune`: a municipality code, or KommuneProgress::AllKommuner for the whole workspace.
    // `acknowledgements` give the notes of accepted warnings; `reviewer` is who makes the report.
    static SignOffReport build(const ChangeSet &changes, const Validator *validator,
                               const QHash<QString, Workspace::ReviewMark> &marks, int kommune, const QString &source,
                               const QList<Workspace::Acknowledgement> &acknowledgements = {},
                               const QString &reviewer = {});
    // The login name of whoever runs the program (the report's "Udarbejdet af").
    static QString currentUser();
    // An ISO time as the report shows it: "2. dec. 2026 06:15" (local time); other text unchanged.
    static QString shownTime(const QString &iso);
    // The date alone: "2. dec. 2026" (a record's senestOpdateret).
    static QString shownDate(const QString &iso);

    QString title() const;
    const KommuneProgress &progress() const { return m_progress; }
    const QList<Row> &findings() const { return m_findings; }
    const QList<Row> &changes() const { return m_changes; }
    const QList<Row> &reviews() const { return m_reviews; }

    QByteArray toCsv() const;
    // The PDF's pages: summary, findings, changes, reviews, the map, the line for the signature.
    // Needs a QGuiApplication (fonts) for the map.
    ReportPages pages() const;
    // The map page's picture: the municipality (every one for AllKommuner) with its active
    // records' points coloured by their worst finding; null when no record has coordinates.
    // Needs a QGuiApplication (fonts).
    QImage mapImage() const;
    // Both write atomically (QSaveFile). The PDF needs a QGuiApplication (fonts).
    bool writeCsv(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;

private:
    int m_kommune = 0;
    QString m_kommuneName; // from the change set's code tables
    QString m_source;
    QString m_profile; // the rule profile the findings were made with
    QString m_reviewer;
    QDateTime m_at;
    KommuneProgress m_progress;
    QList<Row> m_findings;
    QList<Row> m_changes;
    QList<Row> m_reviews;
    std::shared_ptr<RegisterMap> m_map; // the points for the map page
};

} // namespace dtr

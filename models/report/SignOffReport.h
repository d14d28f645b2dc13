#pragma once

#include "item/ReviewProgressModel.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QStringList>

#include <memory>

namespace dtr {

class ChangeSet;
class RegisterMap;
class Validator;

// The report a steward signs off a municipality's review with: where the review stands, every
// finding, every pending change field by field, and the review status of every active record.
// Written as CSV for a spreadsheet (spreadsheetCsv) and as PDF (A4, page numbers).
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
        QString text; // message / note
        QString at;
    };

    // `kommune`: a municipality code, or ReviewProgressModel::AllKommuner for the whole workspace.
    static SignOffReport build(const ChangeSet &changes, const Validator *validator,
                               const QHash<QString, Workspace::ReviewMark> &marks, int kommune, const QString &source);

    QString title() const;
    const KommuneProgress &progress() const { return m_progress; }
    const QList<Row> &findings() const { return m_findings; }
    const QList<Row> &changes() const { return m_changes; }
    const QList<Row> &reviews() const { return m_reviews; }

    QByteArray toCsv() const;
    // The map page's picture: the municipality (every one for AllKommuner) with its active
    // records' points coloured by their worst finding; null when no record has coordinates.
    // Needs a QGuiApplication (fonts).
    QImage mapImage() const;
    // The HTML of the PDF; the map page refers to the picture as MapImageName.
    QString toHtml() const;
    static inline const QString MapImageName = QStringLiteral("dtr-kort.png");
    // Both write atomically (QSaveFile). The PDF needs a QGuiApplication (fonts).
    bool writeCsv(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;

private:
    int m_kommune = 0;
    QString m_source;
    QString m_profile; // the rule profile the findings were made with
    QDateTime m_at;
    KommuneProgress m_progress;
    QList<Row> m_findings;
    QList<Row> m_changes;
    QList<Row> m_reviews;
    std::shared_ptr<RegisterMap> m_map; // the points for the map page
};

} // namespace dtr

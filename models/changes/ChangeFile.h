#pragma once

#include "ChangeSet.h"

#include <QByteArray>
#include <QJsonObject>

namespace dtr {

// The change-set exchange file (documented in README.md, "Change files"): pending steps as
// JSON, tied to the base data they were made against by its fingerprint.
namespace ChangeFile {

inline constexpr QLatin1StringView Format{"dtr-studio-changeset"};
inline constexpr int Version = 1;

// SHA-256 (hex) of the base register written as canonical XML: the same data gives the same
// fingerprint whichever form it was read from.
QString fingerprint(const Register &base);

QJsonObject opToJson(const Operation &op);
bool opFromJson(const QJsonObject &json, Operation *op, QString *error);
QJsonObject stepToJson(const Step &step);
bool stepFromJson(const QJsonObject &json, Step *step, QString *error);

struct Contents
{
    QString baseFingerprint;
    QString baseExtractedAt;
    QString createdAt;
    QList<Step> steps;
};

// The active steps of a change set as a document.
QByteArray write(const ChangeSet &changes, const QString &baseFingerprint);
// Parses and checks the whole document (format, version, every step and operation).
bool read(const QByteArray &data, Contents *out, QString *error);

// Turns a change file's steps into one step for this change set (new records get fresh
// temporary keys), after proving on a scratch copy that every step applies. Refuses a file made
// against other base data. Pushing the step (ChangeSet::push or Editor::pushStep) applies it.
bool prepareImport(const ChangeSet &changes, const QString &baseFingerprint, const Contents &contents, Step *step,
                   QString *error);

} // namespace ChangeFile
} // namespace dtr

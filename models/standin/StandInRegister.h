#pragma once

#include "changes/ChangeSet.h"
#include "service/ServiceNames.h"
#include "service/XmlSchema.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <memory>

namespace dtr {

// The register's behaviour without the network: holds the data (legacy invalid records
// included), answers the ExportService and applies ImportService writes with the register's
// rules: the XML schema, code tables, mandatory fields, hierarchy (parent exists, no cascade
// delete), moves within the kommune, v2.0 cross-validation and "P-nummer active in CVR" against a
// small bundled fake list. It issues numbers it never reuses and keeps its state in a file.
class StandInRegister
{
public:
    struct Answer
    {
        int httpStatus = 200;
        QByteArray body;
    };

    explicit StandInRegister(std::shared_ptr<const Register> data);

    // Keeps the state (applied writes, next number) in `path`, loading it when it exists and was
    // made on the same data.
    bool setStateFile(const QString &path, QString *error);

    // Handles one SOAP request body for a service; the answer is a SOAP response or fault.
    Answer handle(ServiceNames::Service service, const QByteArray &body);
    // The method a request body calls (for fault injection), or false when it cannot be read.
    static bool methodOf(ServiceNames::Service service, const QByteArray &body, ServiceNames::Method *method);

    const ChangeSet &changes() const { return *m_changes; }

private:
    struct ImportError
    {
        QString code;
        QString field;
        QString message;
    };
    Answer exportAnswer(ServiceNames::Method method, const QString &parameter);
    Answer importAnswer(ServiceNames::Method method, const QByteArray &payload);
    QByteArray importSvar(const QList<ImportError> &errors, const QString &number = {}) const;
    QList<ImportError> write(ServiceNames::Method method, const Record &payload, QString *issued);
    QList<ImportError> registerRules(int index) const;
    QString issueNumber();
    bool saveState(QString *error) const;

    std::shared_ptr<const Register> m_data;
    std::unique_ptr<ChangeSet> m_changes;
    std::unique_ptr<XmlSchema> m_schema;
    QSet<QString> m_activePNumbers;
    int m_nextNumber = 0;
    QString m_statePath;
    QString m_fingerprint;
};

// Copies the live records of an overlay into a register of their own (for answers and exports).
Register materialize(const Overlay &overlay);

} // namespace dtr

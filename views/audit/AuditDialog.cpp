#include "AuditDialog.h"

#include "files/FileDialogs.h"
#include "submit/OperationResult.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dtr {

AuditDialog::AuditDialog(const Workspace &workspace, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Revisionsspor"));
    const QList<Workspace::AuditEntry> entries = workspace.audit();
    m_table->setRowCount(int(entries.size()));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Tidspunkt"), tr("Miljø"), tr("Bruger"), tr("Begrundelse"), tr("Operation"),
                                        tr("Post"), tr("Udfald"), tr("Besked")});
    m_table->setAccessibleName(tr("Revisionsspor"));
    for (int row = 0; row < entries.size(); ++row) {
        const Workspace::AuditEntry &e = entries[row];
        OperationResult::Outcome outcome;
        const QString label = outcomeFromKey(e.outcome, &outcome) ? outcomeLabel(outcome) : e.outcome;
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
        const QStringList cells{at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at,
                                e.environment,
                                e.user,
                                e.reason,
                                e.operation,
                                e.number.isEmpty() || e.number == e.key ? e.key
                                                                        : e.key + QStringLiteral(" → ") + e.number,
                                label,
                                e.message};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *exportButton = buttons->addButton(tr("&Eksportér som CSV…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Luk"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this, title] {
        const QString path =
            FileDialogs::saveFile(this, FileDialogs::Kind::Reports, tr("Eksportér revisionsspor"),
                                  title + QStringLiteral("-revisionsspor.csv"), tr("CSV-filer (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(1000, 420);
}

bool AuditDialog::exportCsv(const QString &path)
{
    const QByteArray bytes = m_workspace.auditCsv();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Revisionssporet kan ikke eksporteres"),
                                tr("%1 kan ikke skrives: %2").arg(path, file.errorString()), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

} // namespace dtr

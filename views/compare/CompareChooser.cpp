#include "CompareChooser.h"

#include "files/FileDialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dtr {

CompareChooser::CompareChooser(Rows rows, QWidget *parent)
    : QDialog(parent)
    , m_older(new QLineEdit(this))
{
    setWindowTitle(rows == TwoSnapshots ? tr("Sammenlign udtræk") : tr("Sammenlign grundlaget med et udtræk"));
    auto *form = new QFormLayout;
    const auto label = [this](const QString &text, QLineEdit *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    if (rows == TwoSnapshots) {
        m_newer = new QLineEdit(this);
        form->addRow(label(tr("Æl&dste:"), m_older), row(m_older, tr("Vælg det ældste udtræk")));
        form->addRow(label(tr("&Nyeste:"), m_newer), row(m_newer, tr("Vælg det nyeste udtræk")));
    } else {
        form->addRow(label(tr("&Udtræk:"), m_older), row(m_older, tr("Vælg udtrækket")));
    }
    auto *note = new QLabel(tr("Et udtræk er en XML-fil eller en mappe med de tre CSV-filer."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sammenlign"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annullér"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateOk();
    resize(640, sizeHint().height());
}

QWidget *CompareChooser::row(QLineEdit *edit, const QString &what)
{
    edit->setAccessibleName(what);
    edit->setPlaceholderText(tr("XML-fil eller CSV-mappe"));
    connect(edit, &QLineEdit::textChanged, this, &CompareChooser::updateOk);
    auto *file = new QPushButton(tr("&Fil…"), this);
    auto *folder = new QPushButton(tr("&Mappe…"), this);
    file->setObjectName(QStringLiteral("chooseFile"));
    folder->setObjectName(QStringLiteral("chooseFolder"));
    file->setAutoDefault(false);
    folder->setAutoDefault(false);
    connect(file, &QPushButton::clicked, this, [this, edit, what] {
        const QString path =
            FileDialogs::openFile(this, FileDialogs::Kind::Snapshots, what, tr("Udtræk (*.xml *.csv);;Alle filer (*)"));
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    connect(folder, &QPushButton::clicked, this, [this, edit] {
        const QString path =
            FileDialogs::existingFolder(this, FileDialogs::Kind::Snapshots, tr("Vælg mappen med de tre CSV-filer"));
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(file);
    layout->addWidget(folder);
    return box;
}

QString CompareChooser::olderPath() const
{
    return QDir::fromNativeSeparators(m_older->text().trimmed());
}

QString CompareChooser::newerPath() const
{
    return m_newer ? QDir::fromNativeSeparators(m_newer->text().trimmed()) : QString();
}

void CompareChooser::updateOk()
{
    m_ok->setEnabled(!olderPath().isEmpty() && (!m_newer || !newerPath().isEmpty()));
}

} // namespace dtr

#include "SettingsDialogRules.h"

#include "files/FileDialogs.h"
#include "item/RuleProfileModel.h"
#include "validation/Rules.h"

#include "validation/ValidationSettings.h"
#include <QComboBox>

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace dtr {

namespace {

// The profile's severity for a rule: Standard, Fejl, Advarsel or Info.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(RulesPage::tr("Alvor i profilen"));
        combo->addItem(RulesPage::tr("Standard"), -1);
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
            combo->addItem(severityLabel(s), int(s));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

RulesPage::RulesPage(const CodeTables &codes, QWidget *parent)
    : QWidget(parent)
    , m_original(RuleProfile::current())
    , m_model(new RuleProfileModel(codes, this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_source(new QLabel(this))
    , m_message(new SettingsMessage(this))
{
    m_model->setProfile(m_original);
    m_name->setText(m_original.name);
    m_name->setPlaceholderText(tr("standard – giv profilen et navn, når du ændrer den"));
    m_name->setAccessibleName(tr("Profilens navn"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Regler"));
    m_table->setItemDelegateForColumn(RuleProfileModel::SeverityColumn, new SeverityDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(RuleProfileModel::DescriptionColumn, 320);
    m_source->setWordWrap(true);

    auto *load = new QPushButton(tr("&Indlæs profil…"), this);
    auto *save = new QPushButton(tr("&Gem profil som…"), this);
    auto *standard = new QPushButton(tr("S&tandard"), this);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Kind::Configuration, tr("Indlæs regelprofil"),
                                                   tr("Regelprofiler (*.json)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        QString path = FileDialogs::saveFile(this, FileDialogs::Kind::Configuration, tr("Gem regelprofil"),
                                             m_original.path.isEmpty() ? tr("regelprofil.json") : m_original.path,
                                             tr("Regelprofiler (*.json)"));
        if (!path.isEmpty() && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".json");
        if (!path.isEmpty())
            saveFile(path);
    });
    connect(standard, &QPushButton::clicked, this, &RulesPage::useStandard);
    connect(m_model, &RuleProfileModel::profileChanged, this, &RulesPage::showState);
    connect(m_name, &QLineEdit::textChanged, this, &RulesPage::showState);

    auto *form = new QFormLayout;
    form->addRow(tr("Profilens &navn:"), m_name);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addWidget(standard);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Regler fastlagt af STIL kan være fejl. En foreløbig regel bygger på en antagelse om "
                               "registeret og advarer kun – registerets eget svar er afgørende. Datakvalitet er en "
                               "omhyggelig dataansvarligs kontrol, som registeret ikke selv foretager."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_source);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addWidget(m_message);
    showState();
    // What could not be applied at start (a damaged saved copy): the standard is in use.
    if (const QStringList problems = ValidationSettings::startProblems(); !problems.isEmpty())
        m_message->showProblem(problems.join(QLatin1Char('\n')), nullptr);
}

RuleProfile RulesPage::profile() const
{
    RuleProfile p = m_model->profile();
    p.name = m_name->text().trimmed();
    if (p.isStandard())
        p.path.clear();
    return p;
}

void RulesPage::setCodeTables(const CodeTables &codes)
{
    m_model->setCodeTables(codes);
    showState();
}

bool RulesPage::loadFile(const QString &path, QString *error)
{
    QString why;
    std::optional<RuleProfile> read = RuleProfile::readFile(path, &why);
    if (!read)
        return m_message->showProblem(why, error);
    m_model->setProfile(*read);
    m_name->setText(read->name);
    m_message->showNote(
        tr("Profilen er indlæst fra %1 og bruges, når du gemmer indstillingerne.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool RulesPage::saveFile(const QString &path, QString *error)
{
    RuleProfile p = profile();
    QString why;
    if (!p.writeFile(path, &why))
        return m_message->showProblem(why, error);
    p.path = path;
    m_model->setProfile(p);
    m_message->showNote(tr("Profilen er gemt i %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RulesPage::useStandard()
{
    m_model->setProfile(RuleProfile());
    m_name->clear();
    m_message->clear();
}

void RulesPage::showState()
{
    const RuleProfile p = profile();
    QString text = tr("Profil i brug efter gem: %1").arg(p.displayName());
    const QStringList raised = m_model->inferredRaisedToError();
    if (!raised.isEmpty())
        text += QLatin1Char('\n') + tr("Bemærk: %1 bygger på en antagelse, men er sat til fejl – det kan blokere data, "
                                       "som registeret ville tage imod.")
                                        .arg(raised.join(QStringLiteral(", ")));
    m_source->setText(text);
}

} // namespace dtr

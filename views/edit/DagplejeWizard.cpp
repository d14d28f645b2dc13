#include "DagplejeWizard.h"

#include "changes/Overlay.h"
#include "codes/CodeTables.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace dtr {

namespace {

// A page whose "Næste"/"Udfør" is refused with a message while `refusal` says why.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> refusal, QWidget *parent)
        : QWizardPage(parent)
        , m_refusal(std::move(refusal))
        , m_message(new QLabel(this))
    {
        m_message->setWordWrap(true);
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->hide();
    }
    QLabel *message() const { return m_message; }
    bool validatePage() override
    {
        const QString why = m_refusal ? m_refusal() : QString();
        m_message->setText(why);
        m_message->setVisible(!why.isEmpty());
        return why.isEmpty();
    }

private:
    std::function<QString()> m_refusal;
    QLabel *m_message;
};

constexpr int UnitRole = Qt::UserRole + 1;

} // namespace

DagplejeWizard::DagplejeWizard(const Overlay &overlay, const CodeTables &codes, int kommuneKode, QWidget *parent)
    : QWizard(parent)
    , m_overlay(overlay)
    , m_codes(codes)
    , m_kommune(new QComboBox(this))
    , m_useExisting(new QRadioButton(tr("Brug en &eksisterende dagpleje-daginstitution:"), this))
    , m_createNew(new QRadioButton(tr("Opret en n&y dagpleje-daginstitution:"), this))
    , m_existing(new QComboBox(this))
    , m_newName(new QLineEdit(this))
    , m_privat(new QRadioButton(tr("&Privat dagpleje (DTL § 21, stk. 3)"), this))
    , m_template(new QButtonGroup(this))
    , m_names(new QPlainTextEdit(this))
    , m_cvr(new QLineEdit(this))
    , m_groups(new QTableWidget(0, ColumnCount, this))
    , m_moves(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Opret dagplejegrupper"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Næste >"));
    setButtonText(QWizard::BackButton, tr("< &Tilbage"));
    setButtonText(QWizard::FinishButton, tr("&Opret"));
    setButtonText(QWizard::CancelButton, tr("Annullér"));

    // 1. Municipality and daginstitution.
    auto *first = new CheckedPage(
        [this] {
            if (kommune() < 0)
                return tr("Vælg en kommune.");
            if (m_useExisting->isChecked() && chosenDaginstitution() < 0)
                return tr("Der er ingen dagpleje-daginstitution at vælge; opret en ny.");
            if (m_createNew->isChecked() && m_newName->text().trimmed().isEmpty())
                return tr("Giv den nye daginstitution et navn.");
            return QString();
        },
        this);
    first->setTitle(tr("Kommune og daginstitution"));
    first->setSubTitle(tr("Dagplejegrupper oprettes som anvisningsenheder af typen Dagpleje under en "
                          "dagpleje-daginstitution med lovgrundlag for dagpleje."));
    for (int kode : overlay.kommuner())
        if (kode >= 0)
            m_kommune->addItem(QStringLiteral("%1 %2").arg(kode).arg(m_codes.kommuneName(kode)), kode);
    m_kommune->setCurrentIndex(std::max(0, m_kommune->findData(kommuneKode)));
    m_kommune->setAccessibleName(tr("Kommune"));
    m_existing->setAccessibleName(tr("Eksisterende dagpleje-daginstitution"));
    m_newName->setAccessibleName(tr("Navn på ny daginstitution"));
    auto *kommunal = new QRadioButton(tr("&Kommunal dagpleje (DTL § 21, stk. 2)"), this);
    kommunal->setChecked(true);
    auto *ownership = new QButtonGroup(this);
    ownership->addButton(kommunal);
    ownership->addButton(m_privat);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_useExisting);
    choice->addButton(m_createNew);
    auto *firstLayout = new QFormLayout(first);
    firstLayout->addRow(tr("&Kommune:"), m_kommune);
    firstLayout->addRow(m_useExisting);
    firstLayout->addRow(QString(), m_existing);
    firstLayout->addRow(m_createNew);
    firstLayout->addRow(QString(), m_newName);
    firstLayout->addRow(QString(), kommunal);
    firstLayout->addRow(QString(), m_privat);
    firstLayout->addRow(first->message());
    connect(m_kommune, &QComboBox::currentIndexChanged, this, &DagplejeWizard::kommuneChanged);
    const auto enable = [this, kommunal] {
        m_existing->setEnabled(m_useExisting->isChecked());
        for (QWidget *w :
             {static_cast<QWidget *>(m_newName), static_cast<QWidget *>(kommunal), static_cast<QWidget *>(m_privat)})
            w->setEnabled(m_createNew->isChecked());
    };
    connect(m_useExisting, &QRadioButton::toggled, this, enable);
    connect(m_createNew, &QRadioButton::toggled, this, enable);
    setPage(KommunePage, first);

    // 2. Names from a template.
    auto *second = new CheckedPage(
        [this] {
            DagplejeSetup names = setup();
            names.groups.clear();
            for (const QString &area :
                 dagpleje::areaNames(GroupNameTemplate::Typed, m_overlay, kommune(), m_names->toPlainText())) {
                names.groups.append(DagplejeGroup());
                names.groups.last().navn = dagpleje::groupName(area);
            }
            return names.groups.isEmpty() ? tr("Skriv mindst ét områdenavn.")
                                          : dagpleje::setupRefusal(m_overlay, names, false);
        },
        this);
    second->setTitle(tr("Gruppernes navne"));
    second->setSubTitle(tr("Ét område pr. linje; hver gruppe kommer til at hedde \"Dagplejegruppe <område>\". "
                           "Ret listen frit."));
    auto *compass = new QRadioButton(tr("&Verdenshjørner: Nord, Syd, Øst, Vest"), this);
    auto *towns = new QRadioButton(tr("Kommunens &byer (fra postnumrene i kommunens poster)"), this);
    auto *typed = new QRadioButton(tr("&Egen liste"), this);
    m_template->addButton(compass, int(GroupNameTemplate::Compass));
    m_template->addButton(towns, int(GroupNameTemplate::Towns));
    m_template->addButton(typed, int(GroupNameTemplate::Typed));
    compass->setChecked(true);
    m_names->setAccessibleName(tr("Områdenavne"));
    m_names->setTabChangesFocus(true);
    auto *secondLayout = new QVBoxLayout(second);
    for (QAbstractButton *b : m_template->buttons())
        secondLayout->addWidget(b);
    secondLayout->addWidget(new QLabel(tr("&Områder:"), this));
    static_cast<QLabel *>(secondLayout->itemAt(secondLayout->count() - 1)->widget())->setBuddy(m_names);
    secondLayout->addWidget(m_names);
    secondLayout->addWidget(second->message());
    m_warnings.append(new QLabel(second));
    secondLayout->addWidget(m_warnings.last());
    connect(m_template, &QButtonGroup::idClicked, this, &DagplejeWizard::applyTemplate);
    setPage(NamesPage, second);

    // 3. Address, contact and P-nummer per group.
    auto *third = new CheckedPage([this] { return dagpleje::setupRefusal(m_overlay, setup()); }, this);
    third->setTitle(tr("Adresse, kontakt og P-numre"));
    third->setSubTitle(tr("Hver gruppe skal have en adresse – fx forvaltningens – og sit eget P-nummer under "
                          "kommunens CVR-nummer. Fælles værdier er foreslået ud fra kommunens poster."));
    auto *shared = new QGroupBox(tr("Fælles for alle grupper"), this);
    auto *sharedLayout = new QFormLayout(shared);
    m_cvr->setAccessibleName(tr("Kommunens CVR-nummer"));
    m_cvr->setMaxLength(8);
    sharedLayout->addRow(tr("&CVR-nummer:"), m_cvr);
    const QStringList sharedLabels{tr("&Vejnavn:"), tr("&Husnummer:"), tr("&Postnummer:"),
                                   tr("&By:"),      tr("&E-mail:"),    tr("&Telefon:")};
    for (const QString &label : sharedLabels) {
        auto *edit = new QLineEdit(shared);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        sharedLayout->addRow(label, edit);
        m_shared.append(edit);
    }
    auto *copy = new QPushButton(tr("&Brug for alle grupper"), shared);
    sharedLayout->addRow(QString(), copy);
    connect(copy, &QPushButton::clicked, this, &DagplejeWizard::copySharedToAll);
    m_groups->setHorizontalHeaderLabels({tr("Navn"), tr("P-nummer"), tr("Vejnavn"), tr("Husnr."), tr("Postnr."),
                                         tr("By"), tr("E-mail"), tr("Telefon")});
    m_groups->setAccessibleName(tr("Dagplejegrupper"));
    m_groups->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_groups->setColumnWidth(NameColumn, 200);
    m_groups->verticalHeader()->hide();
    auto *thirdLayout = new QVBoxLayout(third);
    thirdLayout->addWidget(shared);
    thirdLayout->addWidget(m_groups, 1);
    thirdLayout->addWidget(third->message());
    m_warnings.append(new QLabel(third));
    thirdLayout->addWidget(m_warnings.last());
    setPage(GroupsPage, third);

    // 4. Existing dagpleje units.
    auto *fourth = new CheckedPage([this] { return dagpleje::setupRefusal(m_overlay, setup()); }, this);
    fourth->setTitle(tr("Eksisterende dagplejeenheder"));
    fourth->setSubTitle(tr("Markér de dagplejeenheder i kommunen, der skal flyttes ind under "
                           "dagpleje-daginstitutionen sammen med de nye grupper."));
    m_moves->setAccessibleName(tr("Dagplejeenheder der kan flyttes"));
    m_summary->setWordWrap(true);
    auto *fourthLayout = new QVBoxLayout(fourth);
    fourthLayout->addWidget(m_moves, 1);
    fourthLayout->addWidget(m_summary);
    fourthLayout->addWidget(fourth->message());
    m_warnings.append(new QLabel(fourth));
    fourthLayout->addWidget(m_warnings.last());
    for (QLabel *warning : std::as_const(m_warnings)) {
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #a05a00;"));
        warning->hide();
    }
    connect(m_names, &QPlainTextEdit::textChanged, this, &DagplejeWizard::updateWarnings);
    connect(m_groups, &QTableWidget::itemChanged, this, &DagplejeWizard::updateWarnings);
    connect(m_moves, &QListWidget::itemChanged, this, &DagplejeWizard::updateWarnings);
    connect(m_moves, &QListWidget::itemChanged, this, &DagplejeWizard::updateSummary);
    setPage(MovePage, fourth);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == GroupsPage)
            fillGroups();
        else if (id == MovePage)
            fillMoves();
        updateWarnings();
    });
    // A private dagpleje has its own CVR: the municipality's is not offered (register.md §3.2: the
    // register fills CVR in from the P-nummer).
    connect(m_privat, &QRadioButton::toggled, this, &DagplejeWizard::updateCvr);
    connect(m_createNew, &QRadioButton::toggled, this, &DagplejeWizard::updateCvr);
    connect(m_existing, &QComboBox::currentIndexChanged, this, &DagplejeWizard::updateCvr);
    kommuneChanged();
    enable();
    resize(820, 560);
}

int DagplejeWizard::kommune() const
{
    return m_kommune->currentIndex() >= 0 ? m_kommune->currentData().toInt() : -1;
}

int DagplejeWizard::chosenDaginstitution() const
{
    if (!m_useExisting->isChecked() || m_existing->currentIndex() < 0)
        return -1;
    return m_existing->currentData().toInt();
}

void DagplejeWizard::kommuneChanged()
{
    const int kode = kommune();
    m_existing->clear();
    for (int dag : dagpleje::dagplejeDaginstitutioner(m_overlay, m_codes, kode)) {
        const Record &r = m_overlay.record(dag);
        m_existing->addItem(QStringLiteral("%1 (%2)").arg(r.navn(), r.nummer()), dag);
    }
    m_useExisting->setEnabled(m_existing->count() > 0);
    (m_existing->count() > 0 ? m_useExisting : m_createNew)->setChecked(true);
    m_newName->setText(tr("Dagplejen i %1").arg(m_codes.kommuneName(kode)));
    updateCvr();
    applyTemplate();
}

void DagplejeWizard::updateCvr()
{
    const int dag = chosenDaginstitution();
    const bool privat =
        dag >= 0 ? dagpleje::isPrivate(m_overlay.record(dag)) : m_createNew->isChecked() && m_privat->isChecked();
    m_cvr->setText(privat ? QString() : dagpleje::municipalCvr(m_overlay, kommune()));
    m_cvr->setPlaceholderText(privat ? tr("den private dagplejes eget – udfyldes af registeret ud fra P-nummeret")
                                     : tr("kommunens CVR-nummer"));
}

void DagplejeWizard::updateWarnings()
{
    const int page = currentId() == NamesPage ? 0 : currentId() == GroupsPage ? 1 : currentId() == MovePage ? 2 : -1;
    if (page < 0)
        return;
    DagplejeSetup s = setup();
    if (page == 0) {
        s.groups.clear();
        for (const QString &area :
             dagpleje::areaNames(GroupNameTemplate::Typed, m_overlay, kommune(), m_names->toPlainText())) {
            s.groups.append(DagplejeGroup());
            s.groups.last().navn = dagpleje::groupName(area);
        }
    }
    const QStringList warnings = dagpleje::setupWarnings(m_overlay, s);
    m_warnings[page]->setText(warnings.join(QLatin1Char('\n')));
    m_warnings[page]->setVisible(!warnings.isEmpty());
}

QString DagplejeWizard::warningText() const
{
    for (const QLabel *w : m_warnings)
        if (!w->isHidden() && w->parentWidget() == currentPage())
            return w->text();
    return {};
}

void DagplejeWizard::applyTemplate()
{
    const auto kind = GroupNameTemplate(m_template->checkedId());
    if (kind == GroupNameTemplate::Typed) {
        m_names->setFocus();
        return;
    }
    m_names->setPlainText(dagpleje::areaNames(kind, m_overlay, kommune()).join(QLatin1Char('\n')));
}

void DagplejeWizard::fillGroups()
{
    const DagplejeGroup defaults = dagpleje::sharedDefaults(m_overlay, kommune(), chosenDaginstitution());
    const QStringList defaultValues{defaults.vejNavn, defaults.husNummer, defaults.postNummer,
                                    defaults.byNavn,  defaults.email,     defaults.telefon};
    if (m_shared.first()->text().isEmpty() && m_groups->rowCount() == 0)
        for (int k = 0; k < m_shared.size(); ++k)
            m_shared[k]->setText(defaultValues[k]);
    // Rows the user already edited stay as they are (matched by name).
    QHash<QString, QStringList> kept;
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.append(m_groups->item(row, c) ? m_groups->item(row, c)->text() : QString());
        kept.insert(cells.first(), cells);
    }
    const QStringList areas =
        dagpleje::areaNames(GroupNameTemplate::Typed, m_overlay, kommune(), m_names->toPlainText());
    m_groups->setRowCount(int(areas.size()));
    for (int row = 0; row < areas.size(); ++row) {
        const QString name = dagpleje::groupName(areas[row]);
        QStringList cells = kept.value(name);
        if (cells.isEmpty()) {
            cells = QStringList{name, QString()};
            for (QLineEdit *edit : m_shared)
                cells.append(edit->text());
        }
        for (int c = 0; c < ColumnCount; ++c)
            m_groups->setItem(row, c, new QTableWidgetItem(cells.value(c)));
    }
}

void DagplejeWizard::copySharedToAll()
{
    for (int row = 0; row < m_groups->rowCount(); ++row)
        for (int k = 0; k < m_shared.size(); ++k)
            m_groups->setItem(row, VejColumn + k, new QTableWidgetItem(m_shared[k]->text()));
}

void DagplejeWizard::fillMoves()
{
    m_moves->clear();
    const int dag = chosenDaginstitution();
    for (int unit : dagpleje::dagplejeUnits(m_overlay, kommune(), dag)) {
        const Record &r = m_overlay.record(unit);
        const int parent = m_overlay.parentOf(unit);
        auto *item = new QListWidgetItem(
            tr("%1 (%2) – nu under %3")
                .arg(r.navn(), r.nummer(), parent >= 0 ? m_overlay.record(parent).navn() : tr("(ingen)")),
            m_moves);
        item->setData(UnitRole, unit);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_moves->count() == 0)
        m_moves->addItem(tr("Ingen andre dagplejeenheder i kommunen."));
    updateSummary();
}

void DagplejeWizard::updateSummary()
{
    const DagplejeSetup s = setup();
    QString text = s.daginstitution >= 0
                       ? tr("%n grupper oprettes under %1.", nullptr, int(s.groups.size()))
                             .arg(m_overlay.record(s.daginstitution).navn())
                       : tr("Daginstitutionen \"%1\" oprettes med %n grupper.", nullptr, int(s.groups.size()))
                             .arg(s.newDaginstitutionName);
    if (!s.moveUnits.isEmpty())
        text += QLatin1Char(' ') + tr("%n eksisterende enheder flyttes ind.", nullptr, int(s.moveUnits.size()));
    text += QLatin1Char(' ') + tr("Det hele bliver ét trin, der kan fortrydes.");
    m_summary->setText(text);
}

DagplejeSetup DagplejeWizard::setup() const
{
    DagplejeSetup s;
    s.kommuneKode = kommune();
    s.daginstitution = chosenDaginstitution();
    s.newDaginstitutionName = m_newName->text().trimmed();
    s.privat = m_privat->isChecked();
    s.cvrNummer = m_cvr->text().trimmed();
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_groups->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_groups->rowCount(); ++row)
        s.groups.append({cell(row, NameColumn), cell(row, PNummerColumn), cell(row, VejColumn), cell(row, HusColumn),
                         cell(row, PostColumn), cell(row, ByColumn), cell(row, EmailColumn), cell(row, TelefonColumn)});
    for (int row = 0; row < m_moves->count(); ++row) {
        const QListWidgetItem *item = m_moves->item(row);
        if (item->data(UnitRole).isValid() && item->checkState() == Qt::Checked)
            s.moveUnits.append(item->data(UnitRole).toInt());
    }
    return s;
}

} // namespace dtr

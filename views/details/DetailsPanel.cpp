#include "DetailsPanel.h"

#include "codes/CodeTables.h"
#include "register/Register.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dtr {

namespace {

struct Group
{
    const char *title;
    QList<Field> fields;
};

const Group groups[] = {
    {QT_TRANSLATE_NOOP("dtr::DetailsPanel", "Stamdata"),
     {Field::Nummer, Field::ParentNummer, Field::Navn, Field::EjerformKode, Field::LovgrundlagKode,
      Field::AdmKommuneKode, Field::InstType3, Field::CvrNummer, Field::PNummer}},
    {QT_TRANSLATE_NOOP("dtr::DetailsPanel", "Adresse"),
     {Field::VejNavn, Field::HusNummer, Field::Etage, Field::Doer, Field::PostNummer, Field::ByNavn,
      Field::SupplerendeBynavn, Field::KommuneKode}},
    {QT_TRANSLATE_NOOP("dtr::DetailsPanel", "Kontakt"), {Field::Email, Field::TelefonNummer}},
    {QT_TRANSLATE_NOOP("dtr::DetailsPanel", "Placering"), {Field::GeoBredde, Field::GeoLaengde, Field::DawaId}},
    {QT_TRANSLATE_NOOP("dtr::DetailsPanel", "Status"), {Field::Aktivitetsstatus, Field::SenestOpdateret}},
};

} // namespace

DetailsPanel::DetailsPanel(const CodeTables &codes, QWidget *parent)
    : QWidget(parent)
    , m_codes(codes)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_recordPage(new QWidget)
    , m_messagePage(new QLabel)
    , m_extrasBox(new QGroupBox(tr("Øvrige felter fra udtrækket")))
    , m_extrasForm(new QFormLayout(m_extrasBox))
{
    setAccessibleName(tr("Detaljer"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setWordWrap(true);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);

    auto *recordLayout = new QVBoxLayout(m_recordPage);
    for (size_t g = 0; g < std::size(groups); ++g) {
        auto *box = new QGroupBox(tr(groups[g].title));
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (Field f : groups[g].fields)
            m_editors.insert(f, addRow(form, f));
        m_groups[g] = box;
        recordLayout->addWidget(box);
    }
    recordLayout->addWidget(m_extrasBox);
    recordLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_recordPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_messagePage->setWordWrap(true);
    m_messagePage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_messagePage->setMargin(8);
    m_pages->addWidget(m_messagePage);
    m_pages->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_pages, 1);
    clear();
}

QLineEdit *DetailsPanel::addRow(QFormLayout *form, Field field)
{
    auto *edit = new QLineEdit;
    edit->setReadOnly(true);
    edit->setAccessibleName(fieldLabel(field));
    edit->setObjectName(QLatin1String(fieldKey(field)));
    auto *label = new QLabel(fieldLabel(field) + QLatin1Char(':'));
    label->setBuddy(edit);
    form->addRow(label, edit);
    m_labels.insert(field, label);
    return edit;
}

void DetailsPanel::setRegister(const Register *reg)
{
    m_register = reg;
    clear();
}

QString DetailsPanel::heading() const
{
    return m_heading->text();
}

void DetailsPanel::clear()
{
    m_heading->setText(tr("Ingen post valgt"));
    m_subheading->clear();
    m_messagePage->setText(tr("Vælg en post i træet for at se alle dens felter."));
    m_pages->setCurrentIndex(0);
}

QString DetailsPanel::displayValue(Field field, const QString &value) const
{
    bool ok = false;
    const int code = value.trimmed().toInt(&ok);
    const CodeTable *table = nullptr;
    switch (field) {
    case Field::EjerformKode:
        table = &m_codes.ejerform;
        break;
    case Field::LovgrundlagKode:
        table = &m_codes.lovgrundlag;
        break;
    case Field::InstType3:
        table = &m_codes.instType3;
        break;
    case Field::AdmKommuneKode:
    case Field::KommuneKode:
        table = &m_codes.kommune;
        break;
    default:
        return value;
    }
    if (!ok)
        return value;
    if (!table->contains(code))
        return tr("%1 (ukendt kode)").arg(value);
    return QStringLiteral("%1 – %2").arg(value, table->label(code));
}

void DetailsPanel::showRecord(int recordIndex)
{
    if (!m_register || recordIndex < 0 || recordIndex >= m_register->size()) {
        clear();
        return;
    }
    const Record &r = m_register->record(recordIndex);
    const Level level = r.level();
    m_heading->setText(r.navn().isEmpty() ? tr("(uden navn)") : r.navn());
    m_subheading->setText(tr("%1 %2 · %3")
                              .arg(levelLabel(level), r.nummer(),
                                   r.isActive() ? tr("aktiv") : tr("nedlagt")));
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const bool shown = hasField(level, it.key());
        it.value()->setVisible(shown);
        m_labels.value(it.key())->setVisible(shown);
        if (!shown)
            continue;
        const QString value = r.value(it.key());
        it.value()->setText(displayValue(it.key(), value));
        it.value()->setCursorPosition(0);
        it.value()->setToolTip(value);
    }
    for (size_t g = 0; g < std::size(groups); ++g) {
        bool any = false;
        for (Field f : groups[g].fields)
            any = any || hasField(level, f);
        m_groups[g]->setVisible(any);
    }

    while (m_extrasForm->rowCount() > 0)
        m_extrasForm->removeRow(0);
    const QStringList &names = m_register->extraNames(level);
    for (int e = 0; e < names.size(); ++e) {
        auto *edit = new QLineEdit(r.extra(e));
        edit->setReadOnly(true);
        edit->setAccessibleName(names[e]);
        m_extrasForm->addRow(names[e] + QLatin1Char(':'), edit);
    }
    m_extrasBox->setVisible(!names.isEmpty());
    m_pages->setCurrentIndex(1);
}

void DetailsPanel::showKommune(int kommuneKode)
{
    m_heading->setText(kommuneKode == Register::UnknownKommune ? tr("Ukendt kommune")
                                                               : m_codes.kommuneName(kommuneKode));
    m_subheading->setText(kommuneKode == Register::UnknownKommune
                              ? tr("Daginstitutioner uden en gyldig administrativ kommunekode")
                              : tr("Kommunekode %1 · %2").arg(kommuneKode).arg(m_codes.kommuneRegion.value(kommuneKode)));
    int dag = 0, units = 0, addresses = 0;
    if (m_register) {
        const int row = m_register->kommuneRowOf(kommuneKode);
        for (int d : m_register->daginstitutionerIn(row)) {
            ++dag;
            for (int u : m_register->childrenOf(d)) {
                ++units;
                addresses += int(m_register->childrenOf(u).size());
            }
        }
    }
    m_messagePage->setText(tr("Daginstitutioner: %1\nAnvisningsenheder: %2\nAlternative adresser: %3")
                               .arg(dag)
                               .arg(units)
                               .arg(addresses));
    m_pages->setCurrentIndex(0);
}

void DetailsPanel::showOrphanGroup()
{
    m_heading->setText(tr("Uden gyldig overordnet"));
    m_subheading->clear();
    m_messagePage->setText(tr("Disse poster peger på en daginstitution eller anvisningsenhed, som ikke findes i "
                              "udtrækket. Registeret kan indeholde sådanne gamle poster; de skal flyttes til en "
                              "gyldig overordnet eller lukkes."));
    m_pages->setCurrentIndex(0);
}

} // namespace dtr

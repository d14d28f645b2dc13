#include "DetailsPanel.h"

#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "validation/Validator.h"
#include "validation/WorstSeverity.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
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

// What may be typed into a field of known shape; partial input is fine (the rules judge the whole).
QString typedShape(Field field)
{
    switch (field) {
    case Field::PNummer:
        return QStringLiteral("[0-9]{0,10}");
    case Field::PostNummer:
        return QStringLiteral("[0-9]{0,4}");
    case Field::TelefonNummer:
        return QStringLiteral("\\+?[0-9 ]{0,19}");
    default:
        return {};
    }
}

bool isUndoKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo);
}

bool isRedoKey(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Redo) || combination == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
           combination == QKeyCombination(Qt::CTRL, Qt::Key_Y);
}

const auto ChangedStyle = QStringLiteral("background-color: #fff3c4;");
const auto ErrorStyle = QStringLiteral("border: 2px solid #e03131;");
const auto WarningStyle = QStringLiteral("border: 2px solid #f08c00;");

} // namespace

DetailsPanel::DetailsPanel(const CodeTables &codes, QWidget *parent)
    : QWidget(parent)
    , m_codes(codes)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_recordProblems(new QLabel(this))
    , m_pages(new QStackedWidget(this))
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

    auto *recordPage = new QWidget;
    auto *recordLayout = new QVBoxLayout(recordPage);
    for (const Group &g : groups) {
        auto *box = new QGroupBox(tr(g.title));
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (Field f : g.fields) {
            QWidget *editor = createEditor(f);
            auto *label = new QLabel(fieldLabel(f) + QLatin1Char(':'));
            label->setBuddy(editor);
            form->addRow(label, editor);
            m_labels.insert(f, label);
            m_editors.insert(f, editor);
        }
        m_groups.append(box);
        recordLayout->addWidget(box);
    }
    recordLayout->addWidget(m_extrasBox);
    recordLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(recordPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_messagePage->setWordWrap(true);
    m_messagePage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_messagePage->setMargin(8);
    m_pages->addWidget(m_messagePage);
    m_pages->addWidget(scroll);

    m_recordProblems->setWordWrap(true);
    m_recordProblems->setTextFormat(Qt::RichText);
    m_recordProblems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_recordProblems);
    layout->addWidget(m_pages, 1);
    clear();
}

bool DetailsPanel::isCoded(Field field) const
{
    return m_codes.tableFor(field) != nullptr;
}

QWidget *DetailsPanel::createEditor(Field field)
{
    QWidget *widget;
    if (isCoded(field)) {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::activated, this, [this, field, combo](int row) {
            if (!m_updating && m_editor && m_record >= 0 &&
                !m_editor->setField(m_record, field, combo->itemData(row).toString()))
                refresh(); // refused (the editor says why): show what the change set holds
        });
        widget = combo;
    } else {
        auto *edit = new QLineEdit;
        edit->setMaxLength(ChangeSet::maxLength(field));
        if (const QString shape = typedShape(field); !shape.isEmpty())
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(shape), edit));
        edit->installEventFilter(this);
        QAction *mark = edit->addAction(QIcon(QStringLiteral(":/icons/aendret.png")), QLineEdit::TrailingPosition);
        mark->setVisible(false);
        m_markActions.insert(field, mark);
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { commitText(field, text, true); });
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (m_editor)
                m_editor->finishTyping();
        });
        widget = edit;
    }
    widget->setAccessibleName(fieldLabel(field));
    widget->setObjectName(QLatin1String(fieldKey(field)));
    return widget;
}

QLineEdit *DetailsPanel::lineEdit(Field field) const
{
    return qobject_cast<QLineEdit *>(m_editors.value(field));
}

QComboBox *DetailsPanel::comboBox(Field field) const
{
    return qobject_cast<QComboBox *>(m_editors.value(field));
}

void DetailsPanel::commitText(Field field, const QString &text, bool typing)
{
    if (m_updating || !m_editor || m_record < 0)
        return;
    // A refused value is not left in the field: the next keystroke would send it again and be
    // refused again. The editor has said why once; the field shows what the change set holds.
    if (!m_editor->setField(m_record, field, text, typing))
        refresh();
}

bool DetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_editor)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Claim the undo/redo keys from the window's shortcuts so they come to the field as a key
        // press, and from the line edit's own text undo (handled below, before it sees them).
        auto *key = static_cast<QKeyEvent *>(event);
        if (isUndoKey(key) || isRedoKey(key)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = isUndoKey(key);
        if (!undo && !isRedoKey(key))
            break;
        m_editor->finishTyping();
        if (undo)
            m_editor->undoStack()->undo();
        else
            m_editor->undoStack()->redo();
        return true;
    }
    case QEvent::FocusOut:
        m_editor->finishTyping(); // also when a value of the wrong shape never finishes editing
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void DetailsPanel::setEditor(Editor *editor)
{
    if (m_editor)
        m_editor->changeSet()->disconnect(this);
    m_editor = editor;
    m_overlay = editor ? editor->changeSet()->overlay() : nullptr;
    if (editor) {
        // Only a change to the shown record, or to the tree's shape (its parent's place), shows.
        connect(editor->changeSet(), &ChangeSet::changed, this, [this](const ChangeDelta &delta) {
            if (m_record >= 0 && (delta.structural || delta.touches(m_record)))
                refresh();
        });
    }
    clear();
}

QString DetailsPanel::heading() const
{
    return m_heading->text();
}

void DetailsPanel::setRegisterNotes(const QHash<QString, QString> &refused, const QHash<QString, QString> &unknown)
{
    m_refused = refused;
    m_unknown = unknown;
    refresh();
}

void DetailsPanel::clear()
{
    m_record = -1;
    m_recordProblems->hide();
    m_heading->setText(tr("Ingen post valgt"));
    m_subheading->clear();
    m_messagePage->setText(tr("Vælg en post i træet for at se og rette alle dens felter."));
    m_pages->setCurrentIndex(0);
}

void DetailsPanel::fillCombo(QComboBox *combo, Field field, const QString &value)
{
    const CodeTable *table = m_codes.tableFor(field);
    combo->clear();
    bool ok = false;
    const int code = value.trimmed().toInt(&ok);
    // A value outside the table (legacy data) stays visible and selectable as it is.
    if (!value.isEmpty() && (!ok || !table->contains(code)))
        combo->addItem(tr("%1 (ukendt kode)").arg(value), value);
    if (value.isEmpty())
        combo->addItem(tr("(ikke udfyldt)"), QString());
    for (auto it = table->labels.cbegin(); it != table->labels.cend(); ++it)
        combo->addItem(QStringLiteral("%1 – %2").arg(it.key()).arg(it.value()), QString::number(it.key()));
    combo->setCurrentIndex(std::max(0, combo->findData(ok && table->contains(code) ? QString::number(code) : value)));
}

void DetailsPanel::markField(Field field, bool changed, const QString &before)
{
    QWidget *editor = m_editors.value(field);
    QLabel *label = m_labels.value(field);
    QStringList tips;
    QString style = changed ? ChangedStyle : QString();
    if (changed)
        tips << tr("før: %1").arg(before.isEmpty() ? tr("(tom)") : before);
    int worst = -1;
    if (m_validator) {
        const QList<Finding> &findings = m_validator->findingsOf(m_record);
        for (const Finding &f : findings)
            if (f.field == field)
                tips << QStringLiteral("%1: %2").arg(findingSeverityText(f), f.message);
        worst = worstSeverity(findings, [field](const Finding &f) { return f.field == field; });
    }
    if (worst == int(Severity::Error))
        style += ErrorStyle;
    else if (worst == int(Severity::Warning))
        style += WarningStyle;
    const QString tip = tips.join(QLatin1Char('\n'));
    editor->setStyleSheet(style);
    editor->setToolTip(tip);
    label->setToolTip(tip);
    QFont font = label->font();
    font.setBold(changed);
    label->setFont(font);
    if (QAction *mark = m_markActions.value(field)) {
        mark->setVisible(changed);
        mark->setToolTip(tip);
    }
}

void DetailsPanel::setValidator(Validator *validator)
{
    if (m_validator)
        m_validator->disconnect(this);
    m_validator = validator;
    if (validator)
        connect(validator, &Validator::findingsChanged, this, [this] {
            if (m_record >= 0)
                refresh();
        });
}

void DetailsPanel::focusField(Field field)
{
    QWidget *editor = m_editors.value(field);
    if (editor && editor->isVisible())
        editor->setFocus(Qt::OtherFocusReason);
    else
        focusFirstField();
}

void DetailsPanel::showRecord(int recordIndex)
{
    if (!m_overlay || !m_overlay->isLive(recordIndex)) {
        clear();
        return;
    }
    m_record = recordIndex;
    refresh();
    m_pages->setCurrentIndex(1);
}

void DetailsPanel::refresh()
{
    if (!m_overlay || !m_overlay->isLive(m_record)) {
        clear();
        return;
    }
    const QScopedValueRollback<bool> guard(m_updating, true);
    const Record &r = m_overlay->record(m_record);
    const Level level = r.level();
    const RecordChange *change = m_editor->changeSet()->changeOf(m_record);
    m_heading->setText(r.navn().isEmpty() ? tr("(uden navn)") : r.navn());
    QString state = r.isActive() ? tr("aktiv") : tr("nedlagt");
    if (change && change->created)
        state = tr("ny – oprettes ved indsendelse");
    else if (change && change->closed)
        state = tr("lukkes ved indsendelse");
    m_subheading->setText(tr("%1 %2 · %3").arg(levelLabel(level), r.nummer(), state));
    const bool editable = r.isActive() && m_editor;

    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const Field f = it.key();
        const bool shown = hasField(level, f);
        it.value()->setVisible(shown);
        m_labels.value(f)->setVisible(shown);
        if (!shown)
            continue;
        const QString value = r.value(f);
        const bool canEdit = editable && ChangeSet::isEditable(level, f);
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            if (combo->currentData().toString() != value || combo->count() == 0)
                fillCombo(combo, f, value);
            combo->setEnabled(canEdit);
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (edit->text() != value) {
                edit->setText(value);
                edit->setCursorPosition(0);
            }
            edit->setReadOnly(!canEdit);
        }
        const bool changed = change && !change->created && change->fields.contains(f);
        markField(f, changed, changed ? change->fields.value(f).first : QString());
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        bool any = false;
        for (Field f : groups[g].fields)
            any = any || hasField(level, f);
        m_groups[g]->setVisible(any);
    }

    // What the register said last, then findings about the record as a whole (not one field),
    // show under the heading.
    QStringList recordProblems;
    const QString id = recordId(r.level(), r.nummer());
    if (m_unknown.contains(id))
        recordProblems << QStringLiteral("<b>%1</b> %2")
                              .arg(tr("Uvist udfald af en indsendelse:"), m_unknown.value(id).toHtmlEscaped());
    if (m_refused.contains(id))
        recordProblems << QStringLiteral("<b>%1</b> %2")
                              .arg(tr("Registeret afviste sidst:"), m_refused.value(id).toHtmlEscaped().replace(
                                                                        QLatin1Char('\n'), QStringLiteral("<br>")));
    if (m_validator)
        for (const Finding &f : m_validator->findingsOf(m_record))
            if (!f.field || !hasField(level, *f.field))
                recordProblems
                    << QStringLiteral("<b>%1:</b> %2").arg(findingSeverityText(f), f.message.toHtmlEscaped());
    m_recordProblems->setText(recordProblems.join(QStringLiteral("<br>")));
    m_recordProblems->setVisible(!recordProblems.isEmpty());

    while (m_extrasForm->rowCount() > 0)
        m_extrasForm->removeRow(0);
    const QStringList &names = m_overlay->base().extraNames(level);
    for (int e = 0; e < names.size(); ++e) {
        auto *edit = new QLineEdit(r.extra(e));
        edit->setReadOnly(true);
        edit->setAccessibleName(names[e]);
        m_extrasForm->addRow(names[e] + QLatin1Char(':'), edit);
    }
    m_extrasBox->setVisible(!names.isEmpty());
}

void DetailsPanel::focusFirstField()
{
    if (QLineEdit *name = lineEdit(Field::Navn); name && name->isVisible())
        name->setFocus(Qt::ShortcutFocusReason);
}

void DetailsPanel::showKommune(int kommuneKode)
{
    m_record = -1;
    m_recordProblems->hide();
    m_heading->setText(kommuneKode == Register::UnknownKommune ? tr("Ukendt kommune")
                                                               : m_codes.kommuneName(kommuneKode));
    m_subheading->setText(
        kommuneKode == Register::UnknownKommune
            ? tr("Daginstitutioner uden en gyldig administrativ kommunekode")
            : tr("Kommunekode %1 · %2").arg(kommuneKode).arg(m_codes.kommuneRegion.value(kommuneKode)));
    int dag = 0, units = 0, addresses = 0;
    if (m_overlay) {
        for (int d : m_overlay->children({TreeNode::Kommune, kommuneKode})) {
            ++dag;
            for (int u : m_overlay->childrenOf(d)) {
                ++units;
                addresses += int(m_overlay->childrenOf(u).size());
            }
        }
    }
    m_messagePage->setText(
        tr("Daginstitutioner: %1\nAnvisningsenheder: %2\nAlternative adresser: %3").arg(dag).arg(units).arg(addresses));
    m_pages->setCurrentIndex(0);
}

void DetailsPanel::showOrphanGroup()
{
    m_record = -1;
    m_recordProblems->hide();
    m_heading->setText(tr("Uden gyldig overordnet"));
    m_subheading->clear();
    m_messagePage->setText(tr("Disse poster peger på en daginstitution eller anvisningsenhed, som ikke findes i "
                              "udtrækket. Registeret kan indeholde sådanne gamle poster; de skal flyttes til en "
                              "gyldig overordnet eller lukkes."));
    m_pages->setCurrentIndex(0);
}

} // namespace dtr

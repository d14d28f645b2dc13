#include "StandInRegister.h"

#include "changes/ChangeFile.h"
#include "codes/CodeTables.h"
#include "geo/Geography.h"
#include "io/XmlNames.h"
#include "io/XmlSnapshot.h"
#include "service/Payload.h"
#include "service/SoapMessage.h"
#include "validation/DuplicateIndex.h"
#include "validation/Rules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace dtr {

using namespace ServiceNames;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::StandInRegister", text);
}

// The rules the real register enforces on a write (the rest are a careful steward's).
const QStringList enforced{QStringLiteral("felt-mangler"),        QStringLiteral("laengde"),
                           QStringLiteral("kode-ukendt"),
                           QStringLiteral("kommunekode-ukendt"), // split from kode-ukendt (issue 15)
                           QStringLiteral("pnummer-format"),      QStringLiteral("postnummer-format"),
                           QStringLiteral("husnummer-format"),    QStringLiteral("krydsvalidering-ejerform"),
                           QStringLiteral("krydsvalidering-type")};

Level levelOf(Method m)
{
    switch (m) {
    case Method::InsertDaginstitution:
    case Method::UpdateDaginstitution:
    case Method::DeleteDaginstitution:
        return Level::Daginstitution;
    case Method::InsertAlternativAdresse:
    case Method::UpdateAlternativAdresse:
    case Method::DeleteAlternativAdresse:
    case Method::MoveAlternativAdresse:
        return Level::AlternativAdresse;
    default:
        return Level::Anvisningsenhed;
    }
}

QString now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

} // namespace

Register materialize(const Overlay &overlay)
{
    Register out;
    for (int l = 0; l < LevelCount; ++l)
        out.setExtraNames(Level(l), overlay.base().extraNames(Level(l)));
    out.reserve(overlay.size());
    for (int i = 0; i < overlay.size(); ++i)
        if (overlay.isLive(i))
            out.add(overlay.record(i));
    out.setExtractedAt(now());
    out.finalize();
    return out;
}

StandInRegister::StandInRegister(std::shared_ptr<const Register> data)
    : m_data(data)
    , m_changes(std::make_unique<ChangeSet>(data))
    , m_fingerprint(ChangeFile::fingerprint(*data))
{
    m_changes->setRegisterOwned(true);
    QString error;
    m_schema = XmlSchema::fromBytes(XmlSchema::bundledRegisterSchema(), &error);
    Q_ASSERT_X(m_schema, "StandInRegister", qPrintable(error));
    // Active in the fake CVR: the P-numbers of active units, and the bundled list.
    for (const Record &r : data->records())
        if (r.level() == Level::Anvisningsenhed && r.isActive())
            m_activePNumbers.insert(r.value(Field::PNummer));
    QFile list(QStringLiteral(":/service/aktive-pnumre.txt"));
    if (list.open(QIODevice::ReadOnly))
        for (const QByteArray &line : list.readAll().split('\n'))
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                m_activePNumbers.insert(QString::fromLatin1(line.trimmed()));
    // Numbers are never reused: start above every number the register has seen.
    for (const Record &r : data->records()) {
        const QString n = r.nummer();
        if (n.size() == 6 && n.startsWith(QLatin1Char('G')))
            m_nextNumber = std::max(m_nextNumber, n.mid(1).toInt() + 1);
    }
    m_nextNumber = std::max(m_nextNumber, 10000);
}

bool StandInRegister::setStateFile(const QString &path, QString *error)
{
    m_statePath = path;
    QFile file(path);
    if (!file.exists())
        return saveState(error);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 kan ikke åbnes: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("fingerprint")).toString() != m_fingerprint) {
        *error = tr("%1 hører til andre data end dem, registeret er startet med.").arg(path);
        return false;
    }
    QList<Step> steps;
    for (const QJsonValue &v : root.value(QStringLiteral("steps")).toArray()) {
        Step step;
        if (!ChangeFile::stepFromJson(v.toObject(), &step, error))
            return false;
        steps.append(step);
    }
    m_nextNumber = std::max(m_nextNumber, root.value(QStringLiteral("nextNumber")).toInt());
    return m_changes->load(steps, int(steps.size()), error);
}

bool StandInRegister::saveState(QString *error) const
{
    if (m_statePath.isEmpty())
        return true;
    QJsonArray steps;
    for (int s = 0; s < m_changes->position(); ++s)
        steps.append(ChangeFile::stepToJson(m_changes->steps()[s]));
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("fingerprint"), m_fingerprint},
                                                       {QStringLiteral("nextNumber"), m_nextNumber},
                                                       {QStringLiteral("steps"), steps}})
                                 .toJson(QJsonDocument::Compact);
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 kan ikke skrives: %2").arg(m_statePath, file.errorString());
        return false;
    }
    return true;
}

QString StandInRegister::issueNumber()
{
    return QStringLiteral("G%1").arg(m_nextNumber++, 5, 10, QLatin1Char('0'));
}

bool StandInRegister::methodOf(Service service, const QByteArray &body, Method *method)
{
    Soap::Request request;
    QString error;
    return Soap::parseRequest(body, &request, &error) && methodFromName(service, request.method, method);
}

StandInRegister::Answer StandInRegister::handle(Service service, const QByteArray &body)
{
    Soap::Request request;
    QString error;
    if (!Soap::parseRequest(body, &request, &error))
        return {500, Soap::fault(QStringLiteral("Client"), tr("Forespørgslen kan ikke læses: %1").arg(error))};
    Method method;
    if (!methodFromName(service, request.method, &method))
        return {500, Soap::fault(QStringLiteral("Client"), tr("Ukendt metode %1.").arg(request.method))};
    if (service == Service::Export || method == Method::ImportHelloWorld || method == Method::GetXMLSchema) {
        const QString parameter =
            parameterName(method).isEmpty() ? QString() : request.parameter(QString(parameterName(method)));
        return exportAnswer(method, parameter);
    }
    return importAnswer(method, request.payload);
}

StandInRegister::Answer StandInRegister::exportAnswer(Method method, const QString &parameter)
{
    if (method == Method::HelloWorld || method == Method::ImportHelloWorld)
        return {200, Soap::response(method, {}, QStringLiteral("Hello ") + now())};
    if (method == Method::GetXMLSchema)
        return {200, Soap::response(method, {}, QString::fromUtf8(XmlSchema::bundledRegisterSchema()))};
    if (method == Method::GetKodetabeller)
        return {200, Soap::response(method, CodeTables::bundled().toXml())};

    const Register reg = materialize(*m_changes->overlay());
    const auto descendants = [&](int index, std::vector<int> *out) {
        out->push_back(index);
        for (int child : reg.childrenOf(index)) {
            out->push_back(child);
            for (int grandchild : reg.childrenOf(child))
                out->push_back(grandchild);
        }
    };
    const auto whole = [&](const std::vector<int> &dags) {
        // A dagtilbudsRegister answer: the chosen daginstitutioner with everything below them.
        std::vector<int> keep;
        for (int d : dags)
            descendants(d, &keep);
        std::sort(keep.begin(), keep.end());
        Register part;
        for (int l = 0; l < LevelCount; ++l)
            part.setExtraNames(Level(l), reg.extraNames(Level(l)));
        for (int i : keep)
            part.add(reg.record(i));
        part.setExtractedAt(reg.extractedAt());
        part.finalize();
        return Answer{200, Soap::response(method, XmlSnapshot::toBytes(part))};
    };
    const auto flat = [&](Level level, const std::function<bool(int)> &wanted) {
        std::vector<int> chosen;
        for (int i = 0; i < reg.size(); ++i)
            if (reg.record(i).level() == level && wanted(i))
                chosen.push_back(i);
        return Answer{200, Soap::response(method, XmlSnapshot::toFlatBytes(reg, level, chosen))};
    };
    const auto is = [&](int i, Field f) { return reg.record(i).value(f) == parameter; };
    const auto nameContains = [&](int i) { return reg.record(i).navn().contains(parameter, Qt::CaseInsensitive); };
    const auto parentIs = [&](int i, Field f) {
        const int p = reg.parentOf(i);
        return p >= 0 && reg.record(p).value(f) == parameter;
    };
    std::vector<int> dags;
    switch (method) {
    case Method::GetAllDagtilbud:
        for (int i = 0; i < reg.size(); ++i)
            if (reg.record(i).level() == Level::Daginstitution)
                dags.push_back(i);
        return whole(dags);
    case Method::GetDagtilbudByAdmKommuneNummer:
        for (int i = 0; i < reg.size(); ++i)
            if (reg.record(i).level() == Level::Daginstitution &&
                reg.record(i).code(Field::AdmKommuneKode) == parameter.trimmed().toInt())
                dags.push_back(i);
        return whole(dags);
    case Method::GetDagtilbudByDagInstitutionsNummer:
        if (const int i = reg.find(Level::Daginstitution, parameter); i >= 0)
            dags.push_back(i);
        return whole(dags);
    case Method::GetAllDaginstitutioner:
        return flat(Level::Daginstitution, [](int) { return true; });
    case Method::GetDaginstitutionByNummer:
        return flat(Level::Daginstitution, [&](int i) { return is(i, Field::Nummer); });
    case Method::GetDaginstitutionByNavn:
        return flat(Level::Daginstitution, nameContains);
    case Method::GetAllAnvisningsEnheder:
        return flat(Level::Anvisningsenhed, [](int) { return true; });
    case Method::GetAnvisningsEnhederByPnummer:
        return flat(Level::Anvisningsenhed, [&](int i) { return is(i, Field::PNummer); });
    case Method::GetAnvisningsEnhederByNummer:
        return flat(Level::Anvisningsenhed, [&](int i) { return is(i, Field::Nummer); });
    case Method::GetAnvisningsEnhederByCvrnummer:
        return flat(Level::Anvisningsenhed, [&](int i) { return is(i, Field::CvrNummer); });
    case Method::GetAnvisningsEnhederByNavn:
        return flat(Level::Anvisningsenhed, nameContains);
    case Method::GetAnvisningsEnhederByDaginstitutionsnummer:
        return flat(Level::Anvisningsenhed, [&](int i) { return is(i, Field::ParentNummer); });
    case Method::GetAllAlternativAdresser:
        return flat(Level::AlternativAdresse, [](int) { return true; });
    case Method::GetAlternativAdresserByCvrnummer:
        return flat(Level::AlternativAdresse, [&](int i) { return parentIs(i, Field::CvrNummer); });
    case Method::GetAlternativAdresserByPnummer:
        return flat(Level::AlternativAdresse, [&](int i) { return parentIs(i, Field::PNummer); });
    default:
        break;
    }
    return {500,
            Soap::fault(QStringLiteral("Server"), tr("Metoden %1 er ikke en udtræksmetode.").arg(methodName(method)))};
}

QByteArray StandInRegister::importSvar(const QList<ImportError> &errors, const QString &number) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(ImportSvar);
    xml.writeTextElement(ImportStatus, errors.isEmpty() ? QString(ImportStatusOk) : QString(ImportStatusError));
    if (errors.isEmpty() && !number.isEmpty())
        xml.writeTextElement(ImportNumber, number);
    for (const ImportError &e : errors) {
        xml.writeStartElement(ServiceNames::ImportError);
        xml.writeTextElement(ImportErrorCode, e.code);
        if (!e.field.isEmpty())
            xml.writeTextElement(ImportErrorField, e.field);
        xml.writeTextElement(ImportErrorMessage, e.message);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

StandInRegister::Answer StandInRegister::importAnswer(Method method, const QByteArray &payload)
{
    if (payload.isEmpty())
        return {200, Soap::response(method, importSvar({{QStringLiteral("SKEMA"),
                                                         {},
                                                         tr("Der er intet XML-dokument i "
                                                            "forespørgslen.")}}))};
    QStringList schemaErrors;
    if (!m_schema->validate(payload, &schemaErrors)) {
        QList<ImportError> errors;
        for (const QString &e : schemaErrors)
            errors.append({QStringLiteral("SKEMA"), {}, tr("Skemafejl: %1").arg(e)});
        return {200, Soap::response(method, importSvar(errors))};
    }
    if (method == Method::ValidateXmlAgainstSchema)
        return {200, Soap::response(method, importSvar({}))};
    Record record;
    QString error;
    if (!Payload::read(payload, &record, &error))
        return {200, Soap::response(method, importSvar({{QStringLiteral("SKEMA"), {}, error}}))};
    if (record.level() != levelOf(method))
        return {200,
                Soap::response(method, importSvar({{QStringLiteral("SKEMA"),
                                                    {},
                                                    tr("%1 tager en %2, ikke en %3.")
                                                        .arg(methodName(method), levelLabel(levelOf(method)).toLower(),
                                                             levelLabel(record.level()).toLower())}}))};
    QString issued;
    const QList<ImportError> errors = write(method, record, &issued);
    if (errors.isEmpty() && !saveState(&error))
        return {500, Soap::fault(QStringLiteral("Server"), error)};
    return {200, Soap::response(method, importSvar(errors, issued))};
}

QList<StandInRegister::ImportError> StandInRegister::registerRules(int index) const
{
    const Overlay &o = *m_changes->overlay();
    QList<ImportError> errors;
    const DuplicateIndex noDuplicates;
    const RuleContext context{o, CodeTables::bundled(), noDuplicates, Geography::bundled()};
    const auto check = [&](int i) {
        const Record &r = o.record(i);
        for (const Rule &rule : validationRules()) {
            if (!rule.appliesTo(r.level()) || !enforced.contains(QString(rule.id)))
                continue;
            rule.check(context, i, r, [&](std::optional<Field> field, const QString &message) {
                errors.append({QString(rule.id).toUpper().replace(QLatin1Char('-'), QLatin1Char('_')),
                               field ? QString(XmlNames::fieldElement(r.level(), *field)) : QString(),
                               i == index ? message : tr("%1 %2: %3").arg(levelLabel(r.level()), r.nummer(), message)});
            });
        }
    };
    check(index);
    // A daginstitution's lovgrundlag constrains every unit below it (v2.0).
    if (o.record(index).level() == Level::Daginstitution)
        for (int child : o.childrenOf(index))
            if (o.isLive(child) && o.record(child).isActive())
                check(child);
    const Record &r = o.record(index);
    if (r.level() == Level::Anvisningsenhed && !r.value(Field::PNummer).isEmpty() &&
        !m_activePNumbers.contains(r.value(Field::PNummer)))
        errors.append({QStringLiteral("P_NUMMER_IKKE_AKTIV"),
                       QString(XmlNames::fieldElement(r.level(), Field::PNummer)),
                       tr("P-nummer %1 er ikke aktivt i CVR.").arg(r.value(Field::PNummer))});
    return errors;
}

QList<StandInRegister::ImportError> StandInRegister::write(Method method, const Record &payload, QString *issued)
{
    ChangeSet &c = *m_changes;
    const Overlay &o = *c.overlay();
    const Level level = payload.level();
    QString error;
    Step step;
    const QString nummer = payload.nummer();
    const int existing = nummer.isEmpty() ? -1 : o.find(level, nummer);
    switch (method) {
    case Method::InsertDaginstitution:
    case Method::InsertAnvisningsEnhed:
    case Method::InsertAlternativAdresse: {
        if (!nummer.isEmpty())
            return {{QStringLiteral("NUMMER_UDSTEDES"), QString(XmlNames::fieldElement(level, Field::Nummer)),
                     tr("Institutionsnumre udstedes af registeret og må ikke sendes ved oprettelse.")}};
        Record created = payload;
        *issued = issueNumber();
        created.setValue(Field::Nummer, *issued);
        created.setValue(Field::Aktivitetsstatus, QString(statusAktiv));
        created.setValue(Field::SenestOpdateret, now());
        if (level == Level::Anvisningsenhed) {
            // CVR follows the P-unit; the fake CVR gives the parent's siblings' CVR.
            const int parent = o.find(Level::Daginstitution, created.parentNummer());
            for (int sibling : parent >= 0 ? o.childrenOf(parent) : std::span<const int>())
                if (!o.record(sibling).value(Field::CvrNummer).isEmpty())
                    created.setValue(Field::CvrNummer, o.record(sibling).value(Field::CvrNummer));
        }
        Operation op{OpKind::Create, level, *issued, Field::Nummer, {}, {}, {}};
        QList<QString> values = created.cells();
        values.resize(fieldsOf(level).size());
        op.values = values;
        step = {methodName(method), {op}, {}};
        break;
    }
    case Method::UpdateDaginstitution:
    case Method::UpdateAnvisningsEnhed:
    case Method::UpdateAlternativAdresse: {
        if (existing < 0 || !o.record(existing).isActive())
            return {{QStringLiteral("FINDES_IKKE"),
                     {},
                     tr("%1 %2 findes ikke eller er nedlagt.").arg(levelLabel(level), nummer)}};
        step.text = methodName(method);
        for (Field f : fieldsOf(level)) {
            if (!ChangeSet::isEditable(level, f) || o.record(existing).value(f) == payload.value(f))
                continue;
            step.ops.append({OpKind::Update, level, nummer, f, o.record(existing).value(f), payload.value(f), {}});
        }
        step.ops.append({OpKind::Update,
                         level,
                         nummer,
                         Field::SenestOpdateret,
                         o.record(existing).value(Field::SenestOpdateret),
                         now(),
                         {}});
        *issued = nummer;
        break;
    }
    case Method::DeleteDaginstitution:
    case Method::DeleteAnvisningsEnhed:
    case Method::DeleteAlternativAdresse: {
        if (existing < 0)
            return {{QStringLiteral("FINDES_IKKE"), {}, tr("%1 %2 findes ikke.").arg(levelLabel(level), nummer)}};
        const QString refusal = c.closeRefusal(existing);
        if (!refusal.isEmpty())
            return {{QStringLiteral("HAR_UNDERPOSTER"), {}, refusal}};
        step = c.closeStep(existing);
        *issued = nummer;
        break;
    }
    case Method::MoveAnvisningsEnhed:
    case Method::MoveAlternativAdresse: {
        Level parentLvl = Level::Daginstitution;
        parentLevel(level, &parentLvl);
        const int target = o.find(parentLvl, payload.parentNummer());
        if (existing < 0 || target < 0)
            return {{QStringLiteral("FINDES_IKKE"),
                     {},
                     tr("%1 eller målet %2 findes ikke.").arg(nummer, payload.parentNummer())}};
        const QString refusal = c.moveRefusal(existing, target);
        if (!refusal.isEmpty())
            return {{QStringLiteral("FLYTNING"), QString(XmlNames::fieldElement(level, Field::ParentNummer)), refusal}};
        step = c.moveStep(existing, target);
        *issued = nummer;
        break;
    }
    default:
        return {{QStringLiteral("METODE"), {}, tr("%1 er ikke en skrivemetode.").arg(methodName(method))}};
    }

    if (c.push(step, &error) == ChangeSet::Result::Refused)
        return {{QStringLiteral("HIERARKI"), {}, error}};
    c.sealMerging();
    const int index = o.find(level, *issued);
    if (method == Method::DeleteDaginstitution || method == Method::DeleteAnvisningsEnhed ||
        method == Method::DeleteAlternativAdresse)
        return {};
    const QList<ImportError> errors = registerRules(index);
    if (!errors.isEmpty()) {
        // Refused: as if it never happened (the number issued is not reused either).
        c.setPosition(c.position() - 1);
    }
    return errors;
}

} // namespace dtr

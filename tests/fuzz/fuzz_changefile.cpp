// libFuzzer target: importing a change file into a change set over the demo register.
// Invariants: a refusal says why; an accepted import applies as one step and undoes back to the
// base exactly.
#include "FuzzInput.h"
#include "changes/ChangeFile.h"
#include "changes/ChangeSet.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"

#include <QFile>

using namespace dtr;

namespace {

std::shared_ptr<const Register> demo()
{
    static std::shared_ptr<const Register> reg = [] {
        QFile file(QStringLiteral(DTR_DEMO_REGISTER));
        auto r = std::make_shared<Register>();
        ReadError error;
        if (!file.open(QIODevice::ReadOnly) ||
            !XmlSnapshot::readBytes(file.readAll(), QStringLiteral("demo"), r.get(), &error))
            fuzz::broken("the demo register reads");
        return r;
    }();
    return reg;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::input(data, size);
    ChangeFile::Contents contents;
    QString error;
    if (!ChangeFile::read(bytes, &contents, &error)) {
        if (error.isEmpty())
            fuzz::broken("a refused change file has a message");
        return 0;
    }
    static const QString fingerprint = ChangeFile::fingerprint(*demo());
    ChangeSet changes(demo());
    Step step;
    if (!ChangeFile::prepareImport(changes, fingerprint, contents, &step, &error)) {
        if (error.isEmpty())
            fuzz::broken("a refused import has a message");
        return 0;
    }
    const ChangeSet::Result result = changes.push(step, &error);
    if (result == ChangeSet::Result::Refused)
        fuzz::broken("a prepared import applies");
    if (result == ChangeSet::Result::Applied && !changes.setPosition(0, &error))
        fuzz::broken("an applied import undoes");
    if (changes.counts().total() != 0)
        fuzz::broken("undoing the import leaves no change");
    return 0;
}

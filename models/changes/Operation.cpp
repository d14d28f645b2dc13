#include "Operation.h"

#include <array>

namespace dtr {

namespace {
constexpr std::array<QLatin1StringView, 4> kindKeys{QLatin1StringView("create"), QLatin1StringView("update"),
                                                    QLatin1StringView("move"), QLatin1StringView("close")};
}

QLatin1StringView opKindKey(OpKind kind)
{
    return kindKeys[size_t(kind)];
}

bool opKindFromKey(QStringView key, OpKind *kind)
{
    for (size_t i = 0; i < kindKeys.size(); ++i) {
        if (key == kindKeys[i]) {
            *kind = OpKind(i);
            return true;
        }
    }
    return false;
}

QString temporaryKey(int serial)
{
    return QStringLiteral("(ny %1)").arg(serial);
}

bool isTemporaryKey(QStringView key)
{
    return key.startsWith(QLatin1String("(ny ")) && key.endsWith(QLatin1Char(')'));
}

} // namespace dtr

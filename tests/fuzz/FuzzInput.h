#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the input as a QByteArray (deep copy, so the fuzzer's buffer is
// never held), a QCoreApplication created once, and an abort that names the broken invariant.
namespace dtr::fuzz {

inline QByteArray input(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "dtr-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void broken(const char *invariant)
{
    std::fprintf(stderr, "invariant broken: %s\n", invariant);
    std::abort();
}

} // namespace dtr::fuzz

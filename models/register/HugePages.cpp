#include "HugePages.h"

#include <QtGlobal>

#include <cstdint>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dtr {

void adviseHugePages(void *data, std::size_t bytes)
{
#ifdef Q_OS_LINUX
    // Only the whole huge pages inside the range can become one.
    constexpr std::uintptr_t HugePage = 2 * 1024 * 1024;
    if (!data)
        return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + HugePage - 1) & ~(HugePage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

void keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    // Setting one threshold turns off glibc's own raising of the other, so both are set: blocks
    // up to 32 MB (its own ceiling) come from the heap, and up to 256 MB of it stay when freed.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

} // namespace dtr

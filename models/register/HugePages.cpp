#include "HugePages.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dtr {

namespace {
constexpr std::uintptr_t HugePage = 2 * 1024 * 1024;
}

void adviseHugePages(void *data, std::size_t bytes)
{
#ifdef Q_OS_LINUX
    // Only the whole huge pages inside the range can become one.
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

void *mapHugePageBlock(std::size_t bytes)
{
#ifdef Q_OS_LINUX
    // A huge page more than asked for is mapped, then the unaligned ends are given back.
    void *mapped = mmap(nullptr, bytes + HugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return nullptr;
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const auto begin = (start + HugePage - 1) & ~(HugePage - 1);
    if (begin > start)
        munmap(mapped, begin - start);
    if (const auto end = start + bytes + HugePage; end > begin + bytes)
        munmap(reinterpret_cast<void *>(begin + bytes), end - (begin + bytes));
    adviseHugePages(reinterpret_cast<void *>(begin), bytes);
    return reinterpret_cast<void *>(begin);
#else
    return std::aligned_alloc(HugePage, bytes);
#endif
}

void unmapHugePageBlock(void *block, std::size_t bytes)
{
#ifdef Q_OS_LINUX
    if (block)
        munmap(block, bytes);
#else
    Q_UNUSED(bytes);
    std::free(block);
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

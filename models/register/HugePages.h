#pragma once

#include <cstddef>
#include <vector>

namespace dtr {

// Asks the kernel to back [data, data + bytes) with huge pages where it can (Linux with
// transparent huge pages on "madvise"; a no-op elsewhere). Call it before the memory is first
// written: faulting in a large register's memory 4 kB at a time costs more than filling it.
void adviseHugePages(void *data, std::size_t bytes);

// `bytes` (a multiple of 2 MB) of memory aligned to 2 MB and advised as above, or
// null. Mapped apart from the heap: blocks kept for reuse would otherwise pin the heap's free
// space into holes too small for a register's next large arrays, which then took fresh pages.
void *mapHugePageBlock(std::size_t bytes);
// Returns a block from mapHugePageBlock(bytes) to the system.
void unmapHugePageBlock(void *block, std::size_t bytes);

// Called first thing in main(): memory a register freed stays in the process for the next one
// (reopening, switching or reverting a snapshot) instead of going back to the kernel, which
// then has to map and zero every page again: on a virtual machine that doubled the time to load
// a register of the country's size, depending on where glibc's heap happened to end. A no-op off
// glibc. The cost: after a very large register is closed the process keeps up to 256 MB of heap
// (and the record blocks' own pool up to 256 MB more) for whatever comes next.
void keepFreedMemoryForReuse();

// Room for `count` elements in `v`, the new memory advised as above.
template <typename T>
void reserveAdvised(std::vector<T> &v, std::size_t count)
{
    const bool fresh = v.capacity() < count;
    v.reserve(count);
    if (fresh)
        adviseHugePages(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(T));
}

// `v` holding `count` copies of `value`, its memory advised before it is written.
template <typename T>
void assignAdvised(std::vector<T> &v, std::size_t count, const T &value)
{
    if (v.capacity() < count) {
        std::vector<T>().swap(v);
        reserveAdvised(v, count);
    }
    v.assign(count, value);
}

} // namespace dtr

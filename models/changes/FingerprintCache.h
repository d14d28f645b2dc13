#pragma once

#include <QString>

#include <atomic>

namespace dtr {

// The fingerprints (ChangeFile::fingerprint) of inputs read before, by a digest of their bytes.
// The same bytes always read into the same register, so its fingerprint — the digest of the
// register written as canonical XML, a third of the wait at start-up — need not be worked out
// again. Entries carry the program's version (a new reader or writer may read or write the same
// bytes differently); the newest MaxEntries are kept, in the app's data folder.
namespace FingerprintCache {

inline constexpr int MaxEntries = 64;

// SHA-256 of what a snapshot path reads: the file's bytes; for a folder of CSV files (or one
// file in it that is not XML), every file of the folder with its name, in name order. Empty when
// something cannot be read or `stop` turns true (then nothing is looked up or remembered).
QString inputDigest(const QString &path, const std::atomic<bool> *stop = nullptr);
// Size and change times of what inputDigest() reads: equal stamps before and after reading mean
// the digest and the register are of the same bytes (only then is an entry used or made).
QString inputStamp(const QString &path);
// The fingerprint remembered for the digest, or empty.
QString lookup(const QString &digest);
// Remembers a fingerprint; a failed write only costs the next start the work.
void remember(const QString &digest, const QString &fingerprint);
// Where the entries are kept (tests point it elsewhere with QStandardPaths' test mode).
QString filePath();

} // namespace FingerprintCache

} // namespace dtr

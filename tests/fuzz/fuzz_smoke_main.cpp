// SPDX-License-Identifier: GPL-3.0-or-later
// A driver that runs a libFuzzer entry point without libFuzzer, so every build (any compiler) exercises it:
// over each file of a seed corpus, then over a fixed number of pseudo-random mutations of those seeds. The
// generator has a fixed seed and its own arithmetic, so every run and every platform feeds the same inputs;
// a failure is reproduced by running the test again.
//
// Usage: fuzz_smoke_<target> corpus-dir [mutations]   (ctest gives both; tests/fuzz/CMakeLists.txt)
//
// Compiled once for every target: the target is whichever LLVMFuzzerTestOneInput it is linked with.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

// xorshift64*: tiny, deterministic, good enough to pick mutations.
class Rng {
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed ? seed : 1) {}
    std::uint64_t next() {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

// Fragments that matter to the formats under test; spliced in, they reach deeper than random bytes.
const char *const kTokens[] = {
    "<",
    ">",
    "</",
    "/>",
    "&",
    ";",
    "\"",
    "'",
    "?>",
    "?'>",
    "<?xml version='1.0'?>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE x [<!ENTITY a 'b'>]>",
    "&amp;",
    "&#13;",
    "&#x1F600;",
    "&#1;",
    "<ExtentData>",
    "</ExtentData>",
    "<DanhSachTaiLieuNop>",
    "</DanhsachTaiLieuNop>",
    "<TaiLieuNop>",
    "</TaiLieuNop>",
    "<GiayToKetQua>",
    "<MaThanhPhanHoSo />",
    " xsi:nil='true'",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "1e999",
    "-0",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"result\":",
    "\"data\":[",
    "\"MaHoSo\":",
    "\"CertificateExtentData\":",
    "\xC3\xA1",
    "\xE1\xBA\xA1",
    "\xF0\x9F\x98\x80",
    "\xFF",
    "\xED\xA0\x80",
    "\0",
    "\r\n",
};

QByteArray mutate(QByteArray input, const QList<QByteArray> &seeds, Rng &rng) {
    const int steps = 1 + int(rng.below(4));
    for (int s = 0; s < steps; ++s) {
        const qsizetype at = rng.below(input.size() + 1);
        switch (rng.below(8)) {
        case 0: // flip a bit
            if (!input.isEmpty()) {
                const qsizetype i = rng.below(input.size());
                input[i] = char(input[i] ^ char(1 << rng.below(8)));
            }
            break;
        case 1: // random byte
            input.insert(at, char(rng.below(256)));
            break;
        case 2: { // delete a range
            const qsizetype n = rng.below(qMin<qsizetype>(64, input.size() - at) + 1);
            input.remove(at, n);
            break;
        }
        case 3: { // duplicate a range
            const qsizetype n = rng.below(qMin<qsizetype>(256, input.size() - at) + 1);
            input.insert(at, input.mid(at, n));
            break;
        }
        case 4: { // insert a token
            const char *token = kTokens[rng.below(qsizetype(std::size(kTokens)))];
            input.insert(at, token[0] ? QByteArray(token) : QByteArray(1, '\0'));
            break;
        }
        case 5: // truncate
            input.truncate(at);
            break;
        case 6: { // splice with another seed
            const QByteArray &other = seeds.at(rng.below(seeds.size()));
            const qsizetype from = rng.below(other.size() + 1);
            input = input.left(at) + other.mid(from);
            break;
        }
        default: // change the case of a letter: the reader must treat names case-insensitively
            if (!input.isEmpty()) {
                const qsizetype i = rng.below(input.size());
                const char c = input.at(i);
                if (c >= 'a' && c <= 'z')
                    input[i] = char(c - 32);
                else if (c >= 'A' && c <= 'Z')
                    input[i] = char(c + 32);
            }
            break;
        }
    }
    return input;
}

void run(const QByteArray &input) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                           std::size_t(input.size()));
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s corpus-dir [mutations]\n", argv[0]);
        return 2;
    }
    const QString corpus = QString::fromLocal8Bit(argv[1]);
    const int mutations = argc > 2 ? std::atoi(argv[2]) : 2000;

    QList<QByteArray> seeds;
    const QDir dir(corpus);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        seeds << file.readAll();
    }
    if (seeds.isEmpty()) { // a smoke test that runs nothing would always pass
        std::fprintf(stderr, "no seed files in %s\n", qPrintable(corpus));
        return 1;
    }

    for (const QByteArray &seed : std::as_const(seeds))
        run(seed);
    Rng rng(0xB7C4'2024'0601ULL);
    for (int i = 0; i < mutations; ++i)
        run(mutate(seeds.at(rng.below(seeds.size())), seeds, rng));

    std::printf("%lld seeds and %d mutations from %s: no failure\n", static_cast<long long>(seeds.size()),
                mutations, qPrintable(corpus));
    return 0;
}

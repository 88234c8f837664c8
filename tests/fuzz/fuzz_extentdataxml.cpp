// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the CertificateExtentData reader and writer. Besides "never crash, hang or
// leak", it checks the writer's promise: whatever the reader accepts, write() turns into a document that
// reads back with no warning and the same values; and that the reader's fast path for plain documents reads
// everything exactly as the general reader does.

#include "../support/ExtentReadComparison.h"
#include "ExtentDataXml.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString()) {
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_extentdataxml: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

bool sameValues(const QList<btxh::Record> &a, const QList<btxh::Record> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (&a.at(i).table() != &b.at(i).table())
            return false;
        for (int f = 0; f < a.at(i).table().size(); ++f)
            if (a.at(i).value(f) != b.at(i).value(f) || a.at(i).has(f) != b.at(i).has(f))
                return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const btxh::ExtentDataXml::ReadResult first = btxh::ExtentDataXml::read(xml);
    const QString difference = btxh::test::extentReadDifference(first, btxh::ExtentDataXml::readGeneral(xml));
    check(difference.isEmpty(), "the fast path and the general reader differ", difference + u'\n' + xml);
    if (!first.ok) {
        check(!first.error.isEmpty(), "refused without a message");
        return 0;
    }
    check(first.error.isEmpty(), "accepted with an error message", first.error);

    const QString written = btxh::ExtentDataXml::write(first.data);
    const btxh::ExtentDataXml::ReadResult second = btxh::ExtentDataXml::read(written);
    check(btxh::test::extentReadDifference(second, btxh::ExtentDataXml::readGeneral(written)).isEmpty(),
          "the fast path and the general reader differ on a written document", written);
    check(second.ok, "write() produced a document read() refuses", second.error + u'\n' + written);
    check(second.warnings.isEmpty(), "write() produced a document read() warns about", written);
    check(sameValues(first.data.documents, second.data.documents), "documents changed in a round trip",
          written);
    check(sameValues(first.data.resultPapers, second.data.resultPapers),
          "result papers changed in a round trip", written);
    check(btxh::ExtentDataXml::write(second.data) == written, "write() is not stable", written);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueChoices.h"

#include "Catalogues.h"
#include "VietnameseCollator.h"

#include <algorithm>

namespace btxh::app {

namespace {

bool byGsoCode(const FieldSpec &spec, const ValidationContext &context) {
    return spec.catalogue == u"ethnicity" && context.ethnicity == EthnicityCoding::GsoCode;
}

// Catalogues whose order carries no meaning read best alphabetically; the others keep the specification's
// order (statuses follow the process, Kinh comes first among the ethnic groups as in every form).
bool sortedByName(const FieldSpec &spec) {
    return spec.catalogue == u"idIssuer";
}

} // namespace

QList<CodeComboBox::Entry> CatalogueChoices::entries(const FieldSpec &spec,
                                                     const ValidationContext &context) {
    QList<CodeComboBox::Entry> out;
    const Catalogue *catalogue = Catalogues::instance().find(spec.catalogue);
    if (!catalogue)
        return out;
    const bool gso = byGsoCode(spec, context);
    for (const CatalogueEntry &e : catalogue->entries) {
        const QString code = gso ? e.extra : e.code;
        if (!code.isEmpty())
            out << CodeComboBox::Entry{code, e.name()};
    }
    if (sortedByName(spec))
        std::stable_sort(out.begin(), out.end(),
                         [](const CodeComboBox::Entry &a, const CodeComboBox::Entry &b) {
                             return VietnameseCollator::lessThan(a.name, b.name);
                         });
    return out;
}

QString CatalogueChoices::name(const FieldSpec &spec, const QString &code, const ValidationContext &context) {
    const Catalogue *catalogue = Catalogues::instance().find(spec.catalogue);
    if (!catalogue || code.trimmed().isEmpty())
        return code;
    const CatalogueEntry *e = byGsoCode(spec, context) ? catalogue->findByExtra(code) : catalogue->find(code);
    return e ? e->name() : code;
}

bool CatalogueChoices::wantsFilter(const FieldSpec &spec) {
    const Catalogue *catalogue = Catalogues::instance().find(spec.catalogue);
    return catalogue && catalogue->entries.size() > 8;
}

} // namespace btxh::app

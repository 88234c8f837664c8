#include "Validator.h"

#include "Catalogues.h"
#include "DossierCode.h"
#include "PersonalId.h"
#include "WireDate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace btxh {

namespace {

Problem problem(const FieldSpec *spec, Severity severity, const char *code, const QString &message) {
    Problem p;
    if (spec) {
        p.field = spec->wireName;
        p.label = spec->label();
    }
    p.severity = severity;
    p.code = QString::fromLatin1(code);
    p.message = message;
    return p;
}

const FieldSpec &spec(const Record &record, int field) {
    return record.table().at(field);
}

QDate dateOf(const QString &value) {
    return WireDate::parse(value).value.date();
}

bool looksLikePhone(QStringView value) {
    QString digits;
    for (QChar c : value) {
        if (c.isDigit())
            digits += c;
        else if (c != u' ' && c != u'.' && c != u'-' && c != u'+' && c != u'(' && c != u')')
            return false;
    }
    if (value.trimmed().startsWith(u'+'))
        return digits.startsWith(u"84") && digits.size() >= 10 && digits.size() <= 12;
    return digits.startsWith(u'0') && digits.size() >= 10 && digits.size() <= 11;
}

bool looksLikeEmail(QStringView value) {
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(value).hasMatch();
}

bool looksLikeUrl(const QString &value) {
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

} // namespace

Validator::Validator(ValidationContext context)
    : m_context(std::move(context)) {
    if (!m_context.today.isValid())
        m_context.today = QDate::currentDate();
}

Severity Validator::tableSeverity() const {
    return m_context.direction == Direction::Outgoing ? Severity::Error : Severity::Warning;
}

Problems Validator::validateField(const FieldSpec &fieldSpec, const QString &value, unsigned purpose) const {
    Problems out;
    checkField(fieldSpec, value, purpose, out);
    return out;
}

void Validator::checkField(const FieldSpec &s, const QString &value, unsigned purpose, Problems &out) const {
    const Severity sev = tableSeverity();
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (s.isRequiredFor(purpose) && !s.pullOnly)
            out << problem(&s, sev, "required", tr("is required"));
        return;
    }
    if (s.maxLength > 0 && value.size() > s.maxLength)
        out << problem(
            &s, sev, "max-length",
            tr("is %1 characters long; at most %2 are allowed").arg(value.size()).arg(s.maxLength));
    else if (s.advisoryMaxLength > 0 && value.size() > s.advisoryMaxLength)
        out << problem(&s, Severity::Warning, "advisory-length",
                       tr("is %1 characters long; the specification's table says at most %2, though its own "
                          "example is longer")
                           .arg(value.size())
                           .arg(s.advisoryMaxLength));

    switch (s.kind) {
    case FieldKind::Date:
    case FieldKind::DateTime: {
        const WireDate::Parsed parsed = WireDate::parse(v);
        if (!parsed.isValid()) {
            out << problem(&s, sev, "date-format",
                           s.kind == FieldKind::Date
                               ? tr("\"%1\" is not a date in the form dd/MM/yyyy").arg(v.left(40))
                               : tr("\"%1\" is not a time in the form dd/MM/yyyy HH:mm:ss").arg(v.left(40)));
        } else if (parsed.value.date().year() < 1900) {
            out << problem(&s, sev, "date-range",
                           tr("the year %1 is not plausible").arg(parsed.value.date().year()));
        }
        break;
    }
    case FieldKind::Enumeration:
    case FieldKind::Catalogue: {
        const Catalogue *catalogue = Catalogues::instance().find(s.catalogue);
        if (!catalogue)
            break;
        const bool ethnicityByGso =
            s.catalogue == u"ethnicity" && m_context.ethnicity == EthnicityCoding::GsoCode;
        const bool known =
            ethnicityByGso ? catalogue->findByExtra(v) != nullptr : catalogue->find(v) != nullptr;
        if (!known) {
            QStringList codes;
            for (const CatalogueEntry &e : catalogue->entries)
                codes << (ethnicityByGso ? e.extra : e.code);
            const QString list = codes.size() <= 16 ? codes.join(QStringLiteral(", "))
                                                    : codes.mid(0, 3).join(QStringLiteral(", ")) +
                                                          QStringLiteral(" … ") + codes.last();
            out << problem(&s, sev, "unknown-code",
                           tr("\"%1\" is not a code of the catalogue (%2)").arg(v.left(40), list));
        }
        break;
    }
    case FieldKind::Place: {
        const GsoDirectory &gso = GsoDirectory::get(m_context.places);
        const GsoUnit *unit = s.placeLevel == PlaceLevel::Province   ? gso.province(v)
                              : s.placeLevel == PlaceLevel::District ? gso.district(v)
                                                                     : gso.commune(v);
        if (s.placeLevel == PlaceLevel::District && !gso.hasDistricts())
            break; // the 2025 list has no districts: nothing to check against
        if (!unit)
            out << problem(&s, sev, "unknown-place",
                           tr("\"%1\" is not a GSO code of a %2")
                               .arg(v.left(20), s.placeLevel == PlaceLevel::Province   ? tr("province")
                                                : s.placeLevel == PlaceLevel::District ? tr("district")
                                                                                       : tr("commune")));
        break;
    }
    case FieldKind::Text:
    case FieldKind::Xml:
        break;
    }

    switch (s.format) {
    case FieldFormat::DossierCode:
        if (!DossierCode::isValid(v))
            out << problem(
                &s, sev, "dossier-code",
                tr("\"%1\" is not a dossier code shaped like 000.00.15.G07-221209-0001 (agency, date "
                   "yyMMdd, serial)")
                    .arg(v.left(40)));
        break;
    case FieldFormat::PersonalId:
        if (!PersonalId::isCccd(v) && !PersonalId::isCmnd(v))
            out << problem(&s, sev, "personal-id", tr("must be 12 digits (CCCD) or 9 digits (CMND)"));
        break;
    case FieldFormat::Phone:
        if (!looksLikePhone(v))
            out << problem(&s, sev, "phone",
                           tr("is not a Vietnamese phone number (10 or 11 digits starting 0, "
                              "or +84)"));
        break;
    case FieldFormat::Email:
        if (!looksLikeEmail(v))
            out << problem(&s, sev, "email", tr("is not an e-mail address"));
        break;
    case FieldFormat::Url:
        if (!looksLikeUrl(v))
            out << problem(&s, sev, "url", tr("is not an http(s) link"));
        break;
    case FieldFormat::Digits:
        if (!PersonalId::isDigits(v))
            out << problem(&s, sev, "digits", tr("must contain digits only"));
        break;
    case FieldFormat::IdentifierNumber:
    case FieldFormat::None:
        break;
    }
}

void Validator::checkRecord(const Record &record, unsigned purpose, Problems &out) const {
    for (const FieldSpec &s : record.table().fields())
        checkField(s, record.value(s.id), purpose, out);
    checkPlaces(record, out);
}

// District inside province, commune inside district, for each address group the table has.
void Validator::checkPlaces(const Record &record, Problems &out) const {
    const GsoDirectory &gso = GsoDirectory::get(m_context.places);
    const FieldTable &table = record.table();
    QHash<QString, std::array<const FieldSpec *, 3>> groups;
    for (const FieldSpec &s : table.fields())
        if (s.kind == FieldKind::Place)
            groups[s.placeGroup][int(s.placeLevel) - 1] = &s;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto &[p, d, c] = it.value();
        const QString province = p ? record.value(p->id).trimmed() : QString();
        const QString district = d ? record.value(d->id).trimmed() : QString();
        const QString commune = c ? record.value(c->id).trimmed() : QString();
        if (gso.hasDistricts()) {
            const GsoUnit *du = district.isEmpty() ? nullptr : gso.district(district);
            if (du && !province.isEmpty() && gso.province(province) && du->parentCode != province)
                out << problem(
                    d, tableSeverity(), "place-parent",
                    tr("district %1 (%2) is not in province %3").arg(district, du->name, province));
            const GsoUnit *cu = commune.isEmpty() ? nullptr : gso.commune(commune);
            if (cu && du && cu->parentCode != district)
                out << problem(c, tableSeverity(), "place-parent",
                               tr("commune %1 (%2) is not in district %3").arg(commune, cu->name, district));
        } else {
            const GsoUnit *cu = commune.isEmpty() ? nullptr : gso.commune(commune);
            if (cu && !province.isEmpty() && cu->parentCode != province)
                out << problem(c, tableSeverity(), "place-parent",
                               tr("commune %1 (%2) is not in province %3").arg(commune, cu->name, province));
        }
    }
}

Problems Validator::validate(const Dossier &dossier) const {
    Problems out;
    const unsigned purpose = dossier.isFinalResult() ? RequiredForResult : RequiredForNew;
    checkRecord(dossier.fields, purpose, out);
    checkPersonalId(dossier, out);
    checkDossierDates(dossier, out);
    checkExtent(dossier, out);
    for (Problem &p : out)
        if (p.recordKey.isEmpty())
            p.recordKey = dossier.code();
    return out;
}

void Validator::checkPersonalId(const Dossier &d, Problems &out) const {
    const Record &r = d.fields;
    const QString id = d.value(DossierField::CMND).trimmed();
    const FieldSpec &idSpec = spec(r, int(DossierField::CMND));
    if (PersonalId::isCccd(id)) {
        const PersonalId::CccdParts parts = PersonalId::parseCccd(id);
        const GsoDirectory &gso = GsoDirectory::get(GsoList::Units2024);
        if (parts.provinceCode.isEmpty() || !gso.province(parts.provinceCode))
            out << problem(
                &idSpec, Severity::Warning, "cccd-province",
                tr("a 12-digit CCCD starts with a province code (001-096); these first three digits "
                   "are not one"));
        const QDate birth = dateOf(d.value(DossierField::NgayThangNamSinh));
        if (birth.isValid() && parts.birthYearFrom != birth.year())
            out << problem(&idSpec, Severity::Warning, "cccd-birth-year",
                           tr("digits 4-6 of the CCCD give the birth year %1, but the date of birth says %2")
                               .arg(parts.birthYearFrom)
                               .arg(birth.year()));
        const QString gender = d.value(DossierField::GioiTinhId).trimmed();
        const auto expected = gender == u"1034"   ? PersonalId::Gender::Male
                              : gender == u"1035" ? PersonalId::Gender::Female
                                                  : PersonalId::Gender::Unknown;
        if (expected != PersonalId::Gender::Unknown && expected != parts.gender)
            out << problem(&idSpec, Severity::Warning, "cccd-gender",
                           tr("the 4th digit of the CCCD encodes the other gender than Giới tính says"));
    }

    // SoDinhDanh must fit LoaiDinhDanh: 1 CCCD (12 digits), 2 CMND (9 or 12), 3 tax code (10, or 10-3).
    const FieldSpec &numberSpec = spec(r, int(DossierField::SoDinhDanh));
    const QString number = d.value(DossierField::SoDinhDanh).trimmed();
    const QString kind = d.value(DossierField::LoaiDinhDanh).trimmed();
    if (!number.isEmpty()) {
        static const QRegularExpression taxCode(QStringLiteral("^[0-9]{10}(-?[0-9]{3})?$"));
        const bool fits = kind == u"1"   ? PersonalId::isCccd(number)
                          : kind == u"2" ? PersonalId::isCmnd(number) || PersonalId::isCccd(number)
                          : kind == u"3" ? taxCode.match(number).hasMatch()
                                         : true;
        if (!fits)
            out << problem(&numberSpec, tableSeverity(), "identifier-number",
                           kind == u"3"
                               ? tr("a tax code has 10 digits, or 13 written as 10-3")
                               : tr("does not have the shape the identifier kind (Loại định danh) asks for"));
        if ((kind == u"1" || kind == u"2") && !id.isEmpty() && number != id)
            out << problem(&numberSpec, Severity::Warning, "identifier-mismatch",
                           tr("differs from the applicant's CMND/CCCD number"));
    }
}

void Validator::checkDossierDates(const Dossier &d, Problems &out) const {
    const Record &r = d.fields;
    const QDate today = m_context.today;
    const QDate birth = dateOf(d.value(DossierField::NgayThangNamSinh));
    const QDate issued = dateOf(d.value(DossierField::CMND_NgayCap));
    const QDate received = dateOf(d.value(DossierField::NgayTiepNhan));
    const QDate submitted = dateOf(d.value(DossierField::SubmittedDate));
    if (birth.isValid() && birth > today)
        out << problem(&spec(r, int(DossierField::NgayThangNamSinh)), tableSeverity(), "birth-future",
                       tr("the date of birth is in the future"));
    if (birth.isValid() && birth.addYears(130) < today)
        out << problem(&spec(r, int(DossierField::NgayThangNamSinh)), Severity::Warning, "birth-old",
                       tr("the date of birth is more than 130 years ago"));
    if (issued.isValid() && issued > today)
        out << problem(&spec(r, int(DossierField::CMND_NgayCap)), tableSeverity(), "issue-future",
                       tr("the ID issue date is in the future"));
    if (issued.isValid() && birth.isValid() && issued < birth)
        out << problem(&spec(r, int(DossierField::CMND_NgayCap)), tableSeverity(), "issue-before-birth",
                       tr("the ID was issued before the date of birth"));
    if (received.isValid() && received > today.addDays(1))
        out << problem(&spec(r, int(DossierField::NgayTiepNhan)), tableSeverity(), "received-future",
                       tr("the reception date is in the future"));
    if (submitted.isValid() && submitted > today.addDays(1))
        out << problem(&spec(r, int(DossierField::SubmittedDate)), tableSeverity(), "submitted-future",
                       tr("the submission date is in the future"));
}

void Validator::checkExtent(const Dossier &d, Problems &out) const {
    const FieldSpec &xmlSpec = spec(d.fields, int(DossierField::CertificateExtentData));
    const bool hasXml = !d.value(DossierField::CertificateExtentData).trimmed().isEmpty();
    if (hasXml || !d.extent.documents.isEmpty()) {
        if (d.extent.documents.isEmpty())
            out << problem(&xmlSpec, tableSeverity(), "documents-missing",
                           tr("lists no submitted document (DanhSachTaiLieuNop), which every dossier needs"));
    }
    if (d.isFinalResult() && d.extent.resultPapers.isEmpty())
        out << problem(
            &xmlSpec, tableSeverity(), "result-papers-missing",
            tr("a final result (LoaiDuLieu 100) needs at least one result paper (DanhSachGiayToKetQua)"));
    int n = 0;
    for (const Record &doc : d.extent.documents) {
        ++n;
        Problems inner;
        for (const FieldSpec &s : doc.table().fields())
            checkField(s, doc.value(s.id), AlwaysRequired, inner);
        for (Problem p : std::as_const(inner)) {
            p.message = tr("submitted document %1: %2 %3").arg(n).arg(p.label, p.message);
            p.field = xmlSpec.wireName + QStringLiteral("/TaiLieuNop[%1]/").arg(n) + p.field;
            out << p;
        }
    }
    n = 0;
    for (const Record &paper : d.extent.resultPapers) {
        ++n;
        Problems inner;
        for (const FieldSpec &s : paper.table().fields())
            checkField(s, paper.value(s.id), AlwaysRequired, inner);
        for (Problem p : std::as_const(inner)) {
            p.message = tr("result paper %1: %2 %3").arg(n).arg(p.label, p.message);
            p.field = xmlSpec.wireName + QStringLiteral("/GiayToKetQua[%1]/").arg(n) + p.field;
            out << p;
        }
    }
}

Problems Validator::validate(const ProcessingStep &step) const {
    Problems out;
    checkRecord(step.fields, AlwaysRequired, out);
    checkStepDates(step, out);
    for (Problem &p : out)
        if (p.recordKey.isEmpty())
            p.recordKey = step.dossierCode();
    return out;
}

void Validator::checkStepDates(const ProcessingStep &step, Problems &out) const {
    const Record &r = step.fields;
    const QDateTime start = WireDate::parse(step.value(ProgressField::NgayBatDau)).value;
    const QDateTime deadline = WireDate::parse(step.value(ProgressField::NgayKetThucTheoQuyDinh)).value;
    const QDateTime handled = WireDate::parse(step.value(ProgressField::ThoiDiemXuLy)).value;
    if (start.isValid() && deadline.isValid() && deadline < start)
        out << problem(&spec(r, int(ProgressField::NgayKetThucTheoQuyDinh)), tableSeverity(),
                       "deadline-before-start", tr("the legal deadline is before the start"));
    if (handled.isValid() && handled.date() > m_context.today.addDays(1))
        out << problem(&spec(r, int(ProgressField::ThoiDiemXuLy)), tableSeverity(), "handled-future",
                       tr("the step is dated in the future"));
}

Problems Validator::validate(const Query &query) const {
    Problems out;
    checkRecord(query.fields, AlwaysRequired, out);
    const QDateTime from = WireDate::parse(query.value(QueryField::ThoiGianBatDau)).value;
    const QDateTime to = WireDate::parse(query.value(QueryField::ThoiGianKetThuc)).value;
    if (from.isValid() && to.isValid() && to < from)
        out << problem(&spec(query.fields, int(QueryField::ThoiGianKetThuc)), tableSeverity(),
                       "window-reversed", tr("the window ends before it starts"));
    return out;
}

} // namespace btxh

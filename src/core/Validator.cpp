// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validator.h"

#include "Catalogues.h"
#include "DossierCode.h"
#include "DossierCodes.h"
#include "PersonalId.h"
#include "PlaceCalendar.h"
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
    return WireDate::parse(value).date;
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
    PlaceReading reading;
    reading.list = m_context.places.value_or(PlaceCalendar::listOn(m_context.today));
    reading.date = m_context.today;
    reading.byDate = !m_context.places;
    reading.undated = reading.byDate;
    checkField(fieldSpec, value, purpose, out, reading);
    if (fieldSpec.kind == FieldKind::Place && fieldSpec.placeLevel == PlaceLevel::District)
        checkDistrict(fieldSpec, value, reading, purpose, out);
    return out;
}

Validator::PlaceReading Validator::placeReading(const Record &record) const {
    PlaceReading r;
    if (m_context.places) {
        r.list = *m_context.places;
        return r;
    }
    if (&record.table() != &FieldTable::dossier()) {
        r.anyList = true;
        r.list = PlaceCalendar::listOn(m_context.today);
        return r;
    }
    r.byDate = true;
    r.date = PlaceCalendar::dossierDate(record, QDate());
    r.undated = !r.date.isValid();
    if (r.undated)
        r.date = m_context.today;
    r.list = PlaceCalendar::listOn(r.date);
    return r;
}

QString Validator::readingReason(const PlaceReading &reading) const {
    const QString list = PlaceCalendar::listName(reading.list);
    const QString date = reading.date.toString(QStringLiteral("dd/MM/yyyy"));
    if (reading.anyList)
        return tr("checked against the 2024 and the 2025 GSO lists");
    if (!reading.byDate)
        return tr("checked against %1, as the settings ask").arg(list);
    if (reading.undated)
        return tr("checked against %1, the list in force today (%2): the dossier has no received date")
            .arg(list, date);
    return tr("checked against %1, the list in force on the received date %2").arg(list, date);
}

void Validator::checkField(const FieldSpec &s, const QString &value, unsigned purpose, Problems &out,
                           const PlaceReading &reading) const {
    const Severity sev = tableSeverity();
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        // Whether a district is needed depends on the list in force and the endpoint profile (checkDistrict).
        const bool district = s.kind == FieldKind::Place && s.placeLevel == PlaceLevel::District;
        if (s.isRequiredFor(purpose) && !s.pullOnly && !district)
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
        } else if (parsed.date.year() < 1900) {
            out << problem(&s, sev, "date-range", tr("the year %1 is not plausible").arg(parsed.date.year()));
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
    case FieldKind::Place:
        checkPlaceCode(s, v, reading, out);
        break;
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
    const PlaceReading reading = placeReading(record);
    for (const FieldSpec &s : record.table().fields()) {
        checkField(s, record.value(s.id), purpose, out, reading);
        if (s.kind == FieldKind::Place && s.placeLevel == PlaceLevel::District)
            checkDistrict(s, record.value(s.id), reading, purpose, out);
    }
    checkPlaces(record, reading, out);
}

namespace {

QString levelName(PlaceLevel level) {
    switch (level) {
    case PlaceLevel::Province:
        return Validator::tr("province");
    case PlaceLevel::District:
        return Validator::tr("district");
    case PlaceLevel::Commune:
    case PlaceLevel::None:
        break;
    }
    return Validator::tr("commune");
}

} // namespace

// A code is read against the list in force on the dossier's date. When it is not there, the message says
// which list it was checked against and what the code is in the other list, without guessing a mapping.
void Validator::checkPlaceCode(const FieldSpec &s, const QString &v, const PlaceReading &reading,
                               Problems &out) const {
    const QString level = levelName(s.placeLevel);
    if (reading.anyList) {
        if (!PlaceCalendar::unit(s.placeLevel, v, GsoList::Units2024) &&
            !PlaceCalendar::unit(s.placeLevel, v, GsoList::Units2025))
            out << problem(
                &s, tableSeverity(), "unknown-place",
                tr("\"%1\" is not a GSO code of a %2 (%3)").arg(v.left(20), level, readingReason(reading)));
        return;
    }
    if (s.placeLevel == PlaceLevel::District && PlaceCalendar::isTwoLevel(reading.list))
        return; // no districts to check against (checkDistrict)
    if (PlaceCalendar::unit(s.placeLevel, v, reading.list))
        return;
    const GsoList other = PlaceCalendar::isTwoLevel(reading.list) ? GsoList::Units2024 : GsoList::Units2025;
    const GsoUnit *there = PlaceCalendar::unit(s.placeLevel, v, other);
    const QString reform = TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"));
    QString message;
    if (!there)
        message = tr("\"%1\" is not a GSO code of a %2 (%3), nor of %4")
                      .arg(v.left(20), level, readingReason(reading), PlaceCalendar::listName(other));
    else if (PlaceCalendar::isTwoLevel(reading.list))
        message = tr("\"%1\" is not a GSO code of a %2 (%3). It was %4 in %5, which the reform of %6 "
                     "replaced; the code is kept: choose the %2 of today (no official list maps old units "
                     "to new ones)")
                      .arg(v.left(20), level, readingReason(reading), there->name,
                           PlaceCalendar::listName(other), reform);
    else
        message = tr("\"%1\" is not a GSO code of a %2 (%3). It is %4 in %5, which took effect only on %6, "
                     "after the dossier's date; the code is kept")
                      .arg(v.left(20), level, readingReason(reading), there->name,
                           PlaceCalendar::listName(other), reform);
    out << problem(&s, tableSeverity(), "unknown-place", message);
}

// Whether a district belongs in the record: the three-level list requires the processing district; the
// two-level one has none, and then the endpoint profile decides what MaHuyen carries (PostReformForm).
void Validator::checkDistrict(const FieldSpec &s, const QString &value, const PlaceReading &reading,
                              unsigned purpose, Problems &out) const {
    const QString v = value.trimmed();
    const bool twoLevel = !reading.anyList && PlaceCalendar::isTwoLevel(reading.list);
    if (!twoLevel) {
        if (v.isEmpty() && s.isRequiredFor(purpose) && !s.pullOnly)
            out << problem(&s, tableSeverity(), "required",
                           tr("is required: %1, which has districts").arg(readingReason(reading)));
        return;
    }
    const PostReformForm &form = m_context.postReform;
    const bool processing = s.placeGroup.isEmpty() && s.isRequiredFor(RequiredForNew);
    const QString reform = TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"));
    if (!processing) {
        if (!v.isEmpty())
            out << problem(&s, Severity::Warning, "district-after-reform",
                           tr("\"%1\" is kept, but means no place: %2, which has no districts")
                               .arg(v.left(20), readingReason(reading)));
        return;
    }
    if (form.demandsDistrict()) {
        if (v.isEmpty() && form.district.isEmpty() && m_context.direction == Direction::Outgoing)
            out << problem(&s, Severity::Error, "district-not-configured",
                           tr("is required by this endpoint profile: it sends dossiers received from %1 in "
                              "the three-level form, and no district code is configured for MaHuyen "
                              "(endpoint.district); %2")
                               .arg(reform, readingReason(reading)));
        else if (!v.isEmpty() && !form.district.isEmpty() && v != form.district)
            out << problem(&s, Severity::Warning, "district-differs",
                           tr("\"%1\" differs from the district code %2 this endpoint profile sends for "
                              "dossiers received from %3; the dossier's own value is kept and sent")
                               .arg(v.left(20), form.district, reform));
        return;
    }
    if (!v.isEmpty())
        out << problem(&s, tableSeverity(), "district-after-reform",
                       tr("must be empty: %1, which has no districts, and this endpoint profile sends "
                          "MaHuyen empty for dossiers received from %2; \"%3\" is kept until you clear it")
                           .arg(readingReason(reading), reform, v.left(20)));
}

// District inside province, commune inside district, for each address group the table has.
void Validator::checkPlaces(const Record &record, const PlaceReading &reading, Problems &out) const {
    if (reading.anyList)
        return;
    const FieldTable &table = record.table();
    const bool hasDistricts = !PlaceCalendar::isTwoLevel(reading.list);
    auto unit = [&](PlaceLevel level, const QString &code) {
        return code.isEmpty() ? nullptr : PlaceCalendar::unit(level, code, reading.list);
    };
    // Only a problem's message needs the reason, and most records have none.
    auto why = [&] { return readingReason(reading); };
    QHash<QString, std::array<const FieldSpec *, 3>> groups;
    for (const FieldSpec &s : table.fields())
        if (s.kind == FieldKind::Place)
            groups[s.placeGroup][int(s.placeLevel) - 1] = &s;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto &[p, d, c] = it.value();
        const QString province = p ? record.value(p->id).trimmed() : QString();
        const QString district = d ? record.value(d->id).trimmed() : QString();
        const QString commune = c ? record.value(c->id).trimmed() : QString();
        if (hasDistricts) {
            const GsoUnit *du = unit(PlaceLevel::District, district);
            if (du && unit(PlaceLevel::Province, province) && du->parentCode != province)
                out << problem(d, tableSeverity(), "place-parent",
                               tr("district %1 (%2) is not in province %3 (%4)")
                                   .arg(district, du->name, province, why()));
            const GsoUnit *cu = unit(PlaceLevel::Commune, commune);
            if (cu && du && cu->parentCode != district)
                out << problem(
                    c, tableSeverity(), "place-parent",
                    tr("commune %1 (%2) is not in district %3 (%4)").arg(commune, cu->name, district, why()));
        } else {
            const GsoUnit *cu = unit(PlaceLevel::Commune, commune);
            if (cu && !province.isEmpty() && cu->parentCode != province)
                out << problem(
                    c, tableSeverity(), "place-parent",
                    tr("commune %1 (%2) is not in province %3 (%4)").arg(commune, cu->name, province, why()));
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
        const auto expected = gender == Gender::Male     ? PersonalId::Gender::Male
                              : gender == Gender::Female ? PersonalId::Gender::Female
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
        const bool fits = kind == IdentifierKind::CitizenIdCard ? PersonalId::isCccd(number)
                          : kind == IdentifierKind::PeopleIdCard
                              ? PersonalId::isCmnd(number) || PersonalId::isCccd(number)
                          : kind == IdentifierKind::TaxCode ? taxCode.match(number).hasMatch()
                                                            : true;
        if (!fits)
            out << problem(&numberSpec, tableSeverity(), "identifier-number",
                           kind == IdentifierKind::TaxCode
                               ? tr("a tax code has 10 digits, or 13 written as 10-3")
                               : tr("does not have the shape the identifier kind (Loại định danh) asks for"));
        if ((kind == IdentifierKind::CitizenIdCard || kind == IdentifierKind::PeopleIdCard) &&
            !id.isEmpty() && number != id)
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
            checkField(s, doc.value(s.id), AlwaysRequired, inner, placeReading(doc));
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
            checkField(s, paper.value(s.id), AlwaysRequired, inner, placeReading(paper));
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
    const QDateTime start = WireDate::parse(step.value(ProgressField::NgayBatDau)).dateTime();
    const QDateTime deadline = WireDate::parse(step.value(ProgressField::NgayKetThucTheoQuyDinh)).dateTime();
    const QDateTime handled = WireDate::parse(step.value(ProgressField::ThoiDiemXuLy)).dateTime();
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
    const QDateTime from = WireDate::parse(query.value(QueryField::ThoiGianBatDau)).dateTime();
    const QDateTime to = WireDate::parse(query.value(QueryField::ThoiGianKetThuc)).dateTime();
    if (from.isValid() && to.isValid() && to < from)
        out << problem(&spec(query.fields, int(QueryField::ThoiGianKetThuc)), tableSeverity(),
                       "window-reversed", tr("the window ends before it starts"));
    return out;
}

} // namespace btxh

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptDocument.h"

#include "CaseTiming.h"
#include "DocumentHtml.h"
#include "DocumentText.h"
#include "DossierCodes.h"
#include "FieldTable.h"
#include "QrCode.h"
#include "WireDate.h"

#include <QTextDocument>

namespace btxh::documents {

namespace {

using H = DocumentHtml;

QString label(DossierField f) {
    return FieldTable::dossier().at(int(f)).label();
}

} // namespace

QStringList ReceiptDocument::documentNames(const Dossier &dossier) {
    QStringList names;
    for (const Record &r : dossier.extent.documents) {
        if (r.value(int(DocumentField::IsDeleted)).trimmed() == Flag::Yes)
            continue;
        QString name = r.value(int(DocumentField::TenTepDinhKem)).simplified();
        if (name.isEmpty())
            name = r.value(int(DocumentField::MaThanhPhanHoSo)).simplified();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

QString ReceiptDocument::receivingOfficer(const QList<StoredStep> &steps, const PrintContext &context) {
    for (const StoredStep &s : steps) {
        const QString name = s.step.value(ProgressField::NguoiXuLy).simplified();
        if (!name.isEmpty())
            return name;
    }
    return context.officer;
}

std::unique_ptr<QTextDocument> ReceiptDocument::build(const StoredDossier &stored,
                                                      const QList<StoredStep> &steps,
                                                      const PrintContext &context, Paper paper) {
    const Dossier &d = stored.dossier;
    const DocumentText text(context, d.fields);
    auto doc = std::make_unique<QTextDocument>();
    H::prepare(*doc, paper == Paper::A5 ? 9.5 : 11.5);
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Receipt %1").arg(d.code()));

    QString office = d.value(DossierField::DonViXuLy).simplified();
    if (office.isEmpty())
        office = context.office;
    const QImage qr = QrCode::image(d.code());
    QString html = H::heading(office, tr("RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT"), d.code(),
                              qr.isNull() ? QString() : H::qrResource());

    html += QStringLiteral("<p>%1</p>")
                .arg(H::esc(
                    tr("%1 has received the dossier of:").arg(office.isEmpty() ? tr("The office") : office)));
    html += H::line(label(DossierField::HoVaTen), d.value(DossierField::HoVaTen).simplified());
    html += H::line(label(DossierField::CMND), d.value(DossierField::CMND).trimmed());
    html += H::line(tr("Address"), text.address(d));
    html += H::line(label(DossierField::SoDienThoai), d.value(DossierField::SoDienThoai).trimmed());
    QString procedure = d.value(DossierField::TenTTHC).simplified();
    if (procedure.isEmpty())
        procedure = text.field(d, DossierField::MaTTHC);
    html += H::line(tr("Request to be settled"), procedure);

    const QStringList names = documentNames(d);
    html += QStringLiteral("<p>%1</p>").arg(H::esc(tr("1. Documents handed in:")));
    if (names.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-left:16px\"><i>%1</i></p>")
                    .arg(H::esc(tr("No documents were handed in.")));
    } else {
        html += QStringLiteral("<ol style=\"margin-top:0px\">");
        for (const QString &n : names)
            html += QStringLiteral("<li>%1</li>").arg(H::esc(n));
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<p>%1</p>").arg(H::esc(tr("2. Number of dossiers: 1 set.")));

    const QString receivedText = d.value(DossierField::NgayTiepNhan);
    const WireDate::Parsed received = WireDate::parse(receivedText.trimmed());
    QString receivedShown;
    if (received.isValid() && received.shape == WireDate::Shape::DateTime)
        receivedShown = tr("%1:%2 on %3")
                            .arg(received.dateTime().toString(QStringLiteral("HH")),
                                 received.dateTime().toString(QStringLiteral("mm")),
                                 DocumentText::date(received.dateTime()));
    else
        receivedShown = DocumentText::date(receivedText); // a date alone, or what was entered
    html += H::line(tr("3. Received at"), receivedShown);

    const CaseTiming timing = CaseTiming::of(stored.due, context.now.date());
    html +=
        QStringLiteral("<p>%1: <b>%2</b></p>")
            .arg(H::esc(tr("4. The result will be returned on")),
                 H::esc(timing.due.isValid() ? DocumentText::date(timing.due) : DocumentText::blankDate()));
    const QString delivery = text.field(d, DossierField::HinhThucTra);
    if (!delivery.isEmpty())
        html += H::line(label(DossierField::HinhThucTra), delivery);

    html += QStringLiteral("<p align=\"right\"><i>%1</i></p>")
                .arg(H::esc(tr("Printed on %1").arg(DocumentText::date(context.now))));
    html += H::signatures(tr("APPLICANT"), d.value(DossierField::HoVaTen).simplified(),
                          tr("RECEIVING OFFICER"), receivingOfficer(steps, context));
    doc->setHtml(html);
    H::addImage(*doc, H::qrResource(), qr);
    return doc;
}

} // namespace btxh::documents

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierCodes.h"
#include "PostReformForm.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace btxh {

// Where the gateway is and how to talk to it: one per configured connection.
//
// TLS verification is always on: there is deliberately no switch to turn it off. A profile may add a trusted
// CA file (a province LGSP with a private CA). Plain http:// is accepted only for loopback hosts, which is
// where ndxp-sandbox runs.
struct EndpointProfile {
    Q_DECLARE_TR_FUNCTIONS(btxh::EndpointProfile)

public:
    enum class Kind {
        NdxpProduction, // https://api.ngsp.gov.vn with the Production key pair
        NdxpSandbox,  // NDXP's test environment: the guide gives one URL and tells the two apart by key pair
        ProvinceLgsp, // a province's own LGSP gateway: same API under another base URL
        Custom,       // anything else, e.g. a local ndxp-sandbox on http://127.0.0.1:PORT
    };

    Kind kind = Kind::Custom;
    QString name;                  // the profile's name as the officer sees it
    QUrl baseUrl;                  // without /token or /apiBTXH/1.0; may carry a path prefix
    QByteArray extraTokenHeader;   // e.g. "AccessKey": also carries the token when set (see spec §2)
    QString trustedCaFile;         // PEM file with extra CA certificates; empty = system store only
    int transferTimeoutMs = 60000; // a call fails when no byte moved for this long
    int tokenTimeoutMs = 30000;    // the same for POST /token
    // A call fails when its whole answer has not arrived within this, however steadily bytes trickle in.
    int requestDeadlineMs = 10 * 60 * 1000;
    qint64 maxResponseBytes = 256LL * 1024 * 1024; // = PayloadReader::MaxDocumentBytes
    // Services 5 (TienTrinhXuLy) lists no LoaiDuLieu but its example sends "100"; we send what the example
    // does when the query has none. Empty = leave it out.
    QString progressDataKind = DataKind::FinalResult;
    // How a dossier received on or after the reform date is sent (decisions.md): an administrator's choice.
    PostReformForm postReform;

    static QUrl ndxpUrl(); // https://api.ngsp.gov.vn
    static EndpointProfile ndxpProduction();
    static EndpointProfile ndxpSandbox();
    static EndpointProfile provinceLgsp(const QUrl &baseUrl);
    static EndpointProfile custom(const QUrl &baseUrl);

    QUrl tokenUrl() const;
    QUrl serviceUrl(const QString &service) const; // {base}/apiBTXH/1.0/{service}

    // Empty when the profile can be used; otherwise a translated reason.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    static bool isLoopbackHost(const QString &host);
    static QString kindName(Kind kind);

private:
    QUrl resolved(const QString &path) const;
};

} // namespace btxh

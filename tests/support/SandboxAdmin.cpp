// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAdmin.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace btxh::test {

namespace {

QNetworkAccessManager &sharedNetwork() {
    // Owned by the application, so that it goes before the application does.
    static QNetworkAccessManager *network = new QNetworkAccessManager(QCoreApplication::instance());
    return *network;
}

} // namespace

QJsonObject SandboxAdmin::admin(const QString &path, const QJsonObject *post) {
    QUrl url = baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(QStringLiteral("/__admin/") + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply =
        post ? sharedNetwork().post(request, QJsonDocument(*post).toJson(QJsonDocument::Compact))
             : sharedNetwork().get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(body).object();
}

int SandboxAdmin::storedDossiers() {
    return stats().value(QStringLiteral("stored")).toObject().value(QStringLiteral("dossiers")).toInt(-1);
}

int SandboxAdmin::storedResults() {
    return stats().value(QStringLiteral("stored")).toObject().value(QStringLiteral("results")).toInt(-1);
}

int SandboxAdmin::storedSteps() {
    return stats().value(QStringLiteral("stored")).toObject().value(QStringLiteral("steps")).toInt(-1);
}

int SandboxAdmin::counter(const QString &group, const QString &name) {
    const QJsonObject s = stats();
    if (group.isEmpty())
        return s.value(name).toInt(0);
    return s.value(group).toObject().value(name).toInt(0);
}

bool SandboxAdmin::setFaults(const QJsonObject &faults) {
    return !admin(QStringLiteral("faults"), &faults).contains(QStringLiteral("error"));
}

bool SandboxAdmin::revokeTokens() {
    const QJsonObject none;
    return admin(QStringLiteral("revoke-tokens"), &none).contains(QStringLiteral("revoked"));
}

void SandboxAdmin::postLater(const QString &path, const QJsonObject &body) {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/__admin/") + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = sharedNetwork().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

QJsonObject SandboxAdmin::records(const QString &code) {
    return admin(QStringLiteral("records?MaHoSo=") + QString::fromLatin1(QUrl::toPercentEncoding(code)));
}

} // namespace btxh::test

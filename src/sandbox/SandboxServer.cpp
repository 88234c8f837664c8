// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "DossierCodes.h"
#include "DossierGenerator.h"
#include "JsonCodec.h"
#include "SandboxDialect.h"
#include "SandboxLog.h"
#include "SandboxStore.h"
#include "WireDate.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace btxh {

namespace {

using Answer = SandboxServer::Answer;
using Status = QHttpServerResponder::StatusCode;

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Answer json(int status, const QJsonObject &o) {
    Answer a;
    a.status = status;
    a.body = compact(o);
    return a;
}

Answer pushVerdict(int code, const QString &message) {
    return json(200, {{QStringLiteral("error_code"), code}, {QStringLiteral("message"), message}});
}

Answer pullVerdict(int code, const QString &message) {
    return json(200, {{QStringLiteral("result"), QJsonObject{{QStringLiteral("message"), message},
                                                             {QStringLiteral("error_code"), code},
                                                             {QStringLiteral("data"), QJsonArray()}}}});
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name) {
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray htmlPage(int status, const char *title) {
    return QByteArrayLiteral("<!DOCTYPE html>\r\n<html><head><title>") + QByteArray::number(status) + ' ' +
           title + QByteArrayLiteral("</title></head><body><center><h1>") + QByteArray::number(status) + ' ' +
           title + QByteArrayLiteral("</h1></center><hr><center>nginx</center></body></html>\r\n");
}

// The same step pushed twice (same dossier, time, status and text) is one step.
QString stepKey(const ProcessingStep &step, const QJsonObject &requestForm) {
    const QByteArray text =
        QCryptographicHash::hash(step.value(ProgressField::NoiDungXuLy).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return step.dossierCode() + u'|' + requestForm.value(QStringLiteral("ThoiDiemXuLy")).toString() + u'|' +
           requestForm.value(QStringLiteral("StatusId")).toString() + u'|' + QString::fromLatin1(text);
}

void write(QHttpServerResponder &responder, const Answer &a, qsizetype bodyBytes) {
    responder.writeStatusLine(Status(a.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), a.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(a.body.size()));
    for (const auto &[name, value] : a.headers)
        responder.writeHeader(name, value);
    responder.writeBody(a.body.left(bodyBytes));
}

} // namespace

SandboxServer::SandboxServer(const Config &config, SandboxStore *store, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_faultRng(config.faultSeed ? config.faultSeed : QRandomGenerator::global()->generate()) {
    // One dispatcher for every path, so that faults apply the same way to /token and the services.
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port, QString *error) {
    m_port = m_http.listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
    return m_port;
}

QDateTime SandboxServer::now() const {
    QDateTime t = m_clock ? m_clock() : QDateTime::currentDateTime();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

bool SandboxServer::roll(double rate) {
    return rate > 0 && m_faultRng.generateDouble() < rate;
}

void SandboxServer::revokeTokens() {
    count(QStringLiteral("token.revoked"), int(m_tokens.size()));
    m_tokens.clear();
}

QJsonObject SandboxServer::stats() const {
    QJsonObject out;
    QHash<QString, QJsonObject> groups;
    for (auto it = m_counters.constBegin(); it != m_counters.constEnd(); ++it) {
        const qsizetype dot = it.key().indexOf(u'.');
        if (dot < 0)
            out.insert(it.key(), it.value());
        else
            groups[it.key().left(dot)].insert(it.key().mid(dot + 1), it.value());
    }
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("stored"),
               QJsonObject{{QStringLiteral("dossiers"), m_store->countDossiers(SandboxStore::Dossiers)},
                           {QStringLiteral("results"), m_store->countDossiers(SandboxStore::Results)},
                           {QStringLiteral("steps"), m_store->countSteps()}});
    out.insert(QStringLiteral("tokensActive"), int(m_tokens.size()));
    return out;
}

void SandboxServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    const QString path = request.url().path();
    QPointer<QTcpSocket> socket = responder.socket();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    if (m_config.verbose)
        qCInfo(lcSandbox) << request.method() << path;

    if (path.startsWith(u"/__admin/")) {
        const Answer a = handleAdmin(path, request);
        write(*shared, a, a.body.size());
        return;
    }
    count(QStringLiteral("requests"));

    const FaultSettings &f = m_config.faults;
    m_hanging.erase(
        std::remove_if(m_hanging.begin(), m_hanging.end(), [](const auto &h) { return !h.first; }),
        m_hanging.end());
    if (roll(f.hangRate)) {
        count(QStringLiteral("faults.hangs"));
        m_hanging.emplace_back(socket, shared); // kept open, never answered
        return;
    }

    enum class Delivery { Normal, Drop, Truncate };
    Delivery delivery = Delivery::Normal;
    Answer a;
    if (roll(f.errorRate)) {
        count(QStringLiteral("faults.errors"));
        a.status = f.failStatus;
        if (f.failStatus == 503) {
            a.contentType = QByteArrayLiteral("text/html");
            a.body = htmlPage(503, "Service Temporarily Unavailable");
        } else if (f.failStatus == 302) {
            a.contentType = QByteArrayLiteral("text/html");
            a.body = htmlPage(302, "Found");
            a.headers.append({QByteArrayLiteral("Location"), QByteArrayLiteral("http://127.0.0.1:9/login")});
        } else {
            a.body =
                compact({{QStringLiteral("error_code"), f.failStatus},
                         {QStringLiteral("message"), f.failStatus == 429 ? QStringLiteral("Quá nhiều yêu cầu")
                                                                         : QStringLiteral("Lỗi hệ thống")}});
        }
        if (f.failStatus == 429 || f.failStatus == 503)
            a.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(f.retryAfterSeconds)});
    } else {
        if (path == u"/token")
            a = handleToken(request);
        else if (path.startsWith(u"/apiBTXH/1.0/"))
            a = handleService(path.mid(13), request);
        else
            a = json(404, {{QStringLiteral("error_code"), 404},
                           {QStringLiteral("message"), QStringLiteral("Not found")}});

        if (roll(f.dropRate)) {
            count(QStringLiteral("faults.drops"));
            delivery = Delivery::Drop;
        } else if (roll(f.truncateRate)) {
            count(QStringLiteral("faults.truncations"));
            delivery = Delivery::Truncate;
        } else if (roll(f.htmlRate)) {
            count(QStringLiteral("faults.html"));
            a = Answer();
            a.contentType = QByteArrayLiteral("text/html; charset=utf-8");
            a.body = QByteArrayLiteral("<!DOCTYPE html><html><head><title>Thông báo</title></head><body>"
                                       "<h1>Hệ thống đang bảo trì</h1></body></html>");
        } else if (roll(f.malformedRate)) {
            count(QStringLiteral("faults.malformed"));
            a.body.truncate(a.body.size() / 2);
        }
    }

    auto deliver = [shared, socket, a, delivery] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        switch (delivery) {
        case Delivery::Drop:
            socket->abort();
            break;
        case Delivery::Truncate:
            write(*shared, a, a.body.size() / 2);
            socket->disconnectFromHost();
            break;
        case Delivery::Normal:
            write(*shared, a, a.body.size());
            break;
        }
    };
    if (f.latencyMs > 0) {
        count(QStringLiteral("faults.delayed"));
        QTimer::singleShot(f.latencyMs, this, deliver);
    } else if (delivery == Delivery::Drop) {
        // Not from inside the socket's own readyRead handling.
        QTimer::singleShot(0, this, deliver);
    } else {
        deliver();
    }
}

bool SandboxServer::authorized(const QHttpServerRequest &request) const {
    const QByteArray auth = header(request, "Authorization").trimmed();
    if (!auth.startsWith("Bearer "))
        return false;
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->hasExpired())
        return false;
    if (!m_config.requiredTokenHeader.isEmpty() &&
        header(request, m_config.requiredTokenHeader).trimmed() != token.toLatin1())
        return false;
    return true;
}

SandboxServer::Answer SandboxServer::handleToken(const QHttpServerRequest &request) {
    count(QStringLiteral("token.requests"));
    if (request.method() != QHttpServerRequest::Method::Post)
        return json(405, {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
    const QByteArray contentType = header(request, "Content-Type");
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (!contentType.startsWith("application/x-www-form-urlencoded") ||
        form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials") {
        count(QStringLiteral("token.refused"));
        return json(400, {{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
                          {QStringLiteral("error_description"),
                           QStringLiteral("grant_type=client_credentials is required")}});
    }
    const QByteArray auth = header(request, "Authorization").trimmed();
    const QByteArray expected =
        QString(m_config.consumerKey + u':' + m_config.consumerSecret).toUtf8().toBase64();
    if (!auth.startsWith("Basic ") || auth.mid(6).trimmed() != expected) {
        count(QStringLiteral("token.refused"));
        return json(401,
                    {{QStringLiteral("error"), QStringLiteral("invalid_client")},
                     {QStringLiteral("error_description"), QStringLiteral("Client Authentication failed.")}});
    }
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_tokens.insert(token, QDeadlineTimer(qint64(m_config.tokenLifetimeSeconds) * 1000));
    count(QStringLiteral("token.issued"));
    return json(200, {{QStringLiteral("access_token"), token},
                      {QStringLiteral("scope"), QStringLiteral("am_application_scope default")},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), m_config.tokenLifetimeSeconds}});
}

SandboxServer::Answer SandboxServer::handleService(const QString &service,
                                                   const QHttpServerRequest &request) {
    static const QStringList services = {QStringLiteral("DongBoDVC"), QStringLiteral("XuLyHoSo"),
                                         QStringLiteral("DanhSachHoSo"), QStringLiteral("TienTrinhXuLy")};
    if (!services.contains(service))
        return json(404, {{QStringLiteral("error_code"), 404},
                          {QStringLiteral("message"), QStringLiteral("Not found")}});
    if (request.method() != QHttpServerRequest::Method::Post)
        return json(405, {{QStringLiteral("error_code"), 405},
                          {QStringLiteral("message"), QStringLiteral("POST only")}});
    if (!authorized(request)) {
        count(QStringLiteral("unauthorized"));
        // WSO2 API Manager's answer to a missing, expired or revoked token.
        return json(401,
                    {{QStringLiteral("fault"),
                      QJsonObject{{QStringLiteral("code"), 900901},
                                  {QStringLiteral("message"), QStringLiteral("Invalid Credentials")},
                                  {QStringLiteral("description"),
                                   QStringLiteral("Invalid Credentials. Make sure you have given the correct "
                                                  "access token")}}}});
    }
    count(QStringLiteral("services.") + service);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!doc.isObject()) {
        count(QStringLiteral("badRequests"));
        return json(400,
                    {{QStringLiteral("error_code"), 400},
                     {QStringLiteral("message"), QStringLiteral("Dữ liệu gửi lên không phải JSON hợp lệ")}});
    }
    const bool isPush = service == u"DongBoDVC" || service == u"XuLyHoSo";
    if (!isPush)
        return pull(service, doc.object());
    // The same key with the same body is the same push: answered as the first time, stored once. In the
    // non-deduplicating mode every push is taken as new, so that tests see what the client alone guarantees.
    const QByteArray key = header(request, "Idempotency-Key").trimmed();
    QByteArray replayKey;
    if (m_config.deduplicate && !key.isEmpty()) {
        replayKey = key + ' ' + QCryptographicHash::hash(request.body(), QCryptographicHash::Sha256).toHex();
        const auto seen = m_idempotent.constFind(replayKey);
        if (seen != m_idempotent.constEnd()) {
            count(QStringLiteral("pushes.idempotentReplays"));
            return *seen;
        }
    }
    const Answer a = service == u"DongBoDVC" ? pushDossier(doc.object()) : pushStep(doc.object());
    if (!replayKey.isEmpty() && a.status == 200)
        m_idempotent.insert(replayKey, a);
    return a;
}

void SandboxServer::storeDossier(const Dossier &dossier, const QDateTime &at) {
    JsonCodec::WriteOptions keepAll;
    keepAll.includeUnknownKeys = true;
    const QJsonObject requestForm = JsonCodec::writeDossier(dossier, keepAll);
    const QString code = dossier.code();
    // Half of the dossiers get the mismatched closing tag of the source's example (§5.3).
    const bool mismatch = (qHash(code) & 1) != 0;
    const SandboxStore::Area area{dossier.value(DossierField::MaTinh).trimmed(),
                                  dossier.value(DossierField::MaHuyen).trimmed(),
                                  dossier.value(DossierField::MaXa).trimmed()};
    const int kind = dossier.isFinalResult() ? SandboxStore::Results : SandboxStore::Dossiers;
    const SandboxStore::PutOutcome put =
        m_store->putDossier(kind, code, area, at, compact(requestForm),
                            compact(SandboxDialect::dossier(JsonCodec::writeDossier(dossier), mismatch)));
    if (put.ok && !put.inserted)
        count(QStringLiteral("pushes.repeated"));
}

SandboxServer::Answer SandboxServer::pushDossier(const QJsonObject &body) {
    Problems problems;
    const Dossier dossier = JsonCodec::readDossier(body, &problems);
    const QString kind = dossier.value(DossierField::LoaiDuLieu).trimmed();
    if (dossier.code().isEmpty()) {
        count(QStringLiteral("businessErrors"));
        return pushVerdict(1, QStringLiteral("Thiếu mã hồ sơ (MaHoSo)"));
    }
    if (kind != DataKind::NewDossier && kind != DataKind::FinalResult) {
        count(QStringLiteral("businessErrors"));
        return pushVerdict(2, QStringLiteral("LoaiDuLieu không hợp lệ: phải là 1 hoặc 100"));
    }
    if (dossier.value(DossierField::MaTinh).trimmed().isEmpty()) {
        count(QStringLiteral("businessErrors"));
        return pushVerdict(3, QStringLiteral("Thiếu mã tỉnh (MaTinh)"));
    }
    storeDossier(dossier, now());
    count(dossier.isFinalResult() ? QStringLiteral("pushes.results") : QStringLiteral("pushes.dossiers"));
    qCInfo(lcSandbox) << "stored" << (dossier.isFinalResult() ? "result" : "dossier") << dossier.code();
    return pushVerdict(0, dossier.isFinalResult() ? QStringLiteral("Cập nhật kết quả thành công")
                                                  : QStringLiteral("Đồng bộ hồ sơ thành công"));
}

SandboxServer::Answer SandboxServer::pushStep(const QJsonObject &body) {
    Problems problems;
    const ProcessingStep step = JsonCodec::readStep(body, &problems);
    if (step.dossierCode().isEmpty()) {
        count(QStringLiteral("businessErrors"));
        return pushVerdict(1, QStringLiteral("Thiếu mã hồ sơ (MaHoSo)"));
    }
    const QJsonObject requestForm = JsonCodec::writeStep(step);
    // Deduplicating, a step is kept once per content; otherwise each push is a row of its own, as on a
    // gateway that appends (the part after '#' keeps them apart).
    QString key = stepKey(step, requestForm);
    if (!m_config.deduplicate)
        key += u'#' + QString::number(++m_appended);
    const SandboxStore::PutOutcome put = m_store->putStep(
        key, step.dossierCode(), now(), compact(requestForm), compact(SandboxDialect::step(requestForm)));
    if (put.ok && !put.inserted)
        count(QStringLiteral("pushes.repeated"));
    count(QStringLiteral("pushes.steps"));
    return pushVerdict(0, QStringLiteral("Đồng bộ tiến trình xử lý thành công"));
}

SandboxServer::Answer SandboxServer::pull(const QString &service, const QJsonObject &body) {
    Problems problems;
    const Query query = JsonCodec::readQuery(body, &problems);
    const SandboxStore::Area area{query.value(QueryField::MaTinh).trimmed(),
                                  query.value(QueryField::MaHuyen).trimmed(),
                                  query.value(QueryField::MaXa).trimmed()};
    if (area.province.isEmpty()) {
        count(QStringLiteral("businessErrors"));
        return pullVerdict(1, QStringLiteral("Thiếu mã tỉnh (MaTinh)"));
    }
    const WireDate::Parsed from = WireDate::parse(query.value(QueryField::ThoiGianBatDau));
    const WireDate::Parsed to = WireDate::parse(query.value(QueryField::ThoiGianKetThuc));
    if (!from.isValid() || !to.isValid()) {
        count(QStringLiteral("businessErrors"));
        return pullVerdict(
            2, QStringLiteral("ThoiGianBatDau, ThoiGianKetThuc phải theo định dạng dd/MM/yyyy HH:mm:ss"));
    }
    const QString kind = query.value(QueryField::LoaiDuLieu).trimmed();
    if (service == u"DanhSachHoSo" && kind != DataKind::NewDossier && kind != DataKind::FinalResult) {
        count(QStringLiteral("businessErrors"));
        return pullVerdict(3, QStringLiteral("LoaiDuLieu không hợp lệ: phải là 1 hoặc 100"));
    }

    // Written by hand rather than through QJsonDocument so that a large pull is not held twice.
    Answer a;
    a.body = QByteArrayLiteral("{\"result\":{\"message\":\"") +
             QStringLiteral("Lấy dữ liệu thành công").toUtf8() +
             QByteArrayLiteral("\",\"error_code\":0,\"data\":[");
    bool first = true;
    auto append = [&a, &first](const QByteArray &item) {
        // Reserved by hand, doubling: Qt 6.4's own growth moves a large array to fresh memory at every step,
        // and a window of a thousand dossiers then spent most of its time copying and faulting in pages.
        if (const qsizetype needed = a.body.size() + item.size() + 1; needed > a.body.capacity())
            a.body.reserve(std::max(needed, 2 * a.body.capacity()));
        if (!first)
            a.body += ',';
        first = false;
        a.body += item;
    };
    const int n = service == u"TienTrinhXuLy"
                      ? m_store->forEachStep(from.dateTime(), to.dateTime(), area, append)
                      : m_store->forEachDossier(kind == DataKind::FinalResult ? SandboxStore::Results
                                                                              : SandboxStore::Dossiers,
                                                from.dateTime(), to.dateTime(), area, append);
    a.body += QByteArrayLiteral("]}}");
    count(QStringLiteral("pulled.") + service, std::max(n, 0));
    switch (m_config.faults.pullDefect) {
    case FaultSettings::NoErrorCode:
        a.body.replace(QByteArrayLiteral("\"error_code\":0,"), QByteArray());
        break;
    case FaultSettings::NoData:
        a.body = QByteArrayLiteral("{\"result\":{\"message\":\"OK\",\"error_code\":0}}");
        break;
    case FaultSettings::UnreadableItem:
        a.body.chop(3);
        a.body += n > 0 ? QByteArrayLiteral(",{\"khongPhaiHoSo\":1}]}}")
                        : QByteArrayLiteral("{\"khongPhaiHoSo\":1}]}}");
        break;
    default:
        break;
    }
    return a;
}

SandboxServer::Answer SandboxServer::handleAdmin(const QString &path, const QHttpServerRequest &request) {
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == u"/__admin/stats")
        return json(200, stats());
    if (path == u"/__admin/faults") {
        if (post) {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body());
            QString error;
            if (!doc.isObject() || !m_config.faults.apply(doc.object(), &error))
                return json(400, {{QStringLiteral("error"),
                                   error.isEmpty() ? QStringLiteral("JSON object expected") : error}});
            qCInfo(lcSandbox) << "faults changed";
        }
        return json(200, m_config.faults.toJson());
    }
    if (path == u"/__admin/revoke-tokens" && post) {
        const int n = int(m_tokens.size());
        revokeTokens();
        return json(200, {{QStringLiteral("revoked"), n}});
    }
    if (path == u"/__admin/reset-stats" && post) {
        m_counters.clear();
        return json(200, stats());
    }
    if (path == u"/__admin/push-counts")
        return json(200, m_store->pushCounts());
    if (path == u"/__admin/records")
        return json(200, m_store->describe(request.query().queryItemValue(QStringLiteral("MaHoSo"))));
    return json(404, {{QStringLiteral("error"), QStringLiteral("unknown admin endpoint")}});
}

int SandboxServer::seed(int total, quint32 randomSeed, const QStringList &provinces, const QDateTime &until,
                        int days, QString *error) {
    DossierGenerator generator(randomSeed, until.isValid() ? until : now(), days, provinces);
    if (!generator.isUsable(error))
        return 0;
    m_store->begin();
    int stored = 0;
    for (int i = 0; i < total; ++i) {
        const DossierGenerator::Item item = generator.next();
        storeDossier(item.dossier, item.dossierAt);
        for (qsizetype s = 0; s < item.steps.size(); ++s) {
            const QJsonObject requestForm = JsonCodec::writeStep(item.steps.at(s));
            m_store->putStep(stepKey(item.steps.at(s), requestForm), item.dossier.code(),
                             item.stepTimes.at(s), compact(requestForm),
                             compact(SandboxDialect::step(requestForm)));
        }
        if (item.result)
            storeDossier(*item.result, item.resultAt);
        ++stored;
        if (stored % 5000 == 0) {
            m_store->commit();
            m_store->begin();
        }
    }
    m_store->commit();
    qCInfo(lcSandbox) << "seeded" << stored << "dossiers";
    return stored;
}

} // namespace btxh

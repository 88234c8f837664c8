// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayClient.h"
#include "ScriptedServer.h"
#include "TokenProvider.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

using namespace btxh;
using Reply = ScriptedServer::Reply;

namespace {

Dossier sampleDossier(const QString &code = QStringLiteral("000.00.15.G07-221209-0001")) {
    Dossier d;
    d.setValue(DossierField::MaHoSo, code);
    d.setValue(DossierField::MaTTHC, QStringLiteral("1.001776"));
    d.setValue(DossierField::HoVaTen, QStringLiteral("Nguyễn Hoàng Long"));
    d.setValue(DossierField::CMND, QStringLiteral("001089012345"));
    d.setValue(DossierField::MaTinh, QStringLiteral("01"));
    d.setValue(DossierField::MaHuyen, QStringLiteral("001"));
    d.setValue(DossierField::MaXa, QStringLiteral("00001"));
    return d;
}

Query sampleQuery() {
    Query q;
    q.setValue(QueryField::MaTinh, QStringLiteral("01"));
    q.setValue(QueryField::MaHuyen, QString(QLatin1StringView("")));
    q.setValue(QueryField::MaXa, QString(QLatin1StringView("")));
    q.setWindow(QDateTime(QDate(2022, 12, 1), QTime(9, 53)), QDateTime(QDate(2022, 12, 11), QTime(9, 53)));
    return q;
}

QJsonObject bodyOf(const ScriptedServer::Request &r) {
    return QJsonDocument::fromJson(r.body).object();
}

// Waits for a job (kept alive for inspection) to finish; fails the test if it does not, or finishes twice.
template <typename Job> bool finishes(Job *job, int timeoutMs = 10000) {
    QSignalSpy spy(job, &GatewayJob::finished);
    if (!spy.wait(timeoutMs))
        return false;
    QTest::qWait(20);
    return spy.count() == 1;
}

// A reply ended as Qt 6.4 may end one whose connection closed before its announced length came: finished,
// no error, status 200, half of its Content-Length.
class CutShortReply : public QNetworkReply {
public:
    CutShortReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                  const QByteArray &whole, QObject *parent)
        : QNetworkReply(parent) {
        m_data.setData(whole.left(whole.size() / 2));
        m_data.open(QIODevice::ReadOnly);
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        setHeader(QNetworkRequest::ContentLengthHeader, whole.size());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this] {
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            setFinished(true);
            Q_EMIT finished();
        });
    }
    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override {
        return m_data.bytesAvailable() + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override { return m_data.read(data, maxSize); }

private:
    QBuffer m_data;
};

// The real network for /token, and replies cut short for the next `cutShort` service calls.
class CutShortNetwork : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int cutShort = 0;
    QByteArray whole;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override {
        if (cutShort > 0 && !request.url().path().endsWith(u"/token")) {
            --cutShort;
            return new CutShortReply(operation, request, whole, this);
        }
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }
};

} // namespace

class TestGatewayClient : public QObject {
    Q_OBJECT

    QNetworkAccessManager *m_nam = nullptr;
    ScriptedServer *m_server = nullptr;
    QDateTime m_now;

    GatewayEnvironment environment(RetryPolicy retry = RetryPolicy::fast(3)) {
        GatewayEnvironment env;
        env.network = m_nam;
        env.profile = EndpointProfile::custom(QUrl(QString::fromLatin1(m_server->baseUrl())));
        env.profile.extraTokenHeader = "AccessKey";
        env.profile.transferTimeoutMs = 5000;
        env.retry = retry;
        env.clock = [this] { return m_now; };
        env.random = [] { return 0.5; };
        return env;
    }
    GatewayClient *client(GatewayEnvironment env) {
        return new GatewayClient(env, {QStringLiteral("demo-key"), QStringLiteral("demo-secret")}, this);
    }
    GatewayClient *client() { return client(environment()); }

    template <typename Job> static Job *keep(Job *job) {
        job->setAutoDelete(false);
        return job;
    }

private Q_SLOTS:
    void init() {
        m_nam = new QNetworkAccessManager(this);
        m_server = new ScriptedServer(this);
        m_now = QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());
        QVERIFY(m_server->port() != 0);
    }
    void cleanup() {
        delete m_server;
        delete m_nam;
    }

    void token_basicAuthFormBodyThenBearerAndExtraHeader() {
        auto *c = client();
        std::unique_ptr<PushDossierJob> job(keep(c->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));

        QCOMPARE(m_server->requests.size(), 2);
        const auto &token = m_server->requests.at(0);
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.path, QByteArray("/token"));
        QCOMPARE(token.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(token.headers.value("authorization"),
                 QByteArray("Basic ") + QByteArray("demo-key:demo-secret").toBase64());
        QCOMPARE(token.body, QByteArray("grant_type=client_credentials"));

        const auto &push = m_server->requests.at(1);
        QCOMPARE(push.path, QByteArray("/apiBTXH/1.0/DongBoDVC"));
        QCOMPARE(push.headers.value("authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(push.headers.value("accesskey"), QByteArray("token-1"));
        QVERIFY(push.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(bodyOf(push).value(QStringLiteral("LoaiDuLieu")).toVariant().toString(),
                 QStringLiteral("1"));
        QCOMPARE(bodyOf(push).value(QStringLiteral("MaHoSo")).toString(),
                 QStringLiteral("000.00.15.G07-221209-0001"));
        QCOMPARE(job->result().errorCode, 0);
        QCOMPARE(job->result().message, QStringLiteral("OK"));
    }

    void services_endpointsAndDataKinds() {
        auto *c = client();
        ProcessingStep step;
        step.setValue(ProgressField::MaHoSo, QStringLiteral("000.00.15.G07-221209-0001"));
        step.setValue(ProgressField::NoiDungXuLy, QStringLiteral("đã tiếp nhận"));
        m_server->serviceHandler = [](const ScriptedServer::Request &r) {
            if (r.path.endsWith("DanhSachHoSo") || r.path.endsWith("TienTrinhXuLy"))
                return ScriptedServer::json(200,
                                            "{\"result\":{\"message\":\"ok\",\"error_code\":0,\"data\":[]}}");
            return ScriptedServer::json(200, "{\"error_code\":0,\"message\":\"ok\"}");
        };
        QList<GatewayJob *> jobs = {
            keep(c->pushDossier(sampleDossier())), keep(c->pushProgress(step)),
            keep(c->pushResult(sampleDossier())),  keep(c->pullDossiers(sampleQuery())),
            keep(c->pullProgress(sampleQuery())),  keep(c->pullResults(sampleQuery()))};
        int finished = 0;
        for (GatewayJob *job : jobs)
            connect(job, &GatewayJob::finished, this, [&finished] { ++finished; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
        for (GatewayJob *job : jobs)
            QVERIFY2(!job->error().isError(), qPrintable(job->error().text));
        qDeleteAll(jobs);
        QCOMPARE(m_server->tokensIssued(), 1); // one token shared by six concurrent calls

        QHash<QByteArray, QStringList> kinds;
        for (const auto &r : std::as_const(m_server->requests)) {
            if (!r.path.endsWith("/token"))
                kinds[r.path].append(bodyOf(r).value(QStringLiteral("LoaiDuLieu")).toVariant().toString());
        }
        auto sorted = [](QStringList l) {
            l.sort();
            return l;
        };
        QCOMPARE(sorted(kinds.value("/apiBTXH/1.0/DongBoDVC")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("100")}));
        QCOMPARE(kinds.value("/apiBTXH/1.0/XuLyHoSo"), QStringList{QString()});
        QCOMPARE(sorted(kinds.value("/apiBTXH/1.0/DanhSachHoSo")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("100")}));
        QCOMPARE(kinds.value("/apiBTXH/1.0/TienTrinhXuLy"), QStringList{QStringLiteral("100")});
        for (const auto &r : std::as_const(m_server->requests)) {
            if (r.path.endsWith("DanhSachHoSo")) {
                QCOMPARE(bodyOf(r).value(QStringLiteral("MaTinh")).toString(), QStringLiteral("01"));
                QCOMPARE(bodyOf(r).value(QStringLiteral("ThoiGianBatDau")).toString(),
                         QStringLiteral("01/12/2022 09:53:00"));
                QCOMPARE(bodyOf(r).value(QStringLiteral("ThoiGianKetThuc")).toString(),
                         QStringLiteral("11/12/2022 09:53:00"));
            }
        }
    }

    void token_reusedUntilShortlyBeforeExpiry() {
        m_server->setTokenLifetime(600); // margin: 60 s
        auto *c = client();
        auto push = [&] {
            std::unique_ptr<PushDossierJob> job(keep(c->pushDossier(sampleDossier())));
            return finishes(job.get()) && job->result().ok();
        };
        QVERIFY(push());
        QVERIFY(push());
        QCOMPARE(m_server->tokensIssued(), 1);
        m_now = m_now.addSecs(539);
        QVERIFY(push());
        QCOMPARE(m_server->tokensIssued(), 1);
        m_now = m_now.addSecs(2); // 541 s: inside the margin before expires_in
        QVERIFY(push());
        QCOMPARE(m_server->tokensIssued(), 2);
        QCOMPARE(m_server->requests.last().headers.value("authorization"), QByteArray("Bearer token-2"));
    }

    void unauthorized_fetchesOneNewTokenAndReplays() {
        m_server->serviceHandler = [](const ScriptedServer::Request &r) {
            if (r.headers.value("authorization") == "Bearer token-1")
                return ScriptedServer::json(
                    401, "{\"fault\":{\"code\":900901,\"message\":\"Invalid Credentials\"}}");
            return ScriptedServer::json(200, "{\"error_code\":0,\"message\":\"OK\"}");
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QVERIFY(job->replayedAfterUnauthorized());
        QCOMPARE(m_server->tokensIssued(), 2);
        QCOMPARE(m_server->count("DongBoDVC"), 2);
    }

    void unauthorized_twice_isAnErrorAfterOneReplay() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(401,
                                        "{\"fault\":{\"code\":900901,\"message\":\"Invalid Credentials\"}}");
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Unauthorized);
        QCOMPARE(job->error().httpStatus, 401);
        QCOMPARE(job->error().gatewayMessage, QStringLiteral("Invalid Credentials"));
        QVERIFY(!job->error().isTransient());
        QCOMPARE(m_server->tokensIssued(), 2);
        QCOMPARE(m_server->count("DongBoDVC"), 2);
    }

    void tokenRefused_isUnauthorizedAndNotRetried() {
        m_server->tokenHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed.\"}");
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Unauthorized);
        QVERIFY(job->error().text.contains(QStringLiteral("consumer key")));
        QCOMPARE(m_server->count("/token"), 1);
        QCOMPARE(m_server->count("DongBoDVC"), 0);
    }

    void missingCredentials_refusedWithoutSendingAnything() {
        auto *c = new GatewayClient(environment(), Credentials(), this);
        std::unique_ptr<PushDossierJob> job(keep(c->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Configuration);
        QVERIFY(m_server->requests.isEmpty());
    }

    void insecureRemoteUrl_refusedWithoutSendingAnything() {
        GatewayEnvironment env = environment();
        env.profile.baseUrl =
            QUrl(QStringLiteral("http://api.ngsp.gov.vn")); // never contacted: refused first
        std::unique_ptr<PushDossierJob> job(keep(client(env)->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Configuration);
        QVERIFY(job->error().text.contains(QStringLiteral("https://")));
        QCOMPARE(job->attempts(), 0);
    }

    void serverErrors_retriedWithBackoffThenSucceed() {
        int calls = 0;
        m_server->serviceHandler = [&calls](const ScriptedServer::Request &) {
            ++calls;
            if (calls == 1)
                return ScriptedServer::json(500, "{\"error_code\":500,\"message\":\"boom\"}");
            if (calls == 2) {
                Reply r = ScriptedServer::json(503, "<html><body>503 Service Unavailable</body></html>");
                r.contentType = "text/html";
                return r;
            }
            return ScriptedServer::json(200, "{\"error_code\":0,\"message\":\"OK\"}");
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QCOMPARE(job->attempts(), 3);
        QCOMPARE(calls, 3);
    }

    void tooManyRequests_honoursRetryAfter() {
        int calls = 0;
        m_server->serviceHandler = [&calls](const ScriptedServer::Request &) {
            if (++calls == 1) {
                Reply r = ScriptedServer::json(429, "{\"error_code\":429,\"message\":\"slow down\"}");
                r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
                return r;
            }
            return ScriptedServer::json(200, "{\"error_code\":0,\"message\":\"OK\"}");
        };
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QVERIFY2(timer.elapsed() >= 950,
                 qPrintable(QString::number(timer.elapsed()))); // backoff alone is ~20 ms
        QCOMPARE(calls, 2);
    }

    void retryAfterLongerThanWeWait_endsTheCall() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            Reply r = ScriptedServer::json(429, "{\"error_code\":429,\"message\":\"come back tomorrow\"}");
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "3600"));
            return r;
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::HttpStatus);
        QCOMPARE(job->error().httpStatus, 429);
        QCOMPARE(job->error().retryAfterSeconds, 3600);
        QCOMPARE(job->error().gatewayMessage, QStringLiteral("come back tomorrow"));
        QVERIFY(job->error().isTransient());
        QCOMPARE(m_server->count("DongBoDVC"), 1);
    }

    void serverErrors_boundedAttemptsThenTransientError() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(503, "{\"error_code\":503,\"message\":\"Bảo trì\"}");
        };
        std::unique_ptr<PushDossierJob> job(
            keep(client(environment(RetryPolicy::fast(4)))->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::HttpStatus);
        QCOMPARE(job->error().httpStatus, 503);
        QCOMPARE(job->error().attempts, 4);
        QCOMPARE(job->error().gatewayMessage, QStringLiteral("Bảo trì"));
        QVERIFY(job->error().isTransient());
        QCOMPARE(m_server->count("DongBoDVC"), 4);
    }

    void businessError_verbatimAndNotRetried() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                200,
                QStringLiteral("{\"error_code\":5,\"message\":\"Hồ sơ đã tồn tại trên hệ thống\"}").toUtf8());
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        const PushResult r = job->result();
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, GatewayError::Kind::Business);
        QCOMPARE(r.errorCode, 5);
        QCOMPARE(r.message, QStringLiteral("Hồ sơ đã tồn tại trên hệ thống"));
        QCOMPARE(r.error.gatewayCode, 5);
        QCOMPARE(r.error.gatewayMessage, QStringLiteral("Hồ sơ đã tồn tại trên hệ thống"));
        QVERIFY(r.error.text.contains(QStringLiteral("Hồ sơ đã tồn tại trên hệ thống")));
        QVERIFY(!r.error.isTransient());
        QCOMPARE(m_server->count("DongBoDVC"), 1);
    }

    void businessErrorAsString_andInsideResult_areRead() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, "{\"result\":{\"error_code\":\"7\",\"message\":\"Sai ma\"}}");
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->result().error.kind, GatewayError::Kind::Business);
        QCOMPARE(job->result().errorCode, 7);
    }

    void badRequest_notRetried() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(400, "{\"error_code\":400,\"message\":\"Du lieu khong hop le\"}");
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::HttpStatus);
        QCOMPARE(job->error().httpStatus, 400);
        QCOMPARE(job->error().gatewayMessage, QStringLiteral("Du lieu khong hop le"));
        QVERIFY(!job->error().isTransient());
        QCOMPARE(m_server->count("DongBoDVC"), 1);
    }

    void hang_timesOutRetriesThenTimeoutError() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            Reply r;
            r.mode = Reply::Mode::Hang;
            return r;
        };
        GatewayEnvironment env = environment(RetryPolicy::fast(2));
        env.profile.transferTimeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<PushDossierJob> job(keep(client(env)->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Timeout);
        QVERIFY(job->error().isTransient());
        QCOMPARE(job->error().attempts, 2);
        QCOMPARE(m_server->count("DongBoDVC"), 2);
        QVERIFY(timer.elapsed() < 5000);
    }

    void droppedConnection_isNetworkErrorRetried() {
        int calls = 0;
        m_server->serviceHandler = [&calls](const ScriptedServer::Request &) {
            Reply r = ScriptedServer::json(200, "{\"error_code\":0,\"message\":\"OK\"}");
            if (++calls == 1)
                r.mode = Reply::Mode::Drop;
            return r;
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QVERIFY(calls >= 2);
    }

    void truncatedBody_isNetworkErrorRetriedThenReported() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            Reply r =
                ScriptedServer::json(200, "{\"result\":{\"message\":\"ok\",\"error_code\":0,\"data\":[]}}");
            r.mode = Reply::Mode::Truncate;
            return r;
        };
        std::unique_ptr<PullDossiersJob> job(keep(client()->pullDossiers(sampleQuery())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Network);
        QVERIFY(job->error().isTransient());
        QCOMPARE(job->error().attempts, 3);
        QVERIFY(!job->error().text.isEmpty());
    }

    void bodyCutShortWithoutAnError_isNetworkErrorRetried() {
        QFETCH(int, cutShort);
        QFETCH(bool, ok);
        const QByteArray body = "{\"result\":{\"message\":\"ok\",\"error_code\":0,\"data\":[]}}";
        m_server->serviceHandler = [&body](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, body);
        };
        CutShortNetwork network;
        network.whole = body;
        network.cutShort = cutShort;
        GatewayEnvironment env = environment();
        env.network = &network;
        std::unique_ptr<PullDossiersJob> job(keep(client(env)->pullDossiers(sampleQuery())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(network.cutShort, std::max(0, cutShort - 3));
        if (ok) {
            QVERIFY2(job->result().ok(), qPrintable(job->error().text));
            QCOMPARE(m_server->count("DanhSachHoSo"), 1);
            return;
        }
        QCOMPARE(job->error().kind, GatewayError::Kind::Network);
        QVERIFY(job->error().isTransient());
        QCOMPARE(job->error().attempts, 3);
        QVERIFY2(job->error().text.contains(QString::number(body.size())), qPrintable(job->error().text));
        QCOMPARE(m_server->count("DanhSachHoSo"), 0);
    }
    void bodyCutShortWithoutAnError_isNetworkErrorRetried_data() {
        QTest::addColumn<int>("cutShort");
        QTest::addColumn<bool>("ok");
        QTest::newRow("once, then whole") << 1 << true;
        QTest::newRow("every attempt") << 5 << false;
    }

    void htmlPage_isMalformedReplyNamingHtml() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            Reply r = ScriptedServer::json(200, "<!DOCTYPE html><html><body><h1>Login</h1></body></html>");
            r.contentType = "text/html; charset=utf-8";
            return r;
        };
        std::unique_ptr<PullDossiersJob> job(keep(client()->pullDossiers(sampleQuery())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::MalformedReply);
        QVERIFY2(job->error().text.contains(QStringLiteral("HTML")), qPrintable(job->error().text));
        QCOMPARE(m_server->count("DanhSachHoSo"), 1);
    }

    void oversizedReply_refusedWithClearError() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, "{\"result\":{\"message\":\"" + QByteArray(5000, 'x') +
                                                 "\",\"error_code\":0,\"data\":[]}}");
        };
        GatewayEnvironment env = environment();
        env.profile.maxResponseBytes = 1000;
        std::unique_ptr<PullDossiersJob> job(keep(client(env)->pullDossiers(sampleQuery())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::TooLarge);
        QVERIFY(!job->error().isTransient());
        QCOMPARE(m_server->count("DanhSachHoSo"), 1);
    }

    void malformedReplies_refusedWithReason_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("pull");
        QTest::newRow("cut JSON") << QByteArray("{\"error_code\":0,\"mess") << false;
        QTest::newRow("array") << QByteArray("[1,2]") << false;
        QTest::newRow("no error_code") << QByteArray("{\"message\":\"ok\"}") << false;
        QTest::newRow("error_code text") << QByteArray("{\"error_code\":\"abc\",\"message\":\"x\"}") << false;
        QTest::newRow("error_code fraction") << QByteArray("{\"error_code\":0.5}") << false;
        QTest::newRow("message object") << QByteArray("{\"error_code\":0,\"message\":{}}") << false;
        QTest::newRow("pull cut")
            << QByteArray("{\"result\":{\"message\":\"ok\",\"error_code\":0,\"data\":[{\"maHoSo\":") << true;
        QTest::newRow("pull result string") << QByteArray("{\"result\":\"ok\"}") << true;
        QTest::newRow("empty") << QByteArray("  ") << true;
    }
    void malformedReplies_refusedWithReason() {
        QFETCH(QByteArray, body);
        QFETCH(bool, pull);
        m_server->serviceHandler = [body](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, body);
        };
        std::unique_ptr<GatewayJob> job(
            pull ? static_cast<GatewayJob *>(keep(client()->pullDossiers(sampleQuery())))
                 : static_cast<GatewayJob *>(keep(client()->pushDossier(sampleDossier()))));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::MalformedReply);
        QVERIFY(job->error().text.size() > 30);
        QCOMPARE(job->attempts(), 1);
    }

    void pull_readsTheResponseDialect() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            QFile file(QStringLiteral(BTXH_NDXP_TEST_DATA "/pull-dossier.json"));
            file.open(QIODevice::ReadOnly);
            return ScriptedServer::json(200, file.readAll());
        };
        std::unique_ptr<PullDossiersJob> job(keep(client()->pullDossiers(sampleQuery())));
        QVERIFY(finishes(job.get()));
        const PullResult r = job->result();
        QVERIFY2(r.ok(), qPrintable(r.error.text));
        QCOMPARE(r.payload.errorCode, 0);
        QCOMPARE(r.payload.message, QStringLiteral("Lấy dữ liệu thành công"));
        QCOMPARE(r.payload.dossiers.size(), 1);
        const Dossier &d = r.payload.dossiers.first();
        QCOMPARE(d.code(), QStringLiteral("000.00.15.G07-221129-0002"));
        QCOMPARE(d.value(DossierField::HKTT_MaTinh), QStringLiteral("01"));
        QCOMPARE(d.value(DossierField::CMND), QStringLiteral("001142003354"));
    }

    void pull_businessError_verbatim() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(200,
                                        QStringLiteral("{\"result\":{\"message\":\"Không có quyền truy cập "
                                                       "dữ liệu tỉnh 79\",\"error_code\":3,\"data\":null}}")
                                            .toUtf8());
        };
        std::unique_ptr<PullDossiersJob> job(keep(client()->pullDossiers(sampleQuery())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->result().error.kind, GatewayError::Kind::Business);
        QCOMPARE(job->result().error.gatewayCode, 3);
        QCOMPARE(job->result().error.gatewayMessage,
                 QStringLiteral("Không có quyền truy cập dữ liệu tỉnh 79"));
        QCOMPARE(m_server->count("DanhSachHoSo"), 1);
    }

    void abort_finishesOnceAsCancelled() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            Reply r;
            r.mode = Reply::Mode::Hang;
            return r;
        };
        auto *c = client();
        std::unique_ptr<PushDossierJob> job(keep(c->pushDossier(sampleDossier())));
        QSignalSpy spy(job.get(), &GatewayJob::finished);
        QTRY_COMPARE(m_server->count("DongBoDVC"), 1);
        QCOMPARE(c->runningJobs(), 1);
        c->abortAll();
        QCOMPARE(spy.count(), 0); // never from inside abort()
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job->error().kind, GatewayError::Kind::Cancelled);
        job->abort();
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }

    void abort_beforeStart_sendsNothing() {
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        job->abort();
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Cancelled);
        QTest::qWait(50);
        QVERIFY(m_server->requests.isEmpty());
    }

    void jobsDeleteThemselvesAfterFinished() {
        auto *c = client();
        QPointer<PushDossierJob> job = c->pushDossier(sampleDossier());
        bool ok = false;
        connect(job.data(), &GatewayJob::finished, this, [&ok, job] { ok = job->result().ok(); });
        QTRY_VERIFY(job.isNull());
        QVERIFY(ok);
    }

    void tls_untrustedCertificateRefused_trustedCaFileAccepted() {
        const QString dir = QStringLiteral(BTXH_NDXP_TEST_DATA);
        ScriptedServer tlsServer(nullptr, dir + QStringLiteral("/localhost-cert.pem"),
                                 dir + QStringLiteral("/localhost-key.pem"));
        GatewayEnvironment env = environment();
        env.profile.baseUrl = QUrl(QString::fromLatin1(tlsServer.baseUrl()));

        std::unique_ptr<PushDossierJob> refused(keep(client(env)->pushDossier(sampleDossier())));
        QVERIFY(finishes(refused.get()));
        QCOMPARE(refused->error().kind, GatewayError::Kind::Tls);
        QCOMPARE(refused->error().attempts, 1);
        QVERIFY(tlsServer.requests.isEmpty());

        env.profile.trustedCaFile = dir + QStringLiteral("/localhost-cert.pem");
        std::unique_ptr<PushDossierJob> accepted(keep(client(env)->pushDossier(sampleDossier())));
        QVERIFY(finishes(accepted.get()));
        QVERIFY2(accepted->result().ok(), qPrintable(accepted->error().text));
        QCOMPARE(tlsServer.count("DongBoDVC"), 1);
    }

    void trickle_endsAtTheOverallDeadline() {
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            Reply r =
                ScriptedServer::json(200, QByteArray(200, ' ') + "{\"error_code\":0,\"message\":\"OK\"}");
            r.mode = Reply::Mode::Trickle;
            return r;
        };
        GatewayEnvironment env = environment(RetryPolicy::fast(1));
        env.profile.transferTimeoutMs = 5000; // a byte comes every 100 ms: never idle that long
        env.profile.requestDeadlineMs = 600;
        std::unique_ptr<PushDossierJob> job(keep(client(env)->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get(), 8000));
        QCOMPARE(job->error().kind, GatewayError::Kind::Timeout);
        QVERIFY(job->error().outcomeUnknown);
    }

    void progressStep_notSentAgainAfterAnUnknownOutcome_data() {
        QTest::addColumn<int>("mode"); // 0: a 500, 1: a dropped connection
        QTest::newRow("500") << 0;
        QTest::newRow("dropped") << 1;
    }

    void progressStep_notSentAgainAfterAnUnknownOutcome() {
        QFETCH(int, mode);
        m_server->serviceHandler = [mode](const ScriptedServer::Request &) {
            Reply r = ScriptedServer::json(500, "{\"error_code\":500,\"message\":\"boom\"}");
            if (mode == 1)
                r.mode = Reply::Mode::Drop;
            return r;
        };
        ProcessingStep step;
        step.setValue(ProgressField::MaHoSo, QStringLiteral("000.00.01.H26-221201-0001"));
        std::unique_ptr<PushProgressJob> job(keep(client()->pushProgress(step)));
        QVERIFY(finishes(job.get()));
        QVERIFY(job->error().outcomeUnknown);
        QCOMPARE(m_server->count("XuLyHoSo"), 1); // XuLyHoSo appends: the engine checks before sending again
        // A dossier is an upsert by MaHoSo: the same failure is retried (and Qt itself may send it once more
        // after a dropped connection).
        std::unique_ptr<PushDossierJob> dossier(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(dossier.get()));
        QVERIFY(m_server->count("DongBoDVC") >= 3);
    }

    void push_carriesItsIdempotencyKey() {
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        job->setIdempotencyKey(QStringLiteral("0b6f0c1e-key"));
        QVERIFY(finishes(job.get()));
        QVERIFY(job->result().ok());
        QCOMPARE(m_server->requests.constLast().headers.value("idempotency-key"), QByteArray("0b6f0c1e-key"));
    }

    void gatewaySetUpWrong_isGatewayLevelAndNotRetried_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void gatewaySetUpWrong_isGatewayLevelAndNotRetried() {
        QFETCH(int, status);
        m_server->serviceHandler = [status](const ScriptedServer::Request &) {
            Reply r = ScriptedServer::json(status, "<html>login</html>");
            r.contentType = "text/html";
            r.headers.append(
                {QByteArrayLiteral("Location"), QByteArrayLiteral("http://portal.example/login")});
            return r;
        };
        std::unique_ptr<PushDossierJob> job(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QVERIFY(job->error().isGatewayLevel());
        QCOMPARE(job->error().httpStatus, status);
        QCOMPARE(m_server->count("DongBoDVC"), 1);
        // A business refusal of one item is not.
        m_server->serviceHandler = [](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, "{\"error_code\":4,\"message\":\"trùng\"}");
        };
        std::unique_ptr<PushDossierJob> refused(keep(client()->pushDossier(sampleDossier())));
        QVERIFY(finishes(refused.get()));
        QVERIFY(!refused->error().isGatewayLevel());
    }

    void connectionRefused_isTransientNetworkError() {
        GatewayEnvironment env = environment(RetryPolicy::fast(2));
        const quint16 port = m_server->port();
        delete m_server; // nothing listens there any more
        m_server = nullptr;
        env.profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        std::unique_ptr<PushDossierJob> job(keep(client(env)->pushDossier(sampleDossier())));
        QVERIFY(finishes(job.get()));
        QCOMPARE(job->error().kind, GatewayError::Kind::Network);
        QVERIFY(job->error().isTransient());
        QCOMPARE(job->error().attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"

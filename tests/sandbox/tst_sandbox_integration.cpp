// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway client against a real ndxp-sandbox process on 127.0.0.1: every fault option gives the
// documented client behaviour (src/sandbox/README.md), and nothing is lost or doubled on the server.
#include "GatewayClient.h"
#include "TestSandbox.h"
#include "TokenProvider.h"
#include "WireDate.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace btxh;
using btxh::test::TestSandbox;

namespace {

Dossier dossier(const QString &code, const QString &province = QStringLiteral("01")) {
    // The pull example's applicant (tests/fixtures/spec/pull-dossiers-response.json), under `code`.
    Dossier d = Dossier::socialProtection(code);
    d.setValue(DossierField::MaTTHC, QStringLiteral("1.001731"));
    d.setValue(DossierField::TenTTHC, QStringLiteral("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội"));
    d.setValue(DossierField::HoVaTen, QStringLiteral("Phan Thị Bằng"));
    d.setValue(DossierField::NgayThangNamSinh, QStringLiteral("08/12/1942"));
    d.setValue(DossierField::CMND, QStringLiteral("001142003354"));
    d.setValue(DossierField::CMND_NoiCap, IdIssuer::AdministrativePolice);
    d.setValue(DossierField::MaTinh, province);
    d.setValue(DossierField::MaHuyen, QStringLiteral("274"));
    d.setValue(DossierField::MaXa, QStringLiteral("09889"));
    d.setValue(DossierField::HKTT_MaTinh, province);
    d.setValue(DossierField::NgayTiepNhan, QStringLiteral("08/12/2022 18:53:00"));
    d.setValue(DossierField::SubmittedDate, QStringLiteral("09/12/2022 13:53:25"));
    d.setValue(DossierField::StatusId, DossierStatus::Registered);
    d.extent.hasDocumentList = true;
    return d;
}

Query query(const QString &province, const QDateTime &from, const QDateTime &to,
            const QString &district = {}) {
    Query q;
    q.setValue(QueryField::MaTinh, province);
    q.setValue(QueryField::MaHuyen, district.isNull() ? QString(QLatin1StringView("")) : district);
    q.setValue(QueryField::MaXa, QString(QLatin1StringView("")));
    q.setWindow(from, to);
    return q;
}

int at(const QJsonObject &stats, const char *group, const char *key) {
    return stats.value(QLatin1StringView(group)).toObject().value(QLatin1StringView(key)).toInt();
}

} // namespace

class TestSandboxIntegration : public QObject {
    Q_OBJECT

    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    bool startSandbox(const QStringList &args = {}) {
        m_sandbox = std::make_unique<TestSandbox>(
            args + QStringList{QStringLiteral("--fault-seed"), QStringLiteral("7")});
        if (!m_sandbox->start()) {
            qWarning("%s\n%s", qPrintable(m_sandbox->error()), m_sandbox->output().constData());
            return false;
        }
        return true;
    }

    GatewayEnvironment environment(RetryPolicy retry = RetryPolicy::fast(3)) {
        GatewayEnvironment env;
        env.network = m_nam.get();
        env.profile = EndpointProfile::custom(m_sandbox->baseUrl());
        env.profile.transferTimeoutMs = 3000;
        env.profile.tokenTimeoutMs = 3000;
        env.retry = retry;
        env.random = [] { return 0.5; };
        return env;
    }

    GatewayClient *client(const GatewayEnvironment &env,
                          const Credentials &credentials = {QStringLiteral("demo-key"),
                                                            QStringLiteral("demo-secret")}) {
        return new GatewayClient(env, credentials, this);
    }

    // Runs a job to its end and keeps it for inspection.
    template <typename Job> static std::unique_ptr<Job> run(Job *job, int timeoutMs = 20000) {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &GatewayJob::finished);
        if (!spy.wait(timeoutMs))
            qWarning("job did not finish in %d ms", timeoutMs);
        return std::unique_ptr<Job>(job);
    }

private Q_SLOTS:
    void init() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    void cleanup() {
        m_sandbox.reset();
        m_nam.reset();
    }

    void pushTwice_storedOnce() {
        QVERIFY(startSandbox());
        auto *c = client(environment());
        const Dossier d = dossier(QStringLiteral("000.00.15.G07-221209-0001"));
        for (int i = 0; i < 2; ++i) {
            auto job = run(c->pushDossier(d));
            QVERIFY2(job->result().ok(), qPrintable(job->error().text));
            QCOMPARE(job->result().errorCode, 0);
            QCOMPARE(job->result().message, QStringLiteral("Đồng bộ hồ sơ thành công"));
        }
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(at(stats, "stored", "dossiers"), 1);
        QCOMPARE(at(stats, "pushes", "dossiers"), 2);
        QCOMPARE(at(stats, "token", "issued"), 1);
        const QJsonObject record = m_sandbox->records(QStringLiteral("000.00.15.G07-221209-0001"));
        QCOMPARE(
            record.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("pushCount")).toInt(), 2);

        // The final result and a step of the same dossier are stored beside it.
        QVERIFY(run(c->pushResult(d))->result().ok());
        ProcessingStep step;
        step.setValue(ProgressField::MaHoSo, d.code());
        step.setValue(ProgressField::NoiDungXuLy, QStringLiteral("đã tiếp nhận"));
        step.setValue(ProgressField::ThoiDiemXuLy, QStringLiteral("09/12/2022 08:00:00"));
        step.setValue(ProgressField::StatusId, QStringLiteral("2"));
        QVERIFY(run(c->pushProgress(step))->result().ok());
        QVERIFY(run(c->pushProgress(step))->result().ok());
        const QJsonObject after = m_sandbox->stats();
        QCOMPARE(at(after, "stored", "dossiers"), 1);
        QCOMPARE(at(after, "stored", "results"), 1);
        QCOMPARE(at(after, "stored", "steps"), 1);
    }

    void businessError_verbatimNotRetried() {
        QVERIFY(startSandbox());
        Dossier d = dossier(QStringLiteral("000.00.15.G07-221209-0002"));
        d.fields.clear(int(DossierField::MaTinh));
        auto job = run(client(environment())->pushDossier(d));
        QCOMPARE(job->error().kind, GatewayError::Kind::Business);
        QCOMPARE(job->result().errorCode, 3);
        QCOMPARE(job->result().message, QStringLiteral("Thiếu mã tỉnh (MaTinh)"));
        QCOMPARE(at(m_sandbox->stats(), "services", "DongBoDVC"), 1);
    }

    void pull_seededDossiersByWindowAndArea() {
        QVERIFY(startSandbox({QStringLiteral("--seed"), QStringLiteral("60"), QStringLiteral("--seed-random"),
                              QStringLiteral("5"), QStringLiteral("--seed-provinces"),
                              QStringLiteral("01,79"), QStringLiteral("--seed-days"), QStringLiteral("20"),
                              QStringLiteral("--seed-until"), QStringLiteral("30/06/2024 17:00:00")}));
        auto *c = client(environment());
        const QDateTime from(QDate(2024, 6, 1), QTime(0, 0)), to(QDate(2024, 6, 30), QTime(17, 0));

        QSet<QString> codes;
        int total = 0;
        QString someDistrict;
        for (const QString &province : {QStringLiteral("01"), QStringLiteral("79")}) {
            auto job = run(c->pullDossiers(query(province, from, to)));
            QVERIFY2(job->result().ok(), qPrintable(job->error().text));
            const Payload &p = job->result().payload;
            QVERIFY(!p.dossiers.isEmpty());
            for (const Dossier &d : p.dossiers) {
                QCOMPARE(d.value(DossierField::MaTinh), province);
                QVERIFY(!d.value(DossierField::HoVaTen).isEmpty());
                QVERIFY(WireDate::parse(d.value(DossierField::SubmittedDate)).isValid());
                codes << d.code();
            }
            if (someDistrict.isEmpty())
                someDistrict = p.dossiers.first().value(DossierField::MaHuyen);
            total += int(p.dossiers.size());
        }
        QCOMPARE(total, 60);
        QCOMPARE(codes.size(), 60);

        auto narrow = run(c->pullDossiers(query(QStringLiteral("01"), from, to, someDistrict)));
        QVERIFY(narrow->result().ok());
        QVERIFY(!narrow->result().payload.dossiers.isEmpty());
        for (const Dossier &d : narrow->result().payload.dossiers)
            QCOMPARE(d.value(DossierField::MaHuyen), someDistrict);

        auto empty =
            run(c->pullDossiers(query(QStringLiteral("01"), QDateTime(QDate(2020, 1, 1), QTime(0, 0)),
                                      QDateTime(QDate(2020, 2, 1), QTime(0, 0)))));
        QVERIFY(empty->result().ok());
        QCOMPARE(empty->result().payload.dossiers.size(), 0);

        auto results = run(c->pullResults(query(QStringLiteral("01"), from, to)));
        QVERIFY(results->result().ok());
        for (const Dossier &d : results->result().payload.dossiers) {
            QVERIFY(d.isFinalResult());
            QVERIFY(codes.contains(d.code()));
            QVERIFY(!d.extent.resultPapers.isEmpty());
        }
        auto progress = run(c->pullProgress(query(QStringLiteral("01"), from, to)));
        QVERIFY2(progress->result().ok(), qPrintable(progress->error().text));
        QVERIFY(progress->result().payload.steps.size() >= 2);
        for (const ProcessingStep &s : progress->result().payload.steps) {
            QVERIFY(codes.contains(s.dossierCode()));
            QVERIFY(!s.value(ProgressField::NguoiXuLy).isEmpty()); // sent as "nguaiXuLy"
            QVERIFY(!s.value(ProgressField::StatusId).isEmpty());  // sent as "trangThai"
        }
    }

    void pull_thousandsOfDossiersInOneWindow() {
        QVERIFY(startSandbox({QStringLiteral("--seed"), QStringLiteral("3000"),
                              QStringLiteral("--seed-provinces"), QStringLiteral("01"),
                              QStringLiteral("--seed-until"), QStringLiteral("30/06/2024 17:00:00")}));
        GatewayEnvironment env = environment();
        env.profile.transferTimeoutMs = 30000;
        QElapsedTimer timer;
        timer.start();
        auto job = run(
            client(env)->pullDossiers(query(QStringLiteral("01"), QDateTime(QDate(2024, 1, 1), QTime(0, 0)),
                                            QDateTime(QDate(2024, 7, 1), QTime(0, 0)))),
            60000);
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QCOMPARE(job->result().payload.dossiers.size(), 3000);
        QSet<QString> codes;
        for (const Dossier &d : job->result().payload.dossiers)
            codes << d.code();
        QCOMPARE(codes.size(), 3000);
        qInfo("3,000 dossiers pulled and read in %lld ms", timer.elapsed());
    }

    void pushThenPull_roundTripsThroughTheDialect() {
        QVERIFY(startSandbox());
        auto *c = client(environment());
        const Dossier sent = dossier(QStringLiteral("000.00.15.G07-221209-0003"), QStringLiteral("11"));
        QVERIFY(run(c->pushDossier(sent))->result().ok());
        const QDateTime now = QDateTime::currentDateTime();
        auto job = run(c->pullDossiers(query(QStringLiteral("11"), now.addSecs(-120), now.addSecs(120))));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QCOMPARE(job->result().payload.dossiers.size(), 1);
        const Dossier &got = job->result().payload.dossiers.first();
        for (DossierField f :
             {DossierField::MaHoSo, DossierField::HoVaTen, DossierField::CMND, DossierField::CMND_NoiCap,
              DossierField::HKTT_MaTinh, DossierField::MaHuyen, DossierField::TenTTHC})
            QCOMPARE(got.value(f), sent.value(f));
        QCOMPARE(WireDate::parse(got.value(DossierField::NgayThangNamSinh)).date, QDate(1942, 12, 8));
        QCOMPARE(WireDate::parse(got.value(DossierField::SubmittedDate)).dateTime(),
                 QDateTime(QDate(2022, 12, 9), QTime(13, 53, 25)));
    }

    void latency_withinTimeout_isOnlySlower() {
        QVERIFY(startSandbox({QStringLiteral("--latency-ms"), QStringLiteral("400")}));
        QElapsedTimer timer;
        timer.start();
        auto job =
            run(client(environment())->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0004"))));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QVERIFY(timer.elapsed() >= 800); // token and push each delayed
        QCOMPARE(job->attempts(), 1);
    }

    void errorStatuses_retriedWithBackoffThenReported_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("minimumMs");
        QTest::newRow("500") << 500 << 0;
        QTest::newRow("503 html + Retry-After") << 503 << 1900;
        QTest::newRow("429 Retry-After") << 429 << 1900;
    }
    void errorStatuses_retriedWithBackoffThenReported() {
        QFETCH(int, status);
        QFETCH(int, minimumMs);
        QVERIFY(startSandbox());
        auto *c = client(environment());
        QVERIFY(run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0005"))))->result().ok());
        m_sandbox->setFaults({{QStringLiteral("errorRate"), 1},
                              {QStringLiteral("failStatus"), status},
                              {QStringLiteral("retryAfterSeconds"), 1}});
        QElapsedTimer timer;
        timer.start();
        auto job = run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0006"))));
        QCOMPARE(job->error().kind, GatewayError::Kind::HttpStatus);
        QCOMPARE(job->error().httpStatus, status);
        QCOMPARE(job->error().attempts, 3);
        QVERIFY(job->error().isTransient());
        QVERIFY2(timer.elapsed() >= minimumMs, qPrintable(QString::number(timer.elapsed())));
        QJsonObject stats = m_sandbox->stats();
        QCOMPARE(at(stats, "faults", "errors"), 3);
        QCOMPARE(at(stats, "stored", "dossiers"), 1); // refused requests are not processed

        m_sandbox->setFaults({{QStringLiteral("errorRate"), 0}});
        QVERIFY(run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0006"))))->result().ok());
        QCOMPARE(at(m_sandbox->stats(), "stored", "dossiers"), 2);
    }

    void partialErrorRate_retriesGetThrough() {
        QVERIFY(startSandbox({QStringLiteral("--error-rate"), QStringLiteral("0.3")}));
        auto *c = client(environment(RetryPolicy::fast(6)));
        for (int i = 0; i < 8; ++i) {
            auto job = run(c->pushDossier(
                dossier(QStringLiteral("000.00.15.G07-221210-%1").arg(i + 1, 4, 10, QLatin1Char('0')))));
            QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        }
        const QJsonObject stats = m_sandbox->stats();
        QVERIFY(at(stats, "faults", "errors") > 0); // with fault seed 7, some requests did fail
        QCOMPARE(at(stats, "stored", "dossiers"), 8);
    }

    void droppedConnections_lostRepliesAreNotDoubled() {
        QVERIFY(startSandbox());
        auto *c = client(environment());
        QVERIFY(run(c->pullDossiers(query(QStringLiteral("01"), QDateTime::currentDateTime().addDays(-1),
                                          QDateTime::currentDateTime())))
                    ->result()
                    .ok());
        m_sandbox->setFaults({{QStringLiteral("dropRate"), 1}});
        const Dossier d = dossier(QStringLiteral("000.00.15.G07-221209-0007"));
        auto job = run(c->pushDossier(d));
        QCOMPARE(job->error().kind, GatewayError::Kind::Network);
        QVERIFY(job->error().isTransient());
        QJsonObject stats = m_sandbox->stats();
        QVERIFY(at(stats, "faults", "drops") >= 3);
        QVERIFY(at(stats, "pushes", "dossiers") >= 3); // the server did store it each time...
        QCOMPARE(at(stats, "stored", "dossiers"), 1);  // ...as one dossier

        m_sandbox->setFaults({{QStringLiteral("dropRate"), 0}});
        QVERIFY(run(c->pushDossier(d))->result().ok()); // the sync engine's retry later
        QCOMPARE(at(m_sandbox->stats(), "stored", "dossiers"), 1);
    }

    void truncatedBodies_areNetworkErrorsRetried() {
        QVERIFY(startSandbox());
        auto *c = client(environment());
        QVERIFY(run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0008"))))->result().ok());
        m_sandbox->setFaults({{QStringLiteral("truncateRate"), 1}});
        const QDateTime now = QDateTime::currentDateTime();
        auto job = run(c->pullDossiers(query(QStringLiteral("01"), now.addSecs(-600), now.addSecs(60))));
        QCOMPARE(job->error().kind, GatewayError::Kind::Network);
        QCOMPARE(job->error().attempts, 3);
        QVERIFY(at(m_sandbox->stats(), "faults", "truncations") >= 3);

        m_sandbox->setFaults({{QStringLiteral("truncateRate"), 0.5}});
        auto retried =
            run(client(environment(RetryPolicy::fast(8)))
                    ->pullDossiers(query(QStringLiteral("01"), now.addSecs(-600), now.addSecs(60))));
        QVERIFY2(retried->result().ok(), qPrintable(retried->error().text));
        QCOMPARE(retried->result().payload.dossiers.size(), 1);
    }

    void hangingServer_timesOut() {
        QVERIFY(startSandbox());
        GatewayEnvironment env = environment(RetryPolicy::fast(2));
        env.profile.transferTimeoutMs = 500;
        auto *c = client(env);
        QVERIFY(run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0009"))))->result().ok());
        m_sandbox->setFaults({{QStringLiteral("hangRate"), 1}});
        QElapsedTimer timer;
        timer.start();
        auto job = run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0010"))));
        QCOMPARE(job->error().kind, GatewayError::Kind::Timeout);
        QCOMPARE(job->error().attempts, 2);
        QVERIFY(timer.elapsed() < 10000);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(at(stats, "faults", "hangs"), 2);
        QCOMPARE(at(stats, "stored", "dossiers"), 1);
    }

    void htmlAndCutJson_areMalformedNotRetried_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html") << QStringLiteral("htmlRate") << QStringLiteral("HTML");
        QTest::newRow("cut JSON") << QStringLiteral("malformedRate") << QStringLiteral("JSON");
    }
    void htmlAndCutJson_areMalformedNotRetried() {
        QFETCH(QString, fault);
        QFETCH(QString, mentions);
        QVERIFY(startSandbox());
        auto *c = client(environment());
        QVERIFY(run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0011"))))->result().ok());
        m_sandbox->setFaults({{fault, 1}});
        auto job = run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0012"))));
        QCOMPARE(job->error().kind, GatewayError::Kind::MalformedReply);
        QVERIFY2(job->error().text.contains(mentions), qPrintable(job->error().text));
        QCOMPARE(job->error().attempts, 1);
    }

    void revokedTokens_midRun_oneRefetchAndReplay() {
        QVERIFY(startSandbox());
        auto *c = client(environment());
        QVERIFY(run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0013"))))->result().ok());
        m_sandbox->revokeTokens();
        auto job = run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0014"))));
        QVERIFY2(job->result().ok(), qPrintable(job->error().text));
        QVERIFY(job->replayedAfterUnauthorized());
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(at(stats, "token", "issued"), 2);
        QCOMPARE(stats.value(QStringLiteral("unauthorized")).toInt(), 1);
        QCOMPARE(at(stats, "stored", "dossiers"), 2);
    }

    void tokenExpiry_refetchedBeforeOrAfterA401() {
        QVERIFY(startSandbox({QStringLiteral("--token-lifetime"), QStringLiteral("2")}));
        // Real clock: the client sees the token expire and fetches a new one before calling.
        auto *c = client(environment());
        QVERIFY(run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0015"))))->result().ok());
        QTest::qWait(2300);
        auto fresh = run(c->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0016"))));
        QVERIFY(fresh->result().ok());
        QVERIFY(!fresh->replayedAfterUnauthorized());
        QCOMPARE(at(m_sandbox->stats(), "token", "issued"), 2);

        // A clock that disagrees with the server's: the server's 401 triggers the refetch and the replay.
        GatewayEnvironment env = environment();
        const QDateTime frozen = QDateTime::currentDateTimeUtc();
        env.clock = [frozen] { return frozen; };
        auto *late = client(env);
        QVERIFY(run(late->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0017"))))->result().ok());
        QTest::qWait(2300);
        auto replayed = run(late->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0018"))));
        QVERIFY2(replayed->result().ok(), qPrintable(replayed->error().text));
        QVERIFY(replayed->replayedAfterUnauthorized());
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(at(stats, "token", "issued"), 4);
        QCOMPARE(stats.value(QStringLiteral("unauthorized")).toInt(), 1);
    }

    void wrongKeyPair_isUnauthorized() {
        QVERIFY(startSandbox({QStringLiteral("--consumer-key"), QStringLiteral("k1"),
                              QStringLiteral("--consumer-secret"), QStringLiteral("s1")}));
        auto job = run(client(environment(), {QStringLiteral("k1"), QStringLiteral("wrong")})
                           ->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0019"))));
        QCOMPARE(job->error().kind, GatewayError::Kind::Unauthorized);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(at(stats, "token", "refused"), 1);
        QCOMPARE(at(stats, "services", "DongBoDVC"), 0);
        QVERIFY(run(client(environment(), {QStringLiteral("k1"), QStringLiteral("s1")})
                        ->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0019"))))
                    ->result()
                    .ok());
    }

    void extraTokenHeader_sentWhenConfigured() {
        QVERIFY(startSandbox({QStringLiteral("--require-header"), QStringLiteral("AccessKey")}));
        auto without =
            run(client(environment())->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0020"))));
        QCOMPARE(without->error().kind, GatewayError::Kind::Unauthorized);
        GatewayEnvironment env = environment();
        env.profile.extraTokenHeader = "AccessKey";
        auto with = run(client(env)->pushDossier(dossier(QStringLiteral("000.00.15.G07-221209-0020"))));
        QVERIFY2(with->result().ok(), qPrintable(with->error().text));
    }

    void sandboxKilledAndRestarted_midPush_nothingLostNothingDoubled() {
        QVERIFY(startSandbox());
        RetryPolicy patient;
        patient.maxAttempts = 10;
        patient.baseDelayMs = 100;
        patient.maxDelayMs = 600;
        auto *c = client(environment(patient));
        bool restarted = false;
        for (int i = 0; i < 12; ++i) {
            PushDossierJob *job = c->pushDossier(
                dossier(QStringLiteral("000.00.15.G07-221211-%1").arg(i + 1, 4, 10, QLatin1Char('0'))));
            if (i == 4) {
                m_sandbox->kill(); // SIGKILL while the push is on its way
                // Same port and database: the client's retries find it again, with what it had stored.
                QTimer::singleShot(800, this, [&] { restarted = m_sandbox->start(); });
            }
            auto done = run(job);
            QVERIFY2(done->result().ok(),
                     qPrintable(QStringLiteral("%1: %2").arg(i).arg(done->error().text)));
            if (i == 4)
                QVERIFY(done->attempts() > 1);
        }
        QVERIFY(restarted);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(at(stats, "stored", "dossiers"), 12);
        for (int i = 0; i < 12; ++i) {
            const QJsonObject record = m_sandbox->records(
                QStringLiteral("000.00.15.G07-221211-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
            QVERIFY(record.value(QStringLiteral("dossier"))
                        .toObject()
                        .value(QStringLiteral("pushCount"))
                        .toInt() >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxIntegration)
#include "tst_sandbox_integration.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpCall.h"
#include "RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace btxh;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backoff_doublesWithEqualJitter() {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 30000;
        QCOMPARE(p.backoffMs(1, 0.0), 500);
        QCOMPARE(p.backoffMs(1, 0.999999), 999);
        QCOMPARE(p.backoffMs(2, 0.0), 1000);
        QCOMPARE(p.backoffMs(3, 0.5), 3000);
        QCOMPARE(p.backoffMs(4, 0.0), 4000);
    }

    void backoff_isCapped() {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 5000;
        QCOMPARE(p.backoffMs(10, 1.0), 5000);
        QCOMPARE(p.backoffMs(1000, 0.0), 2500); // no overflow for absurd attempt numbers
    }

    void backoff_randomOutsideRangeIsClamped() {
        RetryPolicy p;
        QCOMPARE(p.backoffMs(1, -3.0), p.backoffMs(1, 0.0));
        QCOMPARE(p.backoffMs(1, 7.0), p.backoffMs(1, 1.0));
    }

    void retryAfter_secondsAndHttpDate() {
        const QDateTime now(QDate(2024, 3, 1), QTime(8, 0, 0), QTimeZone::utc());
        QCOMPARE(HttpCall::parseRetryAfter("7", now), 7);
        QCOMPARE(HttpCall::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(HttpCall::parseRetryAfter("Fri, 01 Mar 2024 08:00:30 GMT", now), 30);
        QCOMPARE(HttpCall::parseRetryAfter("Fri, 01 Mar 2024 07:00:00 GMT", now), 0); // in the past
        QCOMPARE(HttpCall::parseRetryAfter("", now), -1);
        QCOMPARE(HttpCall::parseRetryAfter("soon", now), -1);
        QCOMPARE(HttpCall::parseRetryAfter("-5", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/RateLimitInfo.h"
#include "api/transport/RetryPolicy.h"

#include <QTest>

using namespace Fts::Api;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private:
    static ApiError httpError(int status, const QString &type = {}, const QString &code = {})
    {
        ApiError error = ApiError::http(status, QJsonObject(), QString());
        error.type = type;
        error.code = code;
        return error;
    }

private Q_SLOTS:
    void sdkConstants()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.maxRetries, 2);
        QCOMPARE(policy.initialDelayMs, 500);
        QCOMPARE(policy.maxDelayMs, 8000);
        QCOMPARE(policy.maxRetryAfterMs, 120000);
    }

    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int status : {400, 401, 403, 404, 422})
            QTest::addRow("%d", status) << status << false;
        for (int status : {408, 409, 429, 500, 502, 503, 504, 529})
            QTest::addRow("%d", status) << status << true;
    }

    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy().isRetryable(httpError(status)), retryable);
    }

    void kindsAndHints()
    {
        const RetryPolicy policy;
        QVERIFY(policy.isRetryable(ApiError::network(QStringLiteral("reset"))));
        QVERIFY(policy.isRetryable(ApiError::timeout()));
        QVERIFY(!policy.isRetryable(ApiError::cancelled()));
        QVERIFY(!policy.isRetryable(ApiError::invalidResponse(QStringLiteral("x"))));
        QVERIFY(!policy.isRetryable(ApiError::invalidRequest(QStringLiteral("x"))));
        QVERIFY(!policy.isRetryable(httpError(429, QStringLiteral("insufficient_quota"))));
        QVERIFY(!policy.isRetryable(httpError(429, QString(), QStringLiteral("insufficient_quota"))));
        QVERIFY(!policy.isRetryable(httpError(429, QStringLiteral("insufficient_quota")), "true"));
        QVERIFY(!policy.isRetryable(httpError(500), "false"));
        QVERIFY(policy.isRetryable(httpError(400), " TRUE "));
    }

    void exponentialBackoffWithJitter()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delayMs(0, {}, {}, 0.0), 500);
        QCOMPARE(policy.delayMs(1, {}, {}, 0.0), 1000);
        QCOMPARE(policy.delayMs(4, {}, {}, 0.0), 8000);
        QCOMPARE(policy.delayMs(10, {}, {}, 0.0), 8000);
        QCOMPARE(policy.delayMs(0, {}, {}, 1.0), 375);
        QCOMPARE(policy.delayMs(4, {}, {}, 0.5), 7000);
    }

    void serverDirectedDelays()
    {
        const RetryPolicy policy;
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(policy.delayMs(0, "1500", "9", 0.0, now), 1500);
        QCOMPARE(policy.delayMs(0, {}, "2", 0.0, now), 2000);
        QCOMPARE(policy.delayMs(0, {}, "0.25", 0.0, now), 250);
        QCOMPARE(policy.delayMs(0, {}, "Wed, 25 Nov 2026 12:00:30 GMT", 0.0, now), 30000);
        QCOMPARE(policy.delayMs(0, {}, "120", 0.0, now), 120000);
        QCOMPARE(policy.delayMs(0, {}, "121", 0.0, now), -1);
        QCOMPARE(policy.delayMs(0, "120001", {}, 0.0, now), -1);
        QCOMPARE(policy.delayMs(1, {}, "soon", 0.0, now), 1000); // unreadable: fall back to backoff
    }

    void goDurations()
    {
        QCOMPARE(RateLimitInfo::parseDurationMs("12ms"), 12);
        QCOMPARE(RateLimitInfo::parseDurationMs("1s"), 1000);
        QCOMPARE(RateLimitInfo::parseDurationMs("6m0s"), 360000);
        QCOMPARE(RateLimitInfo::parseDurationMs("1h2m3.5s"), 3723500);
        QCOMPARE(RateLimitInfo::parseDurationMs("0.5s"), 500);
        QCOMPARE(RateLimitInfo::parseDurationMs(""), -1);
        QCOMPARE(RateLimitInfo::parseDurationMs("abc"), -1);
        QCOMPARE(RateLimitInfo::parseDurationMs("5x"), -1);
    }

    void rateLimitHeaders()
    {
        const RateLimitInfo info = RateLimitInfo::fromHeaders({{"X-RateLimit-Limit-Requests", "60"},
                                                               {"x-ratelimit-remaining-requests", "59"},
                                                               {"x-ratelimit-remaining-tokens", "-1"},
                                                               {"x-ratelimit-reset-tokens", "1s"}});
        QVERIFY(info.isValid());
        QCOMPARE(info.limitRequests, 60);
        QCOMPARE(info.remainingRequests, 59);
        QCOMPARE(info.remainingTokens, -1);
        QCOMPARE(info.limitTokens, -1);
        QCOMPARE(info.resetTokensMs, 1000);
        QVERIFY(!RateLimitInfo::fromHeaders({{"content-type", "application/json"}}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"

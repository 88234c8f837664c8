// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxOptions.h"

#include "WireDate.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace btxh {

bool SandboxOptions::parse(const QStringList &arguments, QString *error, bool *helpShown) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A local stand-in for the NDXP gateway's BTXH services, for "
                                               "development and tests. Listens on 127.0.0.1 only."));
    const QCommandLineOption help = p.addHelpOption();
    auto opt = [&p](const char *name, const char *description, const char *valueName = nullptr,
                    const char *defaultValue = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description));
        if (valueName)
            o.setValueName(QString::fromLatin1(valueName));
        if (defaultValue)
            o.setDefaultValue(QString::fromLatin1(defaultValue));
        p.addOption(o);
        return o;
    };
    const auto oPort = opt("port", "TCP port on 127.0.0.1; 0 picks a free one.", "port", "0");
    const auto oDb = opt("db", "SQLite database file (default: a temporary file).", "path");
    const auto oKey = opt("consumer-key", "Consumer key /token accepts.", "key", "demo-key");
    const auto oSecret =
        opt("consumer-secret", "Consumer secret /token accepts (or NDXP_SANDBOX_CONSUMER_SECRET).", "secret");
    const auto oLifetime =
        opt("token-lifetime", "Token lifetime (expires_in) in seconds.", "seconds", "3600");
    const auto oHeader =
        opt("require-header", "Also require the token in this header (e.g. AccessKey).", "name");
    const auto oSeed = opt("seed", "Generate N synthetic dossiers at start.", "N", "0");
    const auto oSeedRandom = opt("seed-random", "Random seed for --seed (same seed, same data).", "S", "1");
    const auto oSeedProvinces =
        opt("seed-provinces", "Comma-separated GSO province codes for --seed.", "codes");
    const auto oSeedDays = opt("seed-days", "Spread seeded dossiers over this many days.", "days", "30");
    const auto oSeedUntil =
        opt("seed-until", "Latest time of seeded data, dd/MM/yyyy HH:mm:ss (default now).", "time");
    const auto oLatency = opt("latency-ms", "Delay every answer by this many milliseconds.", "ms", "0");
    const auto oErrorRate =
        opt("error-rate", "Fraction of requests answered with --fail-status.", "rate", "0");
    const auto oFailStatus = opt("fail-status", "Status for --error-rate: 500, 503 or 429.", "status", "500");
    const auto oRetryAfter = opt("retry-after", "Retry-After seconds sent with 429 and 503.", "seconds", "1");
    const auto oDrop =
        opt("drop-connections", "Fraction of requests processed, then closed without answer.", "rate", "0");
    const auto oTruncate =
        opt("truncate-bodies", "Fraction of answers cut in half, then closed.", "rate", "0");
    const auto oHang = opt("hang", "Fraction of requests never answered.", "rate", "0");
    const auto oHtml =
        opt("html-rate", "Fraction of answers replaced by an HTML page (HTTP 200).", "rate", "0");
    const auto oMalformed =
        opt("malformed-rate", "Fraction of answers with cut JSON (HTTP 200).", "rate", "0");
    const auto faultSeedOpt = opt("fault-seed", "Random seed for fault injection (0 = random).", "S", "0");
    const auto verboseOpt = opt("verbose", "Log every request.");
    const auto noDedupOpt = opt("no-dedup", "Do not deduplicate: ignore Idempotency-Key and store every "
                                            "pushed step as a new one.");

    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(help)) {
        *helpShown = true;
        *error = p.helpText();
        return false;
    }
    *helpShown = false;

    bool ok = true;
    auto number = [&](const QCommandLineOption &o) {
        bool good = false;
        const double v = p.value(o).toDouble(&good);
        if (!good) {
            ok = false;
            *error = QStringLiteral("--%1 needs a number").arg(o.names().constFirst());
        }
        return v;
    };
    const double portValue = number(oPort);
    if (portValue < 0 || portValue > 65535) {
        *error = QStringLiteral("--port must be between 0 and 65535");
        return false;
    }
    port = quint16(portValue);
    databasePath = p.value(oDb);
    consumerKey = p.value(oKey);
    consumerSecret = p.isSet(oSecret)
                         ? p.value(oSecret)
                         : QProcessEnvironment::systemEnvironment().value(
                               QStringLiteral("NDXP_SANDBOX_CONSUMER_SECRET"), QStringLiteral("demo-secret"));
    tokenLifetimeSeconds = int(number(oLifetime));
    requiredTokenHeader = p.value(oHeader).toLatin1();
    seedCount = int(number(oSeed));
    seedRandom = quint32(number(oSeedRandom));
    seedProvinces = p.value(oSeedProvinces).split(u',', Qt::SkipEmptyParts);
    seedDays = int(number(oSeedDays));
    if (p.isSet(oSeedUntil)) {
        const WireDate::Parsed t = WireDate::parse(p.value(oSeedUntil));
        if (!t.isValid()) {
            *error = QStringLiteral("--seed-until needs dd/MM/yyyy HH:mm:ss");
            return false;
        }
        seedUntil = t.dateTime();
    }
    faults.latencyMs = int(number(oLatency));
    faults.errorRate = number(oErrorRate);
    faults.failStatus = int(number(oFailStatus));
    faults.retryAfterSeconds = int(number(oRetryAfter));
    faults.dropRate = number(oDrop);
    faults.truncateRate = number(oTruncate);
    faults.hangRate = number(oHang);
    faults.htmlRate = number(oHtml);
    faults.malformedRate = number(oMalformed);
    faultSeed = quint32(number(faultSeedOpt));
    verbose = p.isSet(verboseOpt);
    deduplicate = !p.isSet(noDedupOpt);
    if (!ok)
        return false;
    if (tokenLifetimeSeconds < 1 || seedCount < 0 || seedDays < 1) {
        *error = QStringLiteral("--token-lifetime and --seed-days must be positive, --seed not negative");
        return false;
    }
    const QString invalid = faults.validationError();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    return true;
}

} // namespace btxh

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSettings.h"

#include "Store.h"

#include <QDir>
#include <QFileInfo>

namespace btxh {

namespace {

const QString Kind = QStringLiteral("endpoint.kind");
const QString Url = QStringLiteral("endpoint.url");
const QString Header = QStringLiteral("endpoint.header");
const QString CaFile = QStringLiteral("endpoint.ca-file");
const QString PostReform = QStringLiteral("endpoint.post-reform");
const QString PostReformDistrict = QStringLiteral("endpoint.district");
const QString KeysProfile = QStringLiteral("keys.profile");
const QString Province = QStringLiteral("area.province");
const QString District = QStringLiteral("area.district");
const QString Commune = QStringLiteral("area.commune");
const QString Overlap = QStringLiteral("sync.overlap-minutes");
const QString InitialDays = QStringLiteral("sync.initial-days");
const QString MaxWindow = QStringLiteral("sync.max-window-mb");
const QString KeepCopies = QStringLiteral("store.keep-copies"); // read by Store::open itself

const QStringList KindNames = {QStringLiteral("production"), QStringLiteral("sandbox"),
                               QStringLiteral("lgsp"), QStringLiteral("custom")};

std::optional<int> number(const QString &text, int min, int max) {
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace

QList<SyncSettings::Key> SyncSettings::keys() {
    return {
        {Kind, QStringLiteral("production"),
         tr("which gateway: production (NDXP), sandbox (NDXP's test keys), lgsp (a province's gateway) or "
            "custom")},
        {Url, QString(),
         tr("the gateway's base URL, without /token (required for lgsp and custom; BTXH_ENDPOINT overrides "
            "it)")},
        {Header, QString(), tr("an extra header that also carries the token, e.g. AccessKey (empty: none)")},
        {CaFile, QString(), tr("a PEM file of extra trusted CA certificates (empty: the system's only)")},
        {PostReform, QStringLiteral("two-level"),
         tr("how dossiers received from 01/07/2025 are sent: two-level (MaHuyen empty) or three-level "
            "(MaHuyen "
            "= endpoint.district)")},
        {PostReformDistrict, QString(),
         tr("the district code the gateway still expects in MaHuyen, for three-level (empty: none)")},
        {KeysProfile, QStringLiteral("default"),
         tr("the keychain profile holding the consumer key and secret (see btxh keys)")},
        {Province, QString(), tr("the office's GSO province code (required to pull)"), false},
        {District, QString(), tr("the office's GSO district code (empty: the whole province)"), false},
        {Commune, QString(), tr("the office's GSO commune code (empty: the whole district)"), false},
        {Overlap, QStringLiteral("10"), tr("minutes each pull reaches back before the previous one ended")},
        {InitialDays, QStringLiteral("30"), tr("days the first pull of an area reaches back")},
        {MaxWindow, QStringLiteral("8"),
         tr("largest reply to one pull window, in MB; a larger one is split (memory stays near 10x this)")},
        {KeepCopies, QStringLiteral("5"),
         tr("pre-migration and before-restore copies kept beside the database, the newest (0: all)")},
    };
}

bool SyncSettings::isKey(const QString &name) {
    const QList<Key> all = keys();
    return std::any_of(all.cbegin(), all.cend(), [&](const Key &k) { return k.name == name; });
}

QString SyncSettings::defaultValue(const QString &name) {
    for (const Key &k : keys()) {
        if (k.name == name)
            return k.defaultValue;
    }
    return {};
}

std::optional<QString> SyncSettings::normalise(const QString &name, const QString &value, QString *error) {
    const QString v = value.trimmed();
    if (!isKey(name)) {
        *error = tr("Unknown setting \"%1\".").arg(name);
        return std::nullopt;
    }
    if (v.isEmpty())
        return QStringLiteral("");
    if (name == Kind) {
        const QString kind = v.toLower();
        if (!KindNames.contains(kind)) {
            *error = tr("%1 must be one of %2.").arg(name, KindNames.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        return kind;
    }
    if (name == Url) {
        const QUrl url(v, QUrl::StrictMode);
        const QString problem = EndpointProfile::custom(url).validationError();
        if (!url.isValid() || !problem.isEmpty()) {
            *error = problem.isEmpty() ? tr("\"%1\" is not a valid URL.").arg(v) : problem;
            return std::nullopt;
        }
        QString text = url.toString();
        while (text.endsWith(u'/'))
            text.chop(1);
        return text;
    }
    if (name == Header) {
        EndpointProfile p = EndpointProfile::custom(QUrl(QStringLiteral("http://127.0.0.1")));
        p.extraTokenHeader = v.toLatin1();
        const QString problem = p.validationError();
        if (!problem.isEmpty() || v.toLatin1() != v.toUtf8()) {
            *error = problem.isEmpty() ? tr("\"%1\" is not a valid HTTP header name.").arg(v) : problem;
            return std::nullopt;
        }
        return v;
    }
    if (name == CaFile) {
        const QFileInfo file(v);
        if (!file.isFile() || !file.isReadable()) {
            *error = tr("The file \"%1\" cannot be read.").arg(QDir::toNativeSeparators(v));
            return std::nullopt;
        }
        return file.absoluteFilePath();
    }
    if (name == PostReform) {
        if (!PostReformForm::levelsFromKey(v.toLower())) {
            *error = tr("%1 must be two-level or three-level.").arg(name);
            return std::nullopt;
        }
        return v.toLower();
    }
    if (name == Province || name == District || name == Commune || name == PostReformDistrict) {
        if (!SyncArea::isCode(v)) {
            *error = tr("\"%1\" is not a GSO code: digits only, at most 20.").arg(v);
            return std::nullopt;
        }
        return v;
    }
    if (name == Overlap) {
        if (!number(v, 0, 24 * 60)) {
            *error = tr("%1 must be a whole number of minutes from 0 to 1440.").arg(name);
            return std::nullopt;
        }
        return QString::number(*number(v, 0, 24 * 60));
    }
    if (name == InitialDays) {
        if (!number(v, 1, 3660)) {
            *error = tr("%1 must be a whole number of days from 1 to 3660.").arg(name);
            return std::nullopt;
        }
        return QString::number(*number(v, 1, 3660));
    }
    if (name == KeepCopies) {
        if (!number(v, 0, 1000)) {
            *error = tr("%1 must be a whole number from 0 to 1000.").arg(name);
            return std::nullopt;
        }
        return QString::number(*number(v, 0, 1000));
    }
    if (name == MaxWindow) {
        if (!number(v, 1, 256)) {
            *error = tr("%1 must be a whole number of megabytes from 1 to 256.").arg(name);
            return std::nullopt;
        }
        return QString::number(*number(v, 1, 256));
    }
    if (name == KeysProfile) {
        static const QString allowed =
            QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");
        const bool ok =
            v.size() <= 64 && std::all_of(v.cbegin(), v.cend(), [](QChar c) { return allowed.contains(c); });
        if (!ok) {
            *error = tr("%1 must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' and '-'.").arg(name);
            return std::nullopt;
        }
        return v;
    }
    return v;
}

bool SyncSettings::load(Store &store, QString *error) {
    m_values.clear();
    for (const Key &k : keys()) {
        const StoreResult<QString> v = store.settings().value(k.name);
        if (!v && v.error().kind != StoreError::Kind::NotFound) {
            *error = v.error().message;
            return false;
        }
        if (v && !v->isEmpty())
            m_values.insert(k.name, *v);
    }
    return true;
}

bool SyncSettings::gatewayChosen(Store &store) {
    return !store.settings().value(Kind).value_or(QString()).isEmpty() ||
           !store.settings().value(Url).value_or(QString()).isEmpty();
}

bool SyncSettings::save(Store &store, const QString &name, const QString &value, QString *error) {
    const StoreResult<void> saved = store.settings().setValue(name, value);
    if (!saved)
        *error = saved.error().message;
    return bool(saved);
}

QStringList SyncSettings::connectionKeys() {
    return {QStringLiteral("endpoint.kind"), QStringLiteral("endpoint.url"),
            QStringLiteral("endpoint.header"), QStringLiteral("endpoint.ca-file"),
            QStringLiteral("keys.profile")};
}

QString SyncSettings::describeConnection(const QMap<QString, QString> &settings) {
    QStringList parts;
    for (const QString &k : connectionKeys()) {
        const QString v = settings.value(k, defaultValue(k));
        if (!v.isEmpty())
            parts << k + u'=' + v;
    }
    return parts.join(QStringLiteral(", "));
}

StoreResult<void> SyncSettings::restoreConnection(Store &store, const QMap<QString, QString> &settings) {
    for (const QString &k : connectionKeys())
        if (StoreResult<void> saved = store.settings().setValue(k, settings.value(k)); !saved)
            return saved;
    return {};
}

QString SyncSettings::value(const QString &name) const {
    const auto it = m_values.constFind(name);
    if (it != m_values.constEnd() && !it->isEmpty())
        return *it;
    return defaultValue(name);
}

std::optional<EndpointProfile> SyncSettings::profile(const QProcessEnvironment &environment,
                                                     QString *error) const {
    const QString kind = value(Kind);
    const QString overrideUrl = environment.value(endpointVariable).trimmed();
    const QString configured = value(Url);
    const QString urlText = !overrideUrl.isEmpty() ? overrideUrl : configured;
    const QUrl url(urlText, QUrl::StrictMode);

    EndpointProfile p;
    if (kind == u"production" || kind == u"sandbox") {
        p = kind == u"production" ? EndpointProfile::ndxpProduction() : EndpointProfile::ndxpSandbox();
        if (!urlText.isEmpty())
            p.baseUrl = url;
    } else {
        if (urlText.isEmpty()) {
            *error =
                tr("Set the gateway's address first: btxh config set endpoint.url URL (or BTXH_ENDPOINT).");
            return std::nullopt;
        }
        p = kind == u"lgsp" ? EndpointProfile::provinceLgsp(url) : EndpointProfile::custom(url);
    }
    p.extraTokenHeader = value(Header).toLatin1();
    p.maxResponseBytes = qint64(number(value(MaxWindow), 1, 256).value_or(8)) * 1024 * 1024;
    p.trustedCaFile = value(CaFile);
    if (PostReformForm::levelsFromKey(value(PostReform)) == PostReformForm::Levels::Three)
        p.postReform = PostReformForm::threeLevel(value(PostReformDistrict));
    const QString problem = p.validationError();
    if (!problem.isEmpty()) {
        *error = !overrideUrl.isEmpty() ? tr("%1 (from %2)").arg(problem, endpointVariable) : problem;
        return std::nullopt;
    }
    return p;
}

SyncArea SyncSettings::area() const {
    return {value(Province), value(District), value(Commune)};
}

void SyncSettings::applyTo(SyncOptions &options) const {
    options.overlapSeconds = number(value(Overlap), 0, 24 * 60).value_or(10) * 60;
    options.initialLookbackDays = number(value(InitialDays), 1, 3660).value_or(30);
}

} // namespace btxh

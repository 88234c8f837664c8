// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommandSupport.h"

#include "CredentialResolver.h"
#include "GatewayClient.h"
#include "IndexDeferral.h"
#include "KeychainSecretStore.h"
#include "Store.h"
#include "StoreCommandSupport.h"
#include "SyncSettings.h"
#include "SyncTime.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>
#include <csignal>

namespace btxh::cli {

namespace {

// Ctrl-C asks the engine to stop (what was stored is kept, the rest stays queued); a second one ends the
// program the usual way.
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int) {
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL);
}

class InterruptGuard {
public:
    InterruptGuard() {
        g_interrupted = 0;
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

QString commandName(SyncCommandSupport::Mode mode) {
    switch (mode) {
    case SyncCommandSupport::Mode::Push:
        return QStringLiteral("push");
    case SyncCommandSupport::Mode::Pull:
        return QStringLiteral("pull");
    case SyncCommandSupport::Mode::Sync:
        break;
    }
    return QStringLiteral("sync");
}

} // namespace

void SyncCommandSupport::addPullOptions(QCommandLineParser &parser) {
    IndexDeferral::addOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("kind"),
                                        tr("What to pull: dossiers, results, progress or all (default)."),
                                        QStringLiteral("KIND"), QStringLiteral("all")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("province"),
                           tr("GSO province code to pull for (default: the configured area.province)."),
                           QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("district"),
                                        tr("Narrow to this GSO district code (needs --province)."),
                                        QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("commune"),
                                        tr("Narrow to this GSO commune code (needs --district)."),
                                        QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("from"),
        tr("Start of the time window, dd/MM/yyyy HH:mm:ss or ISO 8601 (default: where the last pull ended, "
           "less sync.overlap-minutes)."),
        QStringLiteral("T")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"), tr("End of the time window, same forms (default: now)."), QStringLiteral("T")));
    addWaitOption(parser);
}

void SyncCommandSupport::addWaitOption(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(QStringLiteral("wait"),
                                        tr("When another sync is sending from this database, wait up to S "
                                           "seconds for it to finish (default: do not wait)."),
                                        QStringLiteral("S")));
}

QString SyncCommandSupport::exitCodesHelp() {
    return tr(
        "Exit status: 0 done, nothing failed (conflicts are reported, not failures); 1 some items were "
        "refused by the gateway, a window could not be pulled, or the run was cancelled (Ctrl-C); 2 bad "
        "usage; 3 the local database cannot be opened or written; 4 working offline (the gateway cannot "
        "be reached: everything stays queued) or the gateway kept failing; 5 missing or refused keys, "
        "missing configuration (endpoint, area), or a gateway address that redirects or refuses every call; "
        "6 another sync is running on this database (--wait waits for it).");
}

std::optional<PullSpec> SyncCommandSupport::pullSpec(const QCommandLineParser &parser,
                                                     const SyncArea &configured, const QString &command,
                                                     CliContext &context) {
    PullSpec spec;
    const std::optional<PullKinds> kinds = pullKindsFromName(parser.value(QStringLiteral("kind")));
    if (!kinds) {
        context.err << tr("btxh %1: --kind must be dossiers, results, progress or all.").arg(command)
                    << Qt::endl;
        return std::nullopt;
    }
    spec.kinds = *kinds;

    const bool province = parser.isSet(QStringLiteral("province"));
    const bool district = parser.isSet(QStringLiteral("district"));
    const bool commune = parser.isSet(QStringLiteral("commune"));
    if ((district || commune) && !province) {
        context.err << tr("btxh %1: --district and --commune need --province.").arg(command) << Qt::endl;
        return std::nullopt;
    }
    if (province) {
        spec.area.province = parser.value(QStringLiteral("province")).trimmed();
        spec.area.district = parser.value(QStringLiteral("district")).trimmed();
        spec.area.commune = parser.value(QStringLiteral("commune")).trimmed();
    } else {
        spec.area = configured;
    }
    const QString areaError = spec.area.validationError();
    if (!areaError.isEmpty() && province) {
        context.err << "btxh " << command << ": " << areaError << Qt::endl;
        return std::nullopt;
    }

    for (const auto &[name, target] :
         {std::pair{QStringLiteral("from"), &spec.from}, std::pair{QStringLiteral("to"), &spec.to}}) {
        if (!parser.isSet(name))
            continue;
        const std::optional<QDateTime> t = SyncTime::parseUserTime(parser.value(name));
        if (!t) {
            context.err << tr("btxh %1: --%2 \"%3\" is not a time; write dd/MM/yyyy HH:mm:ss or ISO 8601 "
                              "(2024-05-31T17:00:00).")
                               .arg(command, name, parser.value(name))
                        << Qt::endl;
            return std::nullopt;
        }
        *target = *t;
    }
    if (spec.from.isValid() && spec.to.isValid() && spec.from > spec.to) {
        context.err << tr("btxh %1: --from is after --to.").arg(command) << Qt::endl;
        return std::nullopt;
    }
    return spec;
}

int SyncCommandSupport::exitCodeFor(const SyncReport &report) {
    switch (report.stop) {
    case SyncReport::Stop::Offline:
        return ExitNetworkError;
    case SyncReport::Stop::Configuration:
        return ExitConfigError;
    case SyncReport::Stop::StoreError:
        return ExitStoreError;
    case SyncReport::Stop::Cancelled:
        return ExitProblems;
    case SyncReport::Stop::Busy:
        return ExitBusy;
    case SyncReport::Stop::None:
        break;
    }
    if (report.failed > 0 || report.quarantined > 0)
        return ExitProblems;
    if (report.retrying > 0)
        return ExitNetworkError;
    return ExitOk;
}

int SyncCommandSupport::run(Mode mode, const QCommandLineParser &parser, CliContext &context) {
    const QString command = commandName(mode);
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("btxh %1: unexpected argument \"%2\"; see btxh %1 --help")
                           .arg(command, parser.positionalArguments().constFirst())
                    << Qt::endl;
        return ExitBadInput;
    }

    Store store(StoreCommandSupport::options());
    if (const StoreResult<void> opened = store.open(StoreCommandSupport::databasePath(parser)); !opened) {
        context.err << "btxh " << command << ": " << opened.error().message << Qt::endl;
        return ExitStoreError;
    }
    SyncSettings settings;
    QString error;
    if (!settings.load(store, &error)) {
        context.err << "btxh " << command << ": " << error << Qt::endl;
        return ExitStoreError;
    }

    PullSpec spec;
    std::optional<IndexDeferral::When> deferIndexes = IndexDeferral::When::Keep;
    if (mode != Mode::Push) {
        deferIndexes = IndexDeferral::when(parser, command, context);
        if (!deferIndexes)
            return ExitBadInput;
        const std::optional<PullSpec> parsed = pullSpec(parser, settings.area(), command, context);
        if (!parsed)
            return ExitBadInput;
        spec = *parsed;
        const QString areaError = spec.area.validationError();
        if (!areaError.isEmpty()) {
            context.err << "btxh " << command << ": " << areaError << Qt::endl;
            return ExitConfigError;
        }
    }

    const std::optional<EndpointProfile> profile = settings.profile(context.env, &error);
    if (!profile) {
        context.err << "btxh " << command << ": " << error << Qt::endl;
        return ExitConfigError;
    }

    if (mode != Mode::Pull) // what is pushed follows the profile's choice for post-reform dossiers
        context.err << tr("btxh %1: %2.").arg(command, profile->postReform.description()) << Qt::endl;

    // The key pair: the environment when both variables are set, else the OS keychain. Never printed.
    std::unique_ptr<secrets::SecretStore> keychain;
    {
        secrets::CredentialResolver probe(nullptr, context.env);
        if (!probe.environmentOverrides())
            keychain = std::make_unique<secrets::KeychainSecretStore>();
    }
    secrets::CredentialResolver resolver(keychain.get(), context.env);
    const secrets::CredentialResult credentials = resolver.resolveSync(settings.keysProfile());
    if (!credentials.ok()) {
        context.err << "btxh " << command << ": " << credentials.message << Qt::endl;
        return ExitConfigError;
    }

    QNetworkAccessManager network;
    GatewayEnvironment environment;
    environment.network = &network;
    environment.profile = *profile;
    GatewayClient client(environment, Credentials{credentials.credentials.consumerKey,
                                                  credentials.credentials.consumerSecret});
    SyncOptions options;
    settings.applyTo(options);
    options.honourBackoff = false; // someone asked for this run: try every queued item now
    options.leaseOwner =
        QStringLiteral("btxh %1 (%2)").arg(command, context.env.value(QStringLiteral("USER")));
    if (parser.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        options.leaseWaitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || options.leaseWaitSeconds < 0) {
            context.err << tr("btxh %1: --wait needs a number of seconds.").arg(command) << Qt::endl;
            return ExitBadInput;
        }
    }
    SyncEngine engine(&store, &client, options);

    QEventLoop loop;
    bool progressShown = false;
    QObject::connect(&engine, &SyncEngine::progress, &loop, [&](const SyncProgress &p) {
        if (!context.interactive)
            return;
        context.err << '\r' << p.text() << "\033[K";
        context.err.flush();
        progressShown = true;
    });
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    const InterruptGuard guard;
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &engine, [&] {
        if (g_interrupted && engine.isRunning())
            engine.cancel();
    });
    interruptPoll.start(100);

    // A first pull brings a province's dossiers into an empty database: their indexes are made at the end.
    IndexDeferral deferral;
    if (!deferral.begin(store, *deferIndexes, -1, command, context))
        return ExitStoreError;
    bool started = false;
    switch (mode) {
    case Mode::Push:
        started = engine.push();
        break;
    case Mode::Pull:
        started = engine.pull(spec);
        break;
    case Mode::Sync:
        started = engine.sync(spec);
        break;
    }
    if (started)
        loop.exec();
    interruptPoll.stop();
    if (progressShown) {
        context.err << "\r\033[K";
        context.err.flush();
    }
    const bool indexesMade = deferral.finish(store, command, context);

    const SyncReport &report = engine.report();
    context.out << report.summary() << '\n';
    for (const QString &m : report.messages)
        context.out << "  " << m << '\n';
    context.out.flush();
    const QString stopText = report.stopText();
    if (!stopText.isEmpty())
        context.err << "btxh " << command << ": " << stopText << Qt::endl;
    return indexesMade ? exitCodeFor(report) : int(ExitStoreError);
}

} // namespace btxh::cli

#include "connectionsource.h"

#include "api/ecsclient.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "demoserver.h"
#include "logcategories.h"

#include <memory>

namespace ib::ui {

namespace {

const QString demoRegion = QStringLiteral("cn-hangzhou");

QUrl profileEndpoint(const Profile &profile, const QString &regionId, const QString &regionHost)
{
    if (!profile.endpoint.isEmpty())
        return profile.endpoint;
    const QString host =
        regionHost.isEmpty() ? QStringLiteral("ecs.%1.aliyuncs.com").arg(regionId) : regionHost;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

} // namespace

ConnectionSource::ConnectionSource(QObject *parent)
    : QObject(parent)
{}

ConnectionSource::~ConnectionSource() = default;

void ConnectionSource::setCredentialStore(CredentialStore *store)
{
    m_store = store;
    if (!store)
        return;
    connect(store->profiles(), &ProfileStore::profilesChanged, this,
            &ConnectionSource::profilesChanged);
    connect(store, &CredentialStore::profilesForThisRunChanged, this,
            &ConnectionSource::profilesChanged);
    Q_EMIT profilesChanged();
}

QStringList ConnectionSource::profileNames() const
{
    if (!m_store)
        return {};
    QStringList names = m_store->profiles()->names();
    const QList<Profile> forThisRun = m_store->profilesForThisRun();
    for (const Profile &profile : forThisRun)
        names.append(profile.name);
    return names;
}

void ConnectionSource::openDemo(const QString &regionId)
{
    if (!m_demo) {
        auto *server = new demo::DemoServer(demo::DemoOptions(), this);
        QString error;
        if (!server->start(&error)) {
            delete server;
            qCWarning(lcUi) << "the demo endpoint did not start:" << error;
            Q_EMIT failed(tr("The built-in demo endpoint could not start: %1").arg(error));
            return;
        }
        m_demo = server;
        qCInfo(lcUi) << "demo endpoint listening at" << m_demo->endpoint().toDisplayString();
    }

    const demo::DemoOptions options;
    api::ClientConfig config;
    config.endpoint = m_demo->endpoint();
    config.regionId = regionId.isEmpty() ? demoRegion : regionId;
    config.credentials = {options.accessKeyId, options.accessKeySecret, options.securityToken};
    Q_EMIT opened(config, QString());
}

void ConnectionSource::testProfile(const Profile &profile, const ResolvedCredentials &credentials)
{
    api::ClientConfig config;
    config.regionId = profile.regionId;
    config.endpoint = profileEndpoint(profile, profile.regionId, QString());
    config.signatureVersion = profile.signatureVersion;
    config.credentials = {credentials.accessKeyId, credentials.accessKeySecret,
                          credentials.securityToken};
    config.maxRetries = 1;

    auto *client = new api::EcsClient(config, nullptr, this);
    api::RegionsWalk *walk = client->describeRegions();
    auto regions = std::make_shared<int>(0);
    connect(walk, &api::RegionsWalk::regionsReceived, this,
            [regions](const QList<api::Region> &received) { *regions += int(received.size()); });
    connect(walk, &api::RegionsWalk::finished, this,
            [this, client, regions](const api::ApiError &error) {
                client->deleteLater();
                if (error.isError())
                    Q_EMIT tested(false, error.explanation());
                else
                    Q_EMIT tested(true, tr("The profile works: the endpoint lists %n region(s).",
                                           nullptr, *regions));
            });
}

void ConnectionSource::openProfile(const QString &name, const QString &regionId,
                                   const QString &regionHost)
{
    if (!m_store) {
        Q_EMIT failed(tr("No profile store is available; only the demo endpoint can be used."));
        return;
    }
    const QUrl endpointOverride = m_endpointOverride;
    m_store->resolve(
        name, this, [this, regionId, regionHost, endpointOverride](const Resolution &resolution) {
            if (!resolution.ok()) {
                Q_EMIT failed(resolution.message);
                return;
            }
            const Profile &profile = resolution.profile;
            api::ClientConfig config;
            config.regionId = regionId.isEmpty() ? profile.regionId : regionId;
            config.endpoint = endpointOverride.isEmpty()
                                  ? profileEndpoint(profile, config.regionId, regionHost)
                                  : endpointOverride;
            config.signatureVersion = profile.signatureVersion;
            config.credentials = {resolution.credentials.accessKeyId,
                                  resolution.credentials.accessKeySecret,
                                  resolution.credentials.securityToken};
            Q_EMIT opened(config, profile.name);
        });
}

} // namespace ib::ui

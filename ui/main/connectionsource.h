#pragma once

#include "api/clientconfig.h"

#include <QObject>
#include <QStringList>

namespace ib {
class CredentialStore;
struct Profile;
struct ResolvedCredentials;
} // namespace ib

namespace ib::demo {
class DemoServer;
}

namespace ib::ui {

/// Turns what the user picked (a profile, or the built-in demo endpoint, and a region) into a
/// client configuration; reading a profile's secrets from the keychain is asynchronous.
class ConnectionSource : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionSource(QObject *parent = nullptr);
    ~ConnectionSource() override;

    /// Where profiles and their secrets come from; nullptr offers the demo endpoint only.
    void setCredentialStore(CredentialStore *store);
    CredentialStore *credentialStore() const { return m_store; }
    QStringList profileNames() const;
    /// Sends profile connections to this endpoint instead of the region's; empty undoes it.
    void setEndpointOverride(const QUrl &endpoint) { m_endpointOverride = endpoint; }

    /// Connects to the built-in endpoint, starting it on first use.
    void openDemo(const QString &regionId);
    /// Connects with a profile's credentials; regionHost is DescribeRegions' endpoint, if known.
    void openProfile(const QString &name, const QString &regionId, const QString &regionHost);

    /// Uses an endpoint that is already running (tests, benchmarks) instead of starting one.
    void useDemoServer(demo::DemoServer *server) { m_demo = server; }
    /// Tries a profile with one cheap call (DescribeRegions); tested() answers.
    void testProfile(const Profile &profile, const ResolvedCredentials &credentials);

    /// The built-in endpoint once started, else nullptr.
    demo::DemoServer *demoServer() const { return m_demo; }

Q_SIGNALS:
    /// A configuration is ready; profileName is empty for the demo endpoint.
    void opened(const ib::api::ClientConfig &config, const QString &profileName);
    /// The connection cannot be made; the sentence says why and what to do.
    void failed(const QString &explanation);
    /// The outcome of testProfile(), as a sentence for the person.
    void tested(bool ok, const QString &text);
    /// Profiles were added, renamed or removed.
    void profilesChanged();

private:
    CredentialStore *m_store = nullptr;
    demo::DemoServer *m_demo = nullptr;
    QUrl m_endpointOverride;
};

} // namespace ib::ui

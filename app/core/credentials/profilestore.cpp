#include "credentials/profilestore.h"

#include "logcategories.h"

#include <QSettings>

namespace ib {

namespace {

const QString groupKey = QStringLiteral("profiles");
const QString listKey = QStringLiteral("list");
const QString currentKey = QStringLiteral("current");

Profile readProfile(const QSettings &settings)
{
    Profile profile;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.regionId = settings.value(QStringLiteral("regionId")).toString();
    profile.endpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString());
    profile.mode = credentialModeFromKey(settings.value(QStringLiteral("mode")).toString())
                       .value_or(CredentialMode::AccessKey);
    profile.signatureVersion =
        signatureVersionFromKey(settings.value(QStringLiteral("signatureVersion")).toString())
            .value_or(api::SignatureVersion::V3);
    profile.accessKeyId = settings.value(QStringLiteral("accessKeyId")).toString();
    return profile;
}

void writeProfile(QSettings &settings, const Profile &profile)
{
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("regionId"), profile.regionId);
    settings.setValue(QStringLiteral("endpoint"), profile.endpoint.toString());
    settings.setValue(QStringLiteral("mode"), credentialModeKey(profile.mode));
    settings.setValue(QStringLiteral("signatureVersion"),
                      signatureVersionKey(profile.signatureVersion));
    settings.setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(std::make_unique<QSettings>(QStringLiteral("InvocationBrowser"),
                                               QStringLiteral("invocation-browser")),
                   parent)
{}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> profiles;
    m_settings->beginGroup(groupKey);
    const int count = m_settings->beginReadArray(listKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const Profile profile = readProfile(*m_settings);
        if (profileNameProblem(profile.name).isEmpty())
            profiles.append(profile);
        else
            qCWarning(lcCredentials) << "Ignoring a stored profile with an unusable name";
    }
    m_settings->endArray();
    m_settings->endGroup();
    return profiles;
}

QStringList ProfileStore::names() const
{
    QStringList names;
    const QList<Profile> all = profiles();
    for (const Profile &profile : all)
        names.append(profile.name);
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

QString ProfileStore::nameProblem(const QString &name, const QString &renaming) const
{
    const QString problem = profileNameProblem(name);
    if (!problem.isEmpty())
        return problem;
    if (name != renaming && contains(name))
        return tr("A profile called \"%1\" already exists; choose another name.").arg(name);
    return {};
}

QString ProfileStore::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; contains(name); ++n)
        name = base % QLatin1Char('-') % QString::number(n);
    return name;
}

QString ProfileStore::add(const Profile &profile)
{
    const QString problem = nameProblem(profile.name);
    if (!problem.isEmpty())
        return problem;

    QList<Profile> all = profiles();
    all.append(profile);
    write(all);
    qCInfo(lcCredentials) << "Added profile" << profile.name;
    Q_EMIT profilesChanged();
    return {};
}

QString ProfileStore::update(const QString &name, const Profile &profile)
{
    QList<Profile> all = profiles();
    const auto found =
        std::find_if(all.begin(), all.end(), [&name](const Profile &p) { return p.name == name; });
    if (found == all.end())
        return tr("There is no profile called \"%1\" any more.").arg(name);

    const QString problem = nameProblem(profile.name, name);
    if (!problem.isEmpty())
        return problem;

    const bool wasCurrent = currentName() == name;
    *found = profile;
    write(all);
    if (wasCurrent)
        setCurrentName(profile.name);
    qCInfo(lcCredentials) << "Saved profile" << profile.name;
    Q_EMIT profilesChanged();
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    const auto removed = all.removeIf([&name](const Profile &p) { return p.name == name; });
    if (removed == 0)
        return false;

    write(all);
    if (currentName() == name)
        setCurrentName({});
    qCInfo(lcCredentials) << "Removed profile" << name;
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::currentName() const
{
    const QString name = m_settings->value(groupKey % QLatin1Char('/') % currentKey).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    const QString current = contains(name) ? name : QString();
    if (current == m_settings->value(groupKey % QLatin1Char('/') % currentKey).toString())
        return;

    m_settings->setValue(groupKey % QLatin1Char('/') % currentKey, current);
    m_settings->sync();
    Q_EMIT currentNameChanged(current);
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::write(const QList<Profile> &profiles)
{
    m_settings->beginGroup(groupKey);
    m_settings->remove(listKey);
    m_settings->beginWriteArray(listKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, profiles.at(i));
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace ib

#include "profileform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ib::ui {

namespace {

// Region ids offered in the list; any other can be typed.
const char *const knownRegions[] = {
    "cn-hangzhou",    "cn-shanghai",    "cn-beijing",     "cn-shenzhen",    "cn-qingdao",
    "cn-zhangjiakou", "cn-huhehaote",   "cn-wulanchabu",  "cn-chengdu",     "cn-hongkong",
    "ap-southeast-1", "ap-southeast-3", "ap-southeast-5", "ap-northeast-1", "us-west-1",
    "us-east-1",      "eu-central-1",   "eu-west-1",      "me-east-1"};

// Names a control for tests and for assistive technology.
void label(QWidget *control, const QString &objectName, const QString &accessibleName)
{
    control->setObjectName(objectName);
    control->setAccessibleName(accessibleName);
}

QLineEdit *secretField(QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_signatureVersion(new QComboBox(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_accessKeySecret(secretField(this))
    , m_securityToken(secretField(this))
{
    label(m_name, QStringLiteral("name"), tr("Profile name"));
    label(m_region, QStringLiteral("region"), tr("Region"));
    label(m_endpoint, QStringLiteral("endpoint"), tr("Custom endpoint"));
    label(m_mode, QStringLiteral("mode"), tr("Credential mode"));
    label(m_signatureVersion, QStringLiteral("signatureVersion"), tr("Signature version"));
    label(m_accessKeyId, QStringLiteral("accessKeyId"), tr("Access key ID"));
    label(m_accessKeySecret, QStringLiteral("accessKeySecret"), tr("Access key secret"));
    label(m_securityToken, QStringLiteral("securityToken"), tr("Security token"));

    m_region->setEditable(true);
    for (const char *region : knownRegions)
        m_region->addItem(QLatin1String(region));
    m_endpoint->setPlaceholderText(tr("Empty: the public endpoint of the region"));
    m_mode->addItem(tr("Access key"), int(CredentialMode::AccessKey));
    m_mode->addItem(tr("STS token"), int(CredentialMode::StsToken));
    m_signatureVersion->addItem(tr("V3 (recommended)"), int(api::SignatureVersion::V3));
    m_signatureVersion->addItem(tr("V1"), int(api::SignatureVersion::V1));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Region:"), m_region);
    layout->addRow(tr("&Endpoint:"), m_endpoint);
    layout->addRow(tr("&Mode:"), m_mode);
    layout->addRow(tr("Si&gnature:"), m_signatureVersion);
    layout->addRow(tr("Access key &ID:"), m_accessKeyId);
    layout->addRow(tr("Access &key secret:"), m_accessKeySecret);
    layout->addRow(tr("Security t&oken:"), m_securityToken);

    connect(m_mode, &QComboBox::activated, this, &ProfileForm::updateTokenField);
    clear();
}

void ProfileForm::setProfile(const Profile &profile)
{
    m_name->setText(profile.name);
    m_region->setCurrentText(profile.regionId);
    m_endpoint->setText(profile.endpoint.toString());
    m_mode->setCurrentIndex(m_mode->findData(int(profile.mode)));
    m_signatureVersion->setCurrentIndex(
        m_signatureVersion->findData(int(profile.signatureVersion)));
    m_accessKeyId->setText(profile.accessKeyId);
    clearTypedSecrets();
    updateTokenField();
}

void ProfileForm::clear()
{
    setProfile({});
    m_region->setCurrentText(QStringLiteral("cn-hangzhou"));
    setSecretPlaces(SecretPlace::None, SecretPlace::None);
}

void ProfileForm::setSecretPlaces(SecretPlace accessKeySecret, SecretPlace securityToken)
{
    m_accessKeySecret->setPlaceholderText(placeholder(accessKeySecret));
    m_tokenPlace = securityToken;
    updateTokenField();
}

Profile ProfileForm::profile() const
{
    Profile profile;
    profile.name = m_name->text().trimmed();
    profile.regionId = m_region->currentText().trimmed();
    profile.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    profile.mode = CredentialMode(m_mode->currentData().toInt());
    profile.signatureVersion = api::SignatureVersion(m_signatureVersion->currentData().toInt());
    profile.accessKeyId = m_accessKeyId->text().trimmed();
    return profile;
}

SecretChanges ProfileForm::typedSecrets() const
{
    SecretChanges changes;
    if (!m_accessKeySecret->text().isEmpty())
        changes.accessKeySecret = m_accessKeySecret->text().trimmed();
    if (m_securityToken->isEnabled() && !m_securityToken->text().isEmpty())
        changes.securityToken = m_securityToken->text().trimmed();
    return changes;
}

QString ProfileForm::problem() const
{
    const Profile shown = profile();
    if (shown.regionId.isEmpty())
        return tr("Choose or type a region, for example cn-hangzhou.");
    const QString scheme = shown.endpoint.scheme();
    if (!m_endpoint->text().trimmed().isEmpty() &&
        (!shown.endpoint.isValid() || shown.endpoint.host().isEmpty() ||
         (scheme != QLatin1String("https") && scheme != QLatin1String("http"))))
        return tr("Type the endpoint as a full address, for example "
                  "https://ecs.cn-hangzhou.aliyuncs.com, or leave it empty.");
    if (shown.accessKeyId.isEmpty())
        return tr("Type the access key ID.");
    return {};
}

void ProfileForm::clearTypedSecrets()
{
    m_accessKeySecret->clear();
    m_securityToken->clear();
}

QWidget *ProfileForm::firstField() const
{
    return m_name;
}

QWidget *ProfileForm::lastField() const
{
    return m_securityToken;
}

void ProfileForm::updateTokenField()
{
    const bool sts = CredentialMode(m_mode->currentData().toInt()) == CredentialMode::StsToken;
    m_securityToken->setEnabled(sts);
    m_securityToken->setPlaceholderText(sts ? placeholder(m_tokenPlace)
                                            : tr("Only used in STS token mode"));
}

QString ProfileForm::placeholder(SecretPlace place) const
{
    switch (place) {
    case SecretPlace::Keychain:
        return tr("Stored in keychain; type to replace");
    case SecretPlace::Memory:
        return tr("Kept in memory for this run; type to replace");
    case SecretPlace::Unknown:
        return tr("Type to replace what is stored");
    case SecretPlace::None:
        break;
    }
    return tr("Not stored; type it here");
}

} // namespace ib::ui

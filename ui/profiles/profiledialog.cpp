#include "profiledialog.h"

#include "credentials/cliconfig.h"
#include "credentials/profilestore.h"
#include "profileform.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ib::ui {

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *created = new QPushButton(text, parent);
    created->setObjectName(objectName);
    created->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return created;
}

ProfileForm::SecretPlace placeOf(const SecretOutcome &outcome, SecretStore::Backend backend)
{
    if (outcome.failed())
        return ProfileForm::SecretPlace::Unknown;
    if (outcome.status == SecretOutcome::Status::NotFound)
        return ProfileForm::SecretPlace::None;
    return backend == SecretStore::Backend::Memory ? ProfileForm::SecretPlace::Memory
                                                   : ProfileForm::SecretPlace::Keychain;
}

} // namespace

ProfileDialog::ProfileDialog(CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_saveButton(button(tr("&Save"), QStringLiteral("save"), this))
    , m_testButton(button(tr("&Test"), QStringLiteral("test"), this))
    , m_keychainBanner(new QWidget(this))
    , m_keychainReason(new QLabel(m_keychainBanner))
    , m_useMemoryButton(button(tr("Keep secrets in memory for this r&un"),
                               QStringLiteral("useMemory"), m_keychainBanner))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Profiles"));
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setAccessibleName(tr("Profiles"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainReason->setTextFormat(Qt::PlainText);
    m_keychainReason->setWordWrap(true);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->hide();

    auto *banner = new QHBoxLayout(m_keychainBanner);
    banner->addWidget(m_keychainReason, 1);
    banner->addWidget(m_useMemoryButton);

    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(m_form);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_testButton);
    formButtons->addWidget(m_saveButton);
    formColumn->addLayout(formButtons);
    formColumn->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addWidget(createActions());
    columns->addLayout(formColumn, 1);

    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = closeBox->button(QDialogButtonBox::Close);
    m_closeButton->setAccessibleName(tr("Close"));
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainBanner);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(closeBox);

    connect(m_list, &QListWidget::currentItemChanged, this, &ProfileDialog::showSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::test);
    connect(m_useMemoryButton, &QPushButton::clicked, this, [this] {
        m_store->secrets()->useMemoryForThisRun();
        m_keychainBanner->hide();
        showStatus(tr("Secrets you save from now on are kept in memory until the program "
                      "exits; they are not written anywhere."));
    });
    connect(m_store->profiles(), &ProfileStore::profilesChanged, this, &ProfileDialog::reloadList);
    connect(m_store, &CredentialStore::profilesForThisRunChanged, this, &ProfileDialog::reloadList);

    setTabOrderOfControls();
    reloadList();
    selectProfile(m_store->profiles()->currentName());
    checkKeychain();
}

QWidget *ProfileDialog::createActions()
{
    auto *actions = new QWidget(this);
    m_newButton = button(tr("Ne&w"), QStringLiteral("new"), actions);
    m_deleteButton = button(tr("&Delete…"), QStringLiteral("delete"), actions);
    m_importCliButton =
        button(tr("Import from &CLI configuration…"), QStringLiteral("importCli"), actions);
    m_importEnvironmentButton = button(tr("Use the en&vironment's access key"),
                                       QStringLiteral("importEnvironment"), actions);

    auto *layout = new QVBoxLayout(actions);
    layout->setContentsMargins({});
    layout->addWidget(m_list, 1);
    for (QPushButton *action :
         {m_newButton, m_deleteButton, m_importCliButton, m_importEnvironmentButton})
        layout->addWidget(action);

    connect(m_newButton, &QPushButton::clicked, this, &ProfileDialog::startNewProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::confirmDelete);
    connect(m_importEnvironmentButton, &QPushButton::clicked, this,
            [this] { importEnvironment(QProcessEnvironment::systemEnvironment()); });
    connect(m_importCliButton, &QPushButton::clicked, this, [this] {
        if (QFile::exists(defaultCliConfigPath())) {
            importCliConfig(defaultCliConfigPath());
            return;
        }
        auto *chooser = new QFileDialog(this, tr("Choose the CLI configuration"), {},
                                        tr("CLI configuration (*.json)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, &ProfileDialog::importCliConfig);
        chooser->open();
    });
    return actions;
}

void ProfileDialog::setTabOrderOfControls()
{
    const QList<QWidget *> before = {m_list,
                                     m_newButton,
                                     m_deleteButton,
                                     m_importCliButton,
                                     m_importEnvironmentButton,
                                     m_form->firstField()};
    for (qsizetype i = 1; i < before.size(); ++i)
        setTabOrder(before.at(i - 1), before.at(i));
    // The form orders its own fields; the dialog continues after the last one.
    const QList<QWidget *> after = {m_form->lastField(), m_testButton, m_saveButton,
                                    m_useMemoryButton, m_closeButton};
    for (qsizetype i = 1; i < after.size(); ++i)
        setTabOrder(after.at(i - 1), after.at(i));
}

QString ProfileDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            showSelected();
            return;
        }
    }
}

void ProfileDialog::reloadList()
{
    const QString selected = selectedName();
    const QSignalBlocker blocker(m_list);
    m_list->clear();

    const QList<Profile> stored = m_store->profiles()->profiles();
    for (const Profile &profile : stored) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.name);
    }
    const QList<Profile> forThisRun = m_store->profilesForThisRun();
    for (const Profile &profile : forThisRun) {
        auto *item = new QListWidgetItem(tr("%1 (this run only)").arg(profile.name), m_list);
        item->setData(Qt::UserRole, profile.name);
    }

    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == selected) {
            m_list->setCurrentRow(row);
            m_list->item(row)->setSelected(true);
        }
    }
    m_deleteButton->setEnabled(!selectedName().isEmpty());
}

void ProfileDialog::showSelected()
{
    const QString name = selectedName();
    m_deleteButton->setEnabled(!name.isEmpty());
    if (name.isEmpty())
        return;

    if (m_store->isForThisRun(name)) {
        const QList<Profile> forThisRun = m_store->profilesForThisRun();
        for (const Profile &profile : forThisRun) {
            if (profile.name == name)
                m_form->setProfile(profile);
        }
        m_form->setSecretPlaces(ProfileForm::SecretPlace::Memory, ProfileForm::SecretPlace::Memory);
        return;
    }

    const std::optional<Profile> profile = m_store->profiles()->profile(name);
    if (!profile)
        return;
    m_form->setProfile(*profile);
    showSecretPlaces(*profile);
}

void ProfileDialog::showSecretPlaces(const Profile &profile)
{
    // Reads only to learn whether a secret is there; the value is dropped at once.
    SecretStore *secrets = m_store->secrets();
    m_form->setSecretPlaces(ProfileForm::SecretPlace::Unknown, ProfileForm::SecretPlace::Unknown);
    secrets->read(profile.name, SecretKind::AccessKeySecret, this,
                  [this, secrets, name = profile.name](const SecretOutcome &secret) {
                      const auto secretPlace = placeOf(secret, secrets->backend());
                      secrets->read(name, SecretKind::SecurityToken, this,
                                    [this, secrets, name, secretPlace](const SecretOutcome &token) {
                                        if (selectedName() == name)
                                            m_form->setSecretPlaces(
                                                secretPlace, placeOf(token, secrets->backend()));
                                    });
                  });
}

void ProfileDialog::startNewProfile()
{
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    m_form->clear();
    m_deleteButton->setEnabled(false);
    m_form->firstField()->setFocus();
    showStatus(tr("Fill in the new profile and press Save."));
}

void ProfileDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace ib::ui

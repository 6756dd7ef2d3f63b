#pragma once

#include "credentials/profile.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace ib {

/// The operator's profiles in the program's settings (QSettings), and which one is current.
/// Never holds a secret: the SecretStore keeps those in the keychain.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    /// Uses the program's settings: organisation "InvocationBrowser", application
    /// "invocation-browser".
    explicit ProfileStore(QObject *parent = nullptr);
    /// Uses the given settings, for example an INI file in a test.
    explicit ProfileStore(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;
    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;

    /// Why `name` cannot be used for a new profile (or for `renaming`, which may keep its own
    /// name); empty when it can.
    QString nameProblem(const QString &name, const QString &renaming = {}) const;
    /// `base`, or `base-2`, `base-3`... whichever is free first.
    QString uniqueName(const QString &base) const;

    /// Adds a profile; returns why not when the name is unusable, else an empty string.
    QString add(const Profile &profile);
    /// Replaces the profile called `name` (the new one may carry a new name: a rename).
    QString update(const QString &name, const Profile &profile);
    /// Removes a profile; false when there was none by that name.
    bool remove(const QString &name);

    QString currentName() const;
    /// Makes `name` current; an unknown name clears the choice.
    void setCurrentName(const QString &name);

    /// The file the settings live in, for tests that scan it.
    QString fileName() const;

Q_SIGNALS:
    /// A profile was added, changed, renamed or removed.
    void profilesChanged();
    /// The current profile changed (empty when none is chosen).
    void currentNameChanged(const QString &name);

private:
    void write(const QList<Profile> &profiles);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace ib

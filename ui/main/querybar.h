#pragma once

#include "api/ecsclient.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace ib::ui {

/// The service-side query: profile, region, the filters DescribeInvocationResults accepts,
/// Fetch and Cancel.
class QueryBar : public QWidget
{
    Q_OBJECT
public:
    explicit QueryBar(QWidget *parent = nullptr);

    /// Profiles to offer; the demo entry (empty name) is always first.
    void setProfiles(const QStringList &names, const QString &current);
    QString profileName() const;
    /// The profile names offered, without the demo entry.
    QStringList profileNames() const;
    void setRegions(const QList<QPair<QString, QString>> &idsAndNames, const QString &current);
    QString regionId() const;

    /// The query as typed; returns false with a sentence in *error when a field cannot be read.
    bool readQuery(api::ResultsQuery *query, QString *error) const;
    void setInvokeIds(const QStringList &ids);

    /// Switches Fetch and Cancel while a fetch runs.
    void setFetching(bool fetching);

Q_SIGNALS:
    /// The user asked for a fetch (button or F5).
    void fetchRequested();
    /// The user asked to stop the running fetch (button or Esc).
    void cancelRequested();
    /// Another profile was picked; an empty name is the demo endpoint.
    void profileChanged(const QString &name);
    /// The user wants to add, edit or test profiles.
    void manageProfilesRequested();
    /// Another region was picked or typed.
    void regionChanged(const QString &regionId);

private:
    QLineEdit *addLineEdit(const QString &placeholder, const QString &accessibleName);

    QComboBox *m_profile;
    QComboBox *m_region;
    QLineEdit *m_invokeIds;
    QLineEdit *m_instanceId;
    QLineEdit *m_commandId;
    QComboBox *m_recordStatus;
    QLineEdit *m_tags;
    QLineEdit *m_resourceGroup;
    QCheckBox *m_includeHistory;
    QPushButton *m_fetch;
    QPushButton *m_cancel;
};

} // namespace ib::ui

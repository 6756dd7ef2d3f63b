#include "querybar.h"

#include "results/resultmeaning.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace ib::ui {

namespace {

QStringList splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

QueryBar::QueryBar(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_recordStatus(new QComboBox(this))
    , m_includeHistory(new QCheckBox(tr("Include &history"), this))
    , m_fetch(new QPushButton(QIcon(QStringLiteral(":/icons/fetch.svg")), tr("&Fetch"), this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this))
{
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setMinimumContentsLength(16);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setProfiles({}, {});
    connect(m_profile, &QComboBox::activated, this,
            [this] { Q_EMIT profileChanged(profileName()); });

    auto *profiles = new QPushButton(tr("Profi&les…"), this);
    profiles->setToolTip(tr("Add, edit, import or test profiles"));
    connect(profiles, &QPushButton::clicked, this, &QueryBar::manageProfilesRequested);

    m_region->setAccessibleName(tr("Region"));
    m_region->setMinimumContentsLength(22);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_region, &QComboBox::activated, this, [this] { Q_EMIT regionChanged(regionId()); });

    m_invokeIds =
        addLineEdit(tr("t-… (several: separate with commas or spaces)"), tr("Invoke IDs"));
    m_instanceId = addLineEdit(tr("i-…"), tr("Instance ID"));
    m_commandId = addLineEdit(tr("c-…"), tr("Command ID"));
    m_tags = addLineEdit(tr("key=value, key2=value2"), tr("Tags"));
    m_resourceGroup = addLineEdit(tr("rg-…"), tr("Resource group"));

    m_recordStatus->setAccessibleName(tr("Invoke record status"));
    m_recordStatus->addItem(tr("Any"), QString());
    for (const QString &status : invokeRecordStatuses())
        m_recordStatus->addItem(statusDisplayName(status), status);
    m_includeHistory->setToolTip(tr("Include every run of a scheduled task (needs an invoke ID)"));

    m_fetch->setToolTip(tr("Fetch every page of results (F5)"));
    m_fetch->setDefault(true);
    m_cancel->setToolTip(tr("Stop fetching (Esc); rows already received stay"));
    connect(m_fetch, &QPushButton::clicked, this, &QueryBar::fetchRequested);
    connect(m_cancel, &QPushButton::clicked, this, &QueryBar::cancelRequested);
    setFetching(false);

    // Tab follows the reading order of the grid below: the first line, then the second.
    const QList<QWidget *> order{m_profile,      profiles, m_region,        m_invokeIds,
                                 m_fetch,        m_cancel, m_instanceId,    m_commandId,
                                 m_recordStatus, m_tags,   m_resourceGroup, m_includeHistory};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 2);
    grid->setVerticalSpacing(4);
    grid->addWidget(buddyLabel(tr("&Profile:"), m_profile), 0, 0);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(profiles);
    grid->addLayout(profileRow, 0, 1);
    grid->addWidget(buddyLabel(tr("&Region:"), m_region), 0, 2);
    grid->addWidget(m_region, 0, 3);
    grid->addWidget(buddyLabel(tr("&Invoke IDs:"), m_invokeIds), 0, 4);
    grid->addWidget(m_invokeIds, 0, 5, 1, 5);
    grid->addWidget(m_fetch, 0, 10);
    grid->addWidget(m_cancel, 0, 11);
    grid->addWidget(buddyLabel(tr("I&nstance:"), m_instanceId), 1, 0);
    grid->addWidget(m_instanceId, 1, 1);
    grid->addWidget(buddyLabel(tr("Co&mmand:"), m_commandId), 1, 2);
    grid->addWidget(m_commandId, 1, 3);
    grid->addWidget(buddyLabel(tr("Record &status:"), m_recordStatus), 1, 4);
    grid->addWidget(m_recordStatus, 1, 5);
    grid->addWidget(buddyLabel(tr("&Tags:"), m_tags), 1, 6);
    grid->addWidget(m_tags, 1, 7);
    grid->addWidget(buddyLabel(tr("Resource &group:"), m_resourceGroup), 1, 8);
    grid->addWidget(m_resourceGroup, 1, 9);
    grid->addWidget(m_includeHistory, 1, 10, 1, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(7, 2);
    grid->setColumnStretch(9, 1);
}

QLineEdit *QueryBar::addLineEdit(const QString &placeholder, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::returnPressed, this, &QueryBar::fetchRequested);
    return edit;
}

void QueryBar::setProfiles(const QStringList &names, const QString &current)
{
    m_profile->clear();
    m_profile->addItem(tr("Demo (no account)"), QString());
    for (const QString &name : names)
        m_profile->addItem(name, name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
}

QStringList QueryBar::profileNames() const
{
    QStringList names;
    for (int i = 1; i < m_profile->count(); ++i)
        names.append(m_profile->itemData(i).toString());
    return names;
}

QString QueryBar::profileName() const
{
    return m_profile->currentData().toString();
}

void QueryBar::setRegions(const QList<QPair<QString, QString>> &idsAndNames, const QString &current)
{
    const QString keep = current.isEmpty() ? regionId() : current;
    m_region->clear();
    for (const auto &[id, name] : idsAndNames) {
        m_region->addItem(name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(id, name), id);
    }
    if (!keep.isEmpty() && m_region->findData(keep) < 0)
        m_region->addItem(keep, keep);
    m_region->setCurrentIndex(std::max(0, m_region->findData(keep)));
}

QString QueryBar::regionId() const
{
    return m_region->currentData().toString();
}

bool QueryBar::readQuery(api::ResultsQuery *query, QString *error) const
{
    query->invokeIds = splitIds(m_invokeIds->text());
    query->instanceId = m_instanceId->text().trimmed();
    query->commandId = m_commandId->text().trimmed();
    query->invokeRecordStatus = m_recordStatus->currentData().toString();
    query->resourceGroupId = m_resourceGroup->text().trimmed();
    query->includeHistory = m_includeHistory->isChecked();

    query->tags.clear();
    const QStringList pairs = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            *error = tr("The tag \"%1\" is not of the form key=value.").arg(pair.trimmed());
            return false;
        }
        query->tags.append(Tag{key, pair.mid(equals + 1).trimmed()});
    }
    if (query->includeHistory && query->invokeIds.isEmpty()) {
        *error = tr("Include history needs the invoke ID of a scheduled task.");
        return false;
    }
    return true;
}

void QueryBar::setInvokeIds(const QStringList &ids)
{
    m_invokeIds->setText(ids.join(QStringLiteral(", ")));
}

void QueryBar::setFetching(bool fetching)
{
    m_fetch->setEnabled(!fetching);
    m_cancel->setEnabled(fetching);
}

} // namespace ib::ui

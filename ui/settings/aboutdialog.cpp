#include "aboutdialog.h"

#include "desktopintegration.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace ib::ui {

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(textLabel(tr("Version %1").arg(QStringLiteral(IB_VERSION)), this))
    , m_licence(textLabel(tr("Licensed under the Apache License, Version 2.0."), this))
    , m_qt(textLabel(tr("Runs on Qt %1, built with Qt %2.")
                         .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                     this))
{
    setWindowTitle(tr("About Invocation Browser"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    auto *name = textLabel(tr("Invocation Browser"), this);
    QFont title = name->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.4);
    name->setFont(title);
    name->setAlignment(Qt::AlignHCenter);
    m_version->setAlignment(Qt::AlignHCenter);

    auto *purpose = textLabel(tr("Browse, filter and export the results of Cloud Assistant "
                                 "commands run on ECS instances."),
                              this);

    auto *documentation = new QLabel(this);
    documentation->setTextFormat(Qt::RichText);
    documentation->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(documentationUrl().toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                    tr("Documentation").toHtmlEscaped()));
    documentation->setOpenExternalLinks(true);
    documentation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    documentation->setAccessibleName(tr("Documentation"));
    documentation->setToolTip(documentationUrl().toDisplayString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addWidget(m_version);
    layout->addSpacing(6);
    layout->addWidget(purpose);
    layout->addWidget(m_licence);
    layout->addWidget(m_qt);
    layout->addWidget(documentation);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}

QString AboutDialog::qtText() const
{
    return m_qt->text();
}

QUrl AboutDialog::documentationUrl() const
{
    return QUrl(QStringLiteral(IB_HOMEPAGE_URL));
}

} // namespace ib::ui

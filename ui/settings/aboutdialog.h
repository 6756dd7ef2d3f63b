#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;

namespace ib::ui {

/// Help > About: the program's name, version and licence, the Qt it runs on, a link to the
/// documentation.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The version line as shown, e.g. "Version 0.1.0".
    QString versionText() const;
    /// The licence line as shown.
    QString licenceText() const;
    /// The Qt line as shown: the version running and the one the program was built with.
    QString qtText() const;
    /// The address the documentation link opens.
    QUrl documentationUrl() const;

private:
    QLabel *m_version;
    QLabel *m_licence;
    QLabel *m_qt;
};

} // namespace ib::ui

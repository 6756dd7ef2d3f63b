#include "fileerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <cerrno>

namespace ib {

// The translation context of the sentences below.
class FileErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ib::FileErrorText)
};

namespace {

QString shownPath(const QFileDevice &file)
{
    if (file.fileName().isEmpty())
        return FileErrorText::tr("standard output");
    return QDir::toNativeSeparators(QFileInfo(file.fileName()).absoluteFilePath());
}

} // namespace

QString fileErrorSentence(const QFileDevice &file, int systemError)
{
    const QString path = shownPath(file);

    if (systemError == EACCES || systemError == EPERM)
        return FileErrorText::tr(
                   "You do not have permission to write “%1”. Choose a folder you can "
                   "write to, or ask for write access to this one.")
            .arg(path);
    if (systemError == EROFS)
        return FileErrorText::tr("“%1” is on a read-only disk. Choose a folder on another disk.")
            .arg(path);
    if (systemError == ENOSPC || systemError == EDQUOT ||
        file.error() == QFileDevice::ResourceError)
        return FileErrorText::tr(
                   "The disk is full, so “%1” could not be written. Free some space or "
                   "choose another disk, then export again.")
            .arg(path);
    if (QFileInfo(file.fileName()).isDir())
        return FileErrorText::tr("“%1” is a folder. Choose a file name inside it.").arg(path);
    if (file.error() == QFileDevice::OpenError && !QFileInfo(file.fileName()).dir().exists())
        return FileErrorText::tr("The folder for “%1” does not exist. Choose an existing folder.")
            .arg(path);
    if (file.error() == QFileDevice::RenameError)
        return FileErrorText::tr("“%1” could not be replaced (%2). The previous file is unchanged; "
                                 "close any program that has it open and export again.")
            .arg(path, file.errorString());
    return FileErrorText::tr(
               "“%1” could not be written (%2). Choose another file or folder and export "
               "again.")
        .arg(path, file.errorString());
}

} // namespace ib

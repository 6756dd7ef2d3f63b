#include "export/fileerror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

using ib::fileErrorSentence;

class TestFileError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void permissionDenied();
    void readOnlyDisk();
    void diskFullFromTheDevice();
    void diskFullFromErrno();
    void missingFolder();
    void folderInsteadOfFile();
    void standardOutputIsNamed();
    void otherFailuresKeepTheSystemText();

private:
    QString path(const QString &name) const
    {
        return QDir::toNativeSeparators(m_dir->filePath(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileError::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFileError::permissionDenied()
{
    const QFile file(path(QStringLiteral("out.csv")));
    const QString sentence = fileErrorSentence(file, EACCES);

    QVERIFY2(sentence.startsWith(QStringLiteral("You do not have permission to write “") +
                                 path(QStringLiteral("out.csv")) + QStringLiteral("”")),
             qPrintable(sentence));
    QCOMPARE(fileErrorSentence(file, EPERM), sentence);
}

void TestFileError::readOnlyDisk()
{
    const QFile file(path(QStringLiteral("out.csv")));
    QVERIFY(fileErrorSentence(file, EROFS).contains(QLatin1String("read-only disk")));
}

void TestFileError::diskFullFromTheDevice()
{
    // Every write to /dev/full fails the way a full disk does.
    QFile file(QStringLiteral("/dev/full"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    QCOMPARE(file.write("x"), -1);
    QCOMPARE(file.error(), QFileDevice::ResourceError);

    const QString sentence = fileErrorSentence(file);
    QVERIFY2(sentence.startsWith(QStringLiteral("The disk is full, so “/dev/full” could not")),
             qPrintable(sentence));
}

void TestFileError::diskFullFromErrno()
{
    const QFile file(path(QStringLiteral("out.csv")));
    QVERIFY(fileErrorSentence(file, ENOSPC).startsWith(QLatin1String("The disk is full")));
}

void TestFileError::missingFolder()
{
    QFile file(path(QStringLiteral("missing/out.csv")));
    QVERIFY(!file.open(QIODevice::WriteOnly));

    QCOMPARE(fileErrorSentence(file),
             QStringLiteral("The folder for “") + path(QStringLiteral("missing/out.csv")) +
                 QStringLiteral("” does not exist. Choose an existing folder."));
}

void TestFileError::folderInsteadOfFile()
{
    QFile file(m_dir->path());
    QVERIFY(!file.open(QIODevice::WriteOnly));

    QVERIFY2(fileErrorSentence(file).contains(QLatin1String("is a folder")),
             qPrintable(fileErrorSentence(file)));
}

void TestFileError::standardOutputIsNamed()
{
    const QFile file;
    QVERIFY(fileErrorSentence(file, EACCES).contains(QStringLiteral("“standard output”")));
}

void TestFileError::otherFailuresKeepTheSystemText()
{
    // Opening an absent file for reading fails for a reason none of the sentences above name.
    QFile readOnly(path(QStringLiteral("absent.csv")));
    QVERIFY(!readOnly.open(QIODevice::ReadOnly));

    const QString sentence = fileErrorSentence(readOnly);
    QVERIFY2(sentence.contains(readOnly.errorString()), qPrintable(sentence));
    QVERIFY(sentence.contains(QLatin1String("could not be written")));
}

QTEST_GUILESS_MAIN(TestFileError)
#include "test_fileerror.moc"

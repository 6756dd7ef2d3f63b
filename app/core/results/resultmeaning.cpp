#include "results/resultmeaning.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace ib {

namespace {

// The context for this file's user-visible texts.
class MeaningText
{
    Q_DECLARE_TR_FUNCTIONS(ib::ResultMeaning)
};

const QHash<QString, StatusKind> &statusKinds()
{
    static const QHash<QString, StatusKind> kinds{
        {QStringLiteral("success"), StatusKind::Success},
        {QStringLiteral("failed"), StatusKind::Failure},
        {QStringLiteral("error"), StatusKind::Failure},
        {QStringLiteral("timeout"), StatusKind::Failure},
        {QStringLiteral("invalid"), StatusKind::Failure},
        {QStringLiteral("aborted"), StatusKind::Failure},
        {QStringLiteral("partialfailed"), StatusKind::Failure},
        {QStringLiteral("running"), StatusKind::Running},
        {QStringLiteral("pending"), StatusKind::Pending},
        {QStringLiteral("scheduled"), StatusKind::Pending},
        {QStringLiteral("stopping"), StatusKind::Stopped},
        {QStringLiteral("stopped"), StatusKind::Stopped},
        {QStringLiteral("cancelled"), StatusKind::Stopped},
        {QStringLiteral("terminated"), StatusKind::Stopped}};
    return kinds;
}

// InvokeRecordStatus values in the spelling InvocationStatus uses.
const QHash<QString, QString> &recordStatusNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("running"), QStringLiteral("Running")},
        {QStringLiteral("success"), QStringLiteral("Success")},
        {QStringLiteral("failed"), QStringLiteral("Failed")},
        {QStringLiteral("pending"), QStringLiteral("Pending")},
        {QStringLiteral("stopping"), QStringLiteral("Stopping")},
        {QStringLiteral("stopped"), QStringLiteral("Stopped")},
        {QStringLiteral("finished"), QStringLiteral("Finished")},
        {QStringLiteral("partialfailed"), QStringLiteral("PartialFailed")}};
    return names;
}

// What each status is called on screen, by its lower-case spelling.
const QHash<QString, const char *> &statusNames()
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Pending")},
        {QStringLiteral("invalid"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Invalid")},
        {QStringLiteral("aborted"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Aborted")},
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Running")},
        {QStringLiteral("success"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Success")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Failed")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Error")},
        {QStringLiteral("timeout"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Timeout")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Cancelled")},
        {QStringLiteral("stopping"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Stopping")},
        {QStringLiteral("terminated"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Terminated")},
        {QStringLiteral("scheduled"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Scheduled")},
        {QStringLiteral("stopped"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Stopped")},
        {QStringLiteral("finished"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "Finished")},
        {QStringLiteral("partialfailed"), QT_TRANSLATE_NOOP("ib::ResultMeaning", "PartialFailed")}};
    return names;
}

// Exit codes that Windows reports as NTSTATUS values, which read best in hex.
bool isWindowsStatusCode(qint64 code)
{
    return (code >= 0x10000 && code <= 0xFFFFFFFFLL) || (code >= INT32_MIN && code <= -0x10000);
}

QString hexCode(qint64 code)
{
    return QStringLiteral("0x") %
           QString::number(quint32(code), 16).toUpper().rightJustified(8, QLatin1Char('0'));
}

QString signalName(int signal)
{
    static const QHash<int, QString> names{
        {1, QStringLiteral("SIGHUP")},   {2, QStringLiteral("SIGINT")},
        {3, QStringLiteral("SIGQUIT")},  {6, QStringLiteral("SIGABRT")},
        {9, QStringLiteral("SIGKILL")},  {11, QStringLiteral("SIGSEGV")},
        {13, QStringLiteral("SIGPIPE")}, {15, QStringLiteral("SIGTERM")}};
    return names.value(signal);
}

QString windowsStatusMeaning(quint32 status)
{
    switch (status) {
    case 0xC0000005:
        return MeaningText::tr("On Windows, 0xC0000005 is an access violation: the program crashed "
                               "reading or writing memory it does not own.");
    case 0xC00000FD:
        return MeaningText::tr("On Windows, 0xC00000FD is a stack overflow: the program crashed.");
    case 0xC0000409:
        return MeaningText::tr("On Windows, 0xC0000409 means the program stopped itself after "
                               "detecting a stack buffer overrun or a fatal error.");
    case 0xC000013A:
        return MeaningText::tr("On Windows, 0xC000013A means the program was ended by Ctrl+C or "
                               "because its console closed.");
    case 0xC0000135:
        return MeaningText::tr("On Windows, 0xC0000135 means a DLL the program needs was not "
                               "found. Install the program's runtime on the instance.");
    case 0xC0000142:
        return MeaningText::tr("On Windows, 0xC0000142 means a DLL failed to initialise, often "
                               "because the command ran without a desktop session.");
    default:
        return {};
    }
}

QString linuxMeaning(qint64 code)
{
    if (code == 126) {
        return MeaningText::tr("On Linux, 126 means the command was found but could not be run, "
                               "often for lack of execute permission.");
    }
    if (code == 127) {
        return MeaningText::tr("On Linux, 127 means the command was not found. Check its spelling "
                               "and the PATH of the user it runs as.");
    }
    if (code == 137) {
        return MeaningText::tr("On Linux, 137 means the command was killed with SIGKILL, often by "
                               "the out-of-memory killer or because it was stopped.");
    }
    const int signal = int(code - 128);
    if (signal >= 1 && signal <= 31) {
        const QString name = signalName(signal);
        if (name.isEmpty())
            return MeaningText::tr("On Linux, %1 usually means the command was ended by signal %2.")
                .arg(code)
                .arg(signal);
        return MeaningText::tr(
                   "On Linux, %1 usually means the command was ended by signal %2 (%3).")
            .arg(code)
            .arg(signal)
            .arg(name);
    }
    return {};
}

} // namespace

QString effectiveStatus(const InvocationResult &r)
{
    if (!r.invocationStatus.isEmpty())
        return r.invocationStatus;
    if (r.invokeRecordStatus.isEmpty())
        return {};

    const QString record = r.invokeRecordStatus.toLower();
    if (record == QLatin1String("finished") || record == QLatin1String("partialfailed")) {
        // A finished record tells no outcome; the exit code and error code of this row do.
        if (!r.errorCode.isEmpty() || (r.exitCode && *r.exitCode != 0))
            return QStringLiteral("Failed");
        if (r.exitCode)
            return QStringLiteral("Success");
    }
    return recordStatusNames().value(record, r.invokeRecordStatus);
}

const QStringList &invocationStatuses()
{
    static const QStringList statuses{
        QStringLiteral("Success"),   QStringLiteral("Failed"),     QStringLiteral("Error"),
        QStringLiteral("Timeout"),   QStringLiteral("Running"),    QStringLiteral("Pending"),
        QStringLiteral("Scheduled"), QStringLiteral("Stopping"),   QStringLiteral("Cancelled"),
        QStringLiteral("Aborted"),   QStringLiteral("Terminated"), QStringLiteral("Invalid")};
    return statuses;
}

const QStringList &invokeRecordStatuses()
{
    static const QStringList statuses{QStringLiteral("Running"),       QStringLiteral("Finished"),
                                      QStringLiteral("Success"),       QStringLiteral("Failed"),
                                      QStringLiteral("PartialFailed"), QStringLiteral("Stopping"),
                                      QStringLiteral("Stopped")};
    return statuses;
}

QString statusDisplayName(const QString &status)
{
    const char *name = statusNames().value(status.toLower(), nullptr);
    return name ? MeaningText::tr(name) : status;
}

StatusKind statusKind(const QString &status)
{
    return statusKinds().value(status.toLower(), StatusKind::Unknown);
}

bool isUnfinished(const InvocationResult &r)
{
    const StatusKind kind = statusKind(effectiveStatus(r));
    return kind == StatusKind::Running || kind == StatusKind::Pending;
}

QString exitCodeText(const InvocationResult &r)
{
    if (!r.exitCode) {
        if (isUnfinished(r))
            return MeaningText::tr("pending");
        return MeaningText::tr("not reported");
    }

    const qint64 code = *r.exitCode;
    if (isWindowsStatusCode(code))
        return QStringLiteral("%1 (%2)").arg(code).arg(hexCode(code));
    return QString::number(code);
}

QString exitCodeMeaning(const InvocationResult &r)
{
    if (!r.exitCode)
        return {};

    const qint64 code = *r.exitCode;
    switch (code) {
    case 0:
        return MeaningText::tr("The command reported success.");
    case 193:
        return MeaningText::tr("On Linux, exit code 193 asks the Cloud Assistant agent to stop "
                               "the instance after the command; it is not an ordinary failure.");
    case 194:
        return MeaningText::tr("On Linux, exit code 194 asks the Cloud Assistant agent to reboot "
                               "the instance after the command; it is not an ordinary failure.");
    case 3009:
        return MeaningText::tr("On Windows, exit code 3009 asks the Cloud Assistant agent to stop "
                               "the instance after the command; it is not an ordinary failure.");
    case 3010:
        return MeaningText::tr("On Windows, exit code 3010 asks the Cloud Assistant agent to "
                               "reboot the instance after the command; it is not an ordinary "
                               "failure.");
    default:
        break;
    }

    QString meaning =
        isWindowsStatusCode(code) ? windowsStatusMeaning(quint32(code)) : linuxMeaning(code);
    if (meaning.isEmpty()) {
        meaning = MeaningText::tr("A non-zero exit code usually means the command failed; the "
                                  "output should say why.");
    }
    return meaning;
}

QString formatDuration(qint64 msecs)
{
    if (msecs < 0)
        return {};
    if (msecs < 1000)
        return MeaningText::tr("%1 ms").arg(msecs);

    const qint64 seconds = msecs / 1000;
    if (seconds < 60)
        return MeaningText::tr("%1 s").arg(QLocale().toString(msecs / 1000.0, 'f', 1));
    if (seconds < 3600)
        return MeaningText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return MeaningText::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return MeaningText::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

std::optional<qint64> runDuration(const InvocationResult &r)
{
    const QDateTime end = r.finishedTime.isValid() ? r.finishedTime : r.stopTime;
    if (!r.startTime.isValid() || !end.isValid())
        return std::nullopt;
    const qint64 msecs = r.startTime.msecsTo(end);
    if (msecs < 0)
        return std::nullopt;
    return msecs;
}

QString outputNotice(const InvocationResult &r)
{
    const StatusKind kind = statusKind(effectiveStatus(r));
    if (kind == StatusKind::Pending)
        return MeaningText::tr("The command has not started on this instance yet.");
    if (kind == StatusKind::Running && r.output.isEmpty())
        return MeaningText::tr("The command is still running and has printed nothing so far.");
    if (kind == StatusKind::Running)
        return MeaningText::tr("The command is still running; this output is partial and may "
                               "change.");
    if (!r.outputPresent)
        return MeaningText::tr("The service sent no output for this result.");
    return {};
}

QString dropNotice(const InvocationResult &r)
{
    if (r.dropped <= 0)
        return {};

    const int bytes = int(qMin<qint64>(r.dropped, INT_MAX));
    if (r.ossOutputUri.isEmpty()) {
        return MeaningText::tr("The agent dropped %Ln bytes of this output because it exceeded "
                               "the size limit. The cut may be in the middle, so the text shown "
                               "is not continuous.",
                               nullptr, bytes);
    }
    return MeaningText::tr("The agent dropped %Ln bytes of this output because it exceeded the "
                           "size limit. The cut may be in the middle, so the text shown is not "
                           "continuous. The full output was delivered to %1.",
                           nullptr, bytes)
        .arg(r.ossOutputUri);
}

} // namespace ib

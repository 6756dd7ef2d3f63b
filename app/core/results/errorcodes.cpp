// What each documented Cloud Assistant error code means and what to do next.
#include "results/resultmeaning.h"

#include <QCoreApplication>

namespace ib {

namespace {

struct ErrorCodeText
{
    const char *code;
    const char *explanation;
};

// Each entry says what happened, then the next step; the context matches resultmeaning.cpp.
const ErrorCodeText errorCodeTexts[] = {
    {"InstanceNotExists",
     QT_TRANSLATE_NOOP("ib::ResultMeaning", "The instance does not exist. Check the instance ID "
                                            "and that the query uses the instance's region.")},
    {"InstanceReleased",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The instance was released while the command was pending or running. Run "
                       "the command on another instance if it is still needed.")},
    {"InstanceNotRunning",
     QT_TRANSLATE_NOOP("ib::ResultMeaning", "The instance was not running when the command was "
                                            "sent. Start the instance and run the command again.")},
    {"CommandNotApplicable",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The command type does not fit the instance's operating system, such as a "
                       "shell script sent to Windows. Use a command type the instance can run.")},
    {"AccountNotExists",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The user the command should run as does not exist on the instance. Create "
                       "the user or choose an existing one.")},
    {"DirectoryNotExists",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The working directory does not exist on the instance. Create it or choose "
                       "another working directory.")},
    {"BadCronExpression",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The schedule's cron expression is not valid. Correct the expression and "
                       "create the scheduled task again.")},
    {"ClientNotRunning",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The Cloud Assistant agent is not running on the instance. Start the agent "
                       "or reinstall it, then run the command again.")},
    {"ClientNotResponse",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The Cloud Assistant agent did not answer. Check that the agent is running "
                       "and that the instance can reach the Cloud Assistant service, or restart "
                       "the agent.")},
    {"ClientIsUpgrading",
     QT_TRANSLATE_NOOP("ib::ResultMeaning", "The Cloud Assistant agent was upgrading itself. Wait "
                                            "a few minutes and run the command again.")},
    {"ClientNeedUpgrade",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The Cloud Assistant agent on the instance is too old for this command. "
                       "Upgrade the agent and run the command again.")},
    {"DeliveryTimeout",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The command could not be delivered to the instance in time. Check that the "
                       "agent is running and that the instance can reach the Cloud Assistant "
                       "service, then run the command again.")},
    {"ExecutionTimeout",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The command ran longer than its timeout and was stopped. Raise the timeout "
                       "or make the command finish sooner.")},
    {"ExecutionException",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The command could not be started or failed with an exception on the "
                       "instance. Read the error information and the output for the cause.")},
    {"ExecutionInterrupted",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The command was interrupted, for example because the instance restarted "
                       "or the agent stopped. Run it again once the instance is stable.")},
    {"ExitCodeNonzero",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The command finished with a non-zero exit code, which usually means it "
                       "failed. Read the output and the exit code's meaning.")},
    {"SecurityGroupRuleDenied",
     QT_TRANSLATE_NOOP("ib::ResultMeaning",
                       "The instance's security group rules block the Cloud Assistant service. "
                       "Allow outbound access to the Cloud Assistant endpoints and run the "
                       "command again.")},
};

} // namespace

QString errorCodeExplanation(const QString &code)
{
    for (const ErrorCodeText &entry : errorCodeTexts) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("ib::ResultMeaning", entry.explanation);
    }
    return {};
}

QStringList documentedErrorCodes()
{
    QStringList codes;
    for (const ErrorCodeText &entry : errorCodeTexts)
        codes.append(QLatin1String(entry.code));
    return codes;
}

} // namespace ib

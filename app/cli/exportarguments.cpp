#include "exportarguments.h"

#include "results/resultmeaning.h"

#include <QCommandLineParser>
#include <algorithm>

namespace ib::cli {

namespace {

// Gives the texts of this file one translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ib::cli::ExportArguments)
};

const char exitCodesHelp[] = QT_TRANSLATE_NOOP(
    "ib::cli::ExportArguments",
    "Exit codes: 0 results written; 1 no results (the header is written); 2 bad arguments;\n"
    "3 credentials missing or refused; 4 network failure; 5 service error or unreadable\n"
    "answer; 6 the output file could not be written; 7 results written, but the service's\n"
    "paging stopped early, so some may be missing; 130 interrupted. On any failure an\n"
    "existing output file is left as it was.");

struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            Text::tr("Use the built-in demo endpoint; no account needed.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Text::tr("Use the stored profile <name>."), Text::tr("name")};
    QCommandLineOption region{QStringLiteral("region"), Text::tr("Region id, e.g. cn-hangzhou."),
                              Text::tr("region")};
    QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        Text::tr("Endpoint URL instead of the profile's (VPC, gateway, local)."), Text::tr("url")};
    QCommandLineOption signature{QStringLiteral("signature-version"),
                                 Text::tr("Request signature: v3 (default) or v1."),
                                 Text::tr("version")};
    QCommandLineOption invokeId{QStringLiteral("invoke-id"),
                                Text::tr("Invoke id (t-...); repeat or separate with commas."),
                                Text::tr("id")};
    QCommandLineOption instanceId{QStringLiteral("instance-id"), Text::tr("Instance id (i-...)."),
                                  Text::tr("id")};
    QCommandLineOption commandId{QStringLiteral("command-id"), Text::tr("Command id (c-...)."),
                                 Text::tr("id")};
    QCommandLineOption recordStatus{QStringLiteral("invoke-record-status"),
                                    Text::tr("Service-side filter: Running, Finished, Failed, ..."),
                                    Text::tr("status")};
    QCommandLineOption resourceGroup{QStringLiteral("resource-group"),
                                     Text::tr("Resource group id."), Text::tr("id")};
    QCommandLineOption tag{QStringLiteral("tag"),
                           Text::tr("Tag filter KEY=VALUE; repeat for more."),
                           Text::tr("key=value")};
    QCommandLineOption history{QStringLiteral("include-history"),
                               Text::tr("Include earlier runs of a scheduled task.")};
    QCommandLineOption status{QStringLiteral("status"),
                              Text::tr("Keep only these InvocationStatus values (comma-separated), "
                                       "e.g. Failed,Error,Timeout."),
                              Text::tr("list")};
    QCommandLineOption columns{QStringLiteral("columns"),
                               Text::tr("Columns to write (comma-separated field names)."),
                               Text::tr("list")};
    QCommandLineOption separator{QStringLiteral("separator"),
                                 Text::tr("Field separator: comma (default), semicolon or tab."),
                                 Text::tr("name")};
    QCommandLineOption bom{
        QStringLiteral("bom"),
        Text::tr("Start the file with a UTF-8 byte-order mark (for spreadsheets).")};
    QCommandLineOption rawOutput{QStringLiteral("raw-output"),
                                 Text::tr("Write the output as Base64 of the raw bytes.")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Text::tr("Write to <file>; - (default) is standard output."),
                              Text::tr("file")};
};

QStringList splitList(const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
    }
    return items;
}

ParsedExport failure(const QString &text)
{
    return {std::nullopt,
            text + QLatin1Char('\n') +
                Text::tr("Run \"invocation-browser export --help\" for the options."),
            ExitBadArguments};
}

std::optional<CsvSeparator> separatorFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("comma") || lower == QLatin1String(","))
        return CsvSeparator::Comma;
    if (lower == QLatin1String("semicolon") || lower == QLatin1String(";"))
        return CsvSeparator::Semicolon;
    if (lower == QLatin1String("tab"))
        return CsvSeparator::Tab;
    return std::nullopt;
}

// Reads the status options: a misspelt status would match nothing and pass for "none failed".
QString readStatuses(const QCommandLineParser &parser, const Options &o, ExportArguments &a)
{
    const QString record = parser.value(o.recordStatus).trimmed();
    if (!record.isEmpty()) {
        const auto known = std::find_if(invokeRecordStatuses().cbegin(),
                                        invokeRecordStatuses().cend(), [&](const QString &status) {
                                            return status.compare(record, Qt::CaseInsensitive) == 0;
                                        });
        if (known == invokeRecordStatuses().cend())
            return Text::tr("Unknown invoke record status \"%1\". Use one of: %2.")
                .arg(record, invokeRecordStatuses().join(QStringLiteral(", ")));
        a.query.invokeRecordStatus = *known;
    }

    const QStringList statuses = splitList(parser.values(o.status));
    for (const QString &status : statuses) {
        if (statusKind(status) == StatusKind::Unknown)
            return Text::tr("Unknown status \"%1\" in --status. Use InvocationStatus values: %2.")
                .arg(status, invocationStatuses().join(QStringLiteral(", ")));
    }
    a.statuses = statuses;
    return {};
}

// Reads the options that need checking beyond QCommandLineParser; returns a problem sentence.
QString readCheckedOptions(const QCommandLineParser &parser, const Options &o, ExportArguments &a)
{
    if (parser.isSet(o.signature)) {
        const QString version = parser.value(o.signature).toLower();
        if (version != QLatin1String("v1") && version != QLatin1String("v3"))
            return Text::tr("--signature-version takes v1 or v3, not \"%1\".").arg(version);
        a.signatureVersion =
            version == QLatin1String("v1") ? api::SignatureVersion::V1 : api::SignatureVersion::V3;
    }

    if (parser.isSet(o.endpoint)) {
        a.endpoint = QUrl(parser.value(o.endpoint), QUrl::StrictMode);
        const QString scheme = a.endpoint.scheme();
        if (!a.endpoint.isValid() || a.endpoint.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return Text::tr("--endpoint needs a URL such as https://ecs.cn-hangzhou.aliyuncs.com.");
    }

    const QStringList tags = parser.values(o.tag);
    for (const QString &tag : tags) {
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Text::tr("--tag takes KEY=VALUE, not \"%1\".").arg(tag);
        a.query.tags.append({tag.left(equals), tag.mid(equals + 1)});
    }
    if (a.query.tags.size() > 20)
        return Text::tr("The service accepts at most 20 tag filters.");

    const QStringList columnNames = splitList(parser.values(o.columns));
    for (const QString &name : columnNames) {
        const std::optional<ResultField> field = resultFieldFromName(name);
        if (!field)
            return Text::tr("Unknown column \"%1\".").arg(name);
        a.fields.append(*field);
    }

    if (parser.isSet(o.separator)) {
        const std::optional<CsvSeparator> separator = separatorFromName(parser.value(o.separator));
        if (!separator)
            return Text::tr("--separator takes comma, semicolon or tab.");
        a.csv.separator = *separator;
    }
    return {};
}

} // namespace

ParsedExport parseExportArguments(const QStringList &arguments)
{
    const Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Fetch Cloud Assistant invocation results and write them as CSV.") +
        QLatin1Char('\n') + Text::tr(exitCodesHelp));
    parser.addOptions({o.demo, o.profile, o.region, o.endpoint, o.signature, o.invokeId,
                       o.instanceId, o.commandId, o.recordStatus, o.resourceGroup, o.tag, o.history,
                       o.status, o.columns, o.separator, o.bom, o.rawOutput, o.output});
    const QCommandLineOption help = parser.addHelpOption();

    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return failure(parser.errorText());
    if (parser.isSet(help))
        return {std::nullopt,
                parser.helpText().replace(QLatin1String("[options]"),
                                          QLatin1String("export [options]")),
                ExitSuccess};
    if (!parser.positionalArguments().isEmpty())
        return failure(
            Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (parser.isSet(o.demo) && parser.isSet(o.profile))
        return failure(Text::tr("Use either --demo or --profile, not both."));

    ExportArguments a;
    a.demo = parser.isSet(o.demo);
    a.profileName = parser.value(o.profile).trimmed();
    a.regionId = parser.value(o.region).trimmed();
    a.query.invokeIds = splitList(parser.values(o.invokeId));
    a.query.instanceId = parser.value(o.instanceId).trimmed();
    a.query.commandId = parser.value(o.commandId).trimmed();
    a.query.resourceGroupId = parser.value(o.resourceGroup).trimmed();
    a.query.includeHistory = parser.isSet(o.history);
    a.csv.byteOrderMark = parser.isSet(o.bom);
    a.csv.rawOutput = parser.isSet(o.rawOutput);
    if (parser.isSet(o.output))
        a.output = parser.value(o.output);

    if (const QString problem = readCheckedOptions(parser, o, a); !problem.isEmpty())
        return failure(problem);
    if (const QString problem = readStatuses(parser, o, a); !problem.isEmpty())
        return failure(problem);
    if (a.fields.isEmpty())
        a.fields = defaultResultFields();
    if (a.query.includeHistory && a.query.invokeIds.isEmpty())
        return failure(Text::tr("--include-history needs the --invoke-id of a scheduled task."));
    return {a, {}, ExitSuccess};
}

} // namespace ib::cli

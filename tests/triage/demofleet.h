#pragma once

#include "api/ecsclient.h"
#include "demoserver.h"
#include "models/resulttablemodel.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

// The demo endpoint and a client for it, as the triage tests use them.
struct DemoFleet
{
    explicit DemoFleet(ib::demo::DemoOptions options = {})
        : server(std::move(options))
    {
        QString error;
        started = server.start(&error);
        if (!started)
            qWarning("demo endpoint did not start: %s", qPrintable(error));
        ib::api::ClientConfig config;
        config.endpoint = server.endpoint();
        config.regionId = QStringLiteral("cn-hangzhou");
        config.credentials = {server.options().accessKeyId, server.options().accessKeySecret, {}};
        config.timeoutMs = 10000;
        config.retryBaseDelayMs = 5;
        config.retryMaxDelayMs = 50;
        client = std::make_unique<ib::api::EcsClient>(config);
    }

    // Fetches through the real client into the model; true when the walk ended without error.
    bool fetchInto(ib::ResultTableModel *model, const ib::api::ResultsQuery &query = {})
    {
        ib::api::ResultsWalk *walk = client->fetchResults(query);
        QObject::connect(walk, &ib::api::ResultsWalk::pageReceived, model,
                         &ib::ResultTableModel::appendResults);
        QSignalSpy finished(walk, &ib::api::ResultsWalk::finished);
        if (!finished.wait(20000))
            return false;
        const auto error = finished.first().first().value<ib::api::ApiError>();
        walk->deleteLater();
        return !error.isError();
    }

    // The invoke id of a demo invocation by its command name; empty when there is none.
    QString invokeIdOf(const QString &commandName) const
    {
        for (const ib::demo::DemoInvocation &invocation : server.invocations()) {
            if (invocation.commandName == commandName)
                return invocation.invokeId;
        }
        return {};
    }

    // How many requests of an action the endpoint answered so far.
    int requestsFor(const QString &action) const
    {
        int count = 0;
        for (const ib::demo::RequestRecord &record : server.requests())
            count += record.action == action ? 1 : 0;
        return count;
    }

    ib::demo::DemoServer server;
    std::unique_ptr<ib::api::EcsClient> client;
    bool started = false;
};

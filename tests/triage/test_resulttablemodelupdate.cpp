#include "../models/resultbuilder.h"
#include "models/resulttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ib;

// ResultTableModel::updateResults as the poller relies on it: a run keeps its row while it
// goes from Pending (Repeats 0) to Running and finished (Repeats 1).
class TestResultTableModelUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingRunKeepsItsRowWhenItStarts();
    void finishedRunWithoutRepeatsIsNotTakenOver();
};

void TestResultTableModelUpdate::pendingRunKeepsItsRowWhenItStarts()
{
    ResultTableModel model;
    QAbstractItemModelTester tester(&model);
    model.appendResults({ResultBuilder(QStringLiteral("i-1"), QStringLiteral("Pending")),
                         ResultBuilder(QStringLiteral("i-2"), QStringLiteral("Pending"))});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const int replaced = model.updateResults(
        {ResultBuilder(QStringLiteral("i-2"), QStringLiteral("Running")).repeats(1)});
    QCOMPARE(replaced, 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.result(1).invocationStatus, QStringLiteral("Running"));

    // The row is found under its new key from now on.
    model.updateResults(
        {ResultBuilder(QStringLiteral("i-2"), QStringLiteral("Success")).repeats(1).exitCode(0)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.result(1).invocationStatus, QStringLiteral("Success"));
    QCOMPARE(model.rowOf({QStringLiteral("t-hz0jdfwd9f0001"), QStringLiteral("i-2"), 1}), 1);
    QCOMPARE(model.rowOf({QStringLiteral("t-hz0jdfwd9f0001"), QStringLiteral("i-2"), 0}), -1);
}

void TestResultTableModelUpdate::finishedRunWithoutRepeatsIsNotTakenOver()
{
    ResultTableModel model;
    model.appendResults({ResultBuilder(QStringLiteral("i-1"), QStringLiteral("Failed"))});

    model.updateResults(
        {ResultBuilder(QStringLiteral("i-1"), QStringLiteral("Success")).repeats(2)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.result(0).invocationStatus, QStringLiteral("Failed"));
}

QTEST_GUILESS_MAIN(TestResultTableModelUpdate)
#include "test_resulttablemodelupdate.moc"

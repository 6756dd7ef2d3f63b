#pragma once

#include "export/csvwriter.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <memory>

class QAbstractItemModel;
class QSaveFile;

namespace ib {

/// Where the cells of an exported column come from.
enum class CellSource
{
    Display,  ///< the text the table shows (instance and command names, durations)
    RawValue, ///< the raw value: numbers stay numbers, times in ISO 8601 UTC, ids, codes and
              ///< statuses as the service spells them, an absent value as an empty cell
    Output,   ///< the whole output as plain text, or Base64 of its bytes with rawOutput
};

/// One column of the file: which model column, its header and where its cells come from.
struct ExportColumn
{
    int column = 0;
    QString header;
    CellSource source = CellSource::Display;
};

/// The result table's columns in the order given (the view's visual order, visible ones only),
/// with the headers the model shows and the source that suits each column.
QList<ExportColumn> tableExportColumns(const QAbstractItemModel &model, const QList<int> &columns);

/// How an export ended.
struct ExportResult
{
    enum class Status
    {
        Written,
        Cancelled,
        Failed
    };
    Status status = Status::Written;
    QString filePath;
    qint64 rowsWritten = 0;
    QString message; ///< a sentence for the person: what happened and, on failure, what to do
};

/// Writes the rows of a model (the filtered, sorted proxy) to a CSV file in slices driven by
/// the event loop, so the window stays responsive. The file appears only when complete:
/// a failure or a cancel leaves any previous file as it was.
class ResultExport : public QObject
{
    Q_OBJECT

public:
    ResultExport(const QAbstractItemModel *model, QList<ExportColumn> columns, QString filePath,
                 const CsvOptions &options, QObject *parent = nullptr);
    ~ResultExport() override;

    /// Rows written per turn of the event loop; the default suits rows with 2 KB outputs.
    void setRowsPerSlice(int rows);

    /// Begins writing on the next turn of the event loop; progress and finished follow.
    void start();

    /// Stops, discards what was written, and emits finished(Cancelled) before returning.
    void cancel();

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Rows written so far out of the rows the model had when the export started.
    void progress(qint64 rowsWritten, qint64 total);

    /// Emitted once per start(): written, cancelled, or failed with a sentence to act on.
    void finished(const ib::ExportResult &result);

private:
    void writeSlice();
    bool open();
    void writeHeader();
    void writeRow(int row);
    void addCell(int row, const ExportColumn &column);
    void addOutputCell(int row, const ExportColumn &column);
    void commit();
    void fail(const QString &message);
    void end(ExportResult::Status status, const QString &message);
    void watchModel();

    QPointer<const QAbstractItemModel> m_model;
    QList<ExportColumn> m_columns;
    QString m_filePath;
    CsvOptions m_options;
    int m_rowsPerSlice = 500;

    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QTimer m_sliceTimer;
    qint64 m_total = 0;
    qint64 m_nextRow = 0;
    bool m_running = false;
    bool m_modelChanged = false;
};

} // namespace ib

Q_DECLARE_METATYPE(ib::ExportResult)

#include "resultexport.h"

#include "export/fileerror.h"
#include "export/resultcsv.h"
#include "logcategories.h"
#include "models/resulttablemodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <cerrno>

namespace ib {

namespace {

CellSource sourceOfTableColumn(int column)
{
    switch (column) {
    case ResultTableModel::InstanceNameColumn:
    case ResultTableModel::CommandNameColumn:
    case ResultTableModel::DurationColumn:
        return CellSource::Display;
    case ResultTableModel::OutputColumn:
        return CellSource::Output;
    default:
        return CellSource::RawValue;
    }
}

void addRawValue(CsvWriter &writer, const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        writer.addEmpty();
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        writer.addNumber(value.toLongLong());
        break;
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        if (time.isValid())
            writer.addText(time.toUTC().toString(Qt::ISODate));
        else
            writer.addEmpty();
        break;
    }
    default:
        writer.addText(value.toString());
        break;
    }
}

} // namespace

QList<ExportColumn> tableExportColumns(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<ExportColumn> exportColumns;
    for (const int column : columns) {
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        exportColumns.append({column, header, sourceOfTableColumn(column)});
    }
    return exportColumns;
}

ResultExport::ResultExport(const QAbstractItemModel *model, QList<ExportColumn> columns,
                           QString filePath, const CsvOptions &options, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_columns(std::move(columns))
    , m_filePath(std::move(filePath))
    , m_options(options)
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &ResultExport::writeSlice);
    watchModel();
}

ResultExport::~ResultExport()
{
    if (m_file)
        m_file->cancelWriting();
}

void ResultExport::setRowsPerSlice(int rows)
{
    m_rowsPerSlice = qMax(1, rows);
}

void ResultExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_modelChanged = false;
    m_nextRow = 0;
    m_total = m_model ? m_model->rowCount() : 0;
    m_sliceTimer.start();
}

void ResultExport::cancel()
{
    if (!m_running)
        return;
    m_sliceTimer.stop();
    qCInfo(lcExport) << "Export to" << m_filePath << "cancelled after" << m_nextRow << "rows";
    end(ExportResult::Status::Cancelled,
        tr("Export cancelled. “%1” was not written; any previous file is unchanged.")
            .arg(QDir::toNativeSeparators(m_filePath)));
}

void ResultExport::writeSlice()
{
    if (!m_model || m_modelChanged) {
        fail(tr("The table changed while it was being exported, so the file would not "
                "match it. Export again once the query has finished."));
        return;
    }
    if (!m_file && !open())
        return;

    const qint64 sliceEnd = qMin(m_total, m_nextRow + m_rowsPerSlice);
    for (; m_nextRow < sliceEnd; ++m_nextRow)
        writeRow(int(m_nextRow));

    if (m_writer->hasFailed()) {
        fail(fileErrorSentence(*m_file));
        return;
    }
    Q_EMIT progress(m_nextRow, m_total);

    if (m_nextRow < m_total)
        m_sliceTimer.start();
    else
        commit();
}

bool ResultExport::open()
{
    m_file = std::make_unique<QSaveFile>(m_filePath);
    errno = 0; // so that a failure that sets no errno is not mistaken for an older one
    if (!m_file->open(QIODevice::WriteOnly)) {
        const int systemError = errno;
        fail(fileErrorSentence(*m_file, systemError));
        return false;
    }
    qCInfo(lcExport) << "Exporting" << m_total << "rows to" << m_filePath;

    m_writer = std::make_unique<CsvWriter>(m_file.get(), m_options);
    writeHeader();
    return true;
}

void ResultExport::writeHeader()
{
    for (const ExportColumn &column : std::as_const(m_columns))
        m_writer->addText(column.header);
    m_writer->endRecord();
}

void ResultExport::writeRow(int row)
{
    for (const ExportColumn &column : std::as_const(m_columns))
        addCell(row, column);
    m_writer->endRecord();
}

void ResultExport::addCell(int row, const ExportColumn &column)
{
    const QModelIndex index = m_model->index(row, column.column);
    switch (column.source) {
    case CellSource::Display:
        m_writer->addText(index.data(Qt::DisplayRole).toString());
        break;
    case CellSource::RawValue:
        addRawValue(*m_writer, index.data(ResultTableModel::RawValueRole));
        break;
    case CellSource::Output:
        addOutputCell(row, column);
        break;
    }
}

void ResultExport::addOutputCell(int row, const ExportColumn &column)
{
    const QModelIndex index = m_model->index(row, column.column);
    if (m_options.rawOutput) {
        const QVariant result = index.data(ResultTableModel::ResultRole);
        if (result.canConvert<InvocationResult>())
            addResultCell(*m_writer, result.value<InvocationResult>(), ResultField::Output);
        else
            m_writer->addEmpty();
        return;
    }

    const QVariant plain = index.data(ResultTableModel::PlainOutputRole);
    if (plain.isValid())
        m_writer->addText(plain.toString());
    else
        m_writer->addText(index.data(Qt::DisplayRole).toString());
}

void ResultExport::commit()
{
    if (!m_writer->flush() || !m_file->commit()) {
        fail(fileErrorSentence(*m_file));
        return;
    }
    qCInfo(lcExport) << "Exported" << m_nextRow << "rows to" << m_filePath;
    m_file.reset();
    end(ExportResult::Status::Written, tr("Exported %n row(s) to “%1”.", nullptr, int(m_nextRow))
                                           .arg(QDir::toNativeSeparators(m_filePath)));
}

void ResultExport::fail(const QString &message)
{
    qCWarning(lcExport) << "Export to" << m_filePath << "failed:" << message;
    end(ExportResult::Status::Failed, message);
}

void ResultExport::end(ExportResult::Status status, const QString &message)
{
    if (m_file)
        m_file->cancelWriting();
    m_writer.reset();
    m_file.reset();
    m_running = false;

    ExportResult result;
    result.status = status;
    result.filePath = m_filePath;
    result.rowsWritten = status == ExportResult::Status::Written ? m_nextRow : 0;
    result.message = message;
    Q_EMIT finished(result);
}

void ResultExport::watchModel()
{
    if (!m_model)
        return;
    const QAbstractItemModel *model = m_model.data();
    const auto changed = [this] { m_modelChanged = m_running; };
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
}

} // namespace ib

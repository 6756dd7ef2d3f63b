#include "triage/linediff.h"

#include <QHash>
#include <dtl/dtl.hpp>
#include <vector>

namespace ib {

namespace {

// Lines become numbers first: the edit script then compares integers, not strings.
std::pair<std::vector<int>, std::vector<int>> numbered(const QStringList &left,
                                                       const QStringList &right)
{
    QHash<QString, int> numbers;
    const auto number = [&numbers](const QStringList &lines) {
        std::vector<int> result;
        result.reserve(size_t(lines.size()));
        for (const QString &line : lines) {
            auto found = numbers.constFind(line);
            if (found == numbers.constEnd())
                found = numbers.insert(line, int(numbers.size()));
            result.push_back(found.value());
        }
        return result;
    };
    std::vector<int> leftNumbers = number(left);
    return {std::move(leftNumbers), number(right)};
}

// Lines removed and added between two common lines: paired as changes, the rest alone.
void flush(QList<int> &removed, QList<int> &added, QList<DiffRow> &rows)
{
    const qsizetype paired = qMin(removed.size(), added.size());
    for (qsizetype i = 0; i < paired; ++i)
        rows.append({DiffRow::Kind::Changed, removed[i], added[i]});
    for (qsizetype i = paired; i < removed.size(); ++i)
        rows.append({DiffRow::Kind::Removed, removed[i], -1});
    for (qsizetype i = paired; i < added.size(); ++i)
        rows.append({DiffRow::Kind::Added, -1, added[i]});
    removed.clear();
    added.clear();
}

} // namespace

QList<DiffRow> diffLines(const QStringList &left, const QStringList &right)
{
    const auto [leftNumbers, rightNumbers] = numbered(left, right);
    dtl::Diff<int, std::vector<int>> diff(leftNumbers, rightNumbers);
    // Long outputs: bounded memory at the cost of a possibly longer script.
    if (leftNumbers.size() + rightNumbers.size() > 20000)
        diff.onHuge();
    diff.compose();

    QList<DiffRow> rows;
    QList<int> removed;
    QList<int> added;
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        Q_UNUSED(element)
        if (info.type == dtl::SES_DELETE) {
            removed.append(int(info.beforeIdx - 1));
        } else if (info.type == dtl::SES_ADD) {
            added.append(int(info.afterIdx - 1));
        } else {
            flush(removed, added, rows);
            rows.append({DiffRow::Kind::Same, int(info.beforeIdx - 1), int(info.afterIdx - 1)});
        }
    }
    flush(removed, added, rows);
    return rows;
}

LineChange changedSpan(const QString &left, const QString &right)
{
    const qsizetype shorter = qMin(left.size(), right.size());
    qsizetype prefix = 0;
    while (prefix < shorter && left.at(prefix) == right.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           left.at(left.size() - 1 - suffix) == right.at(right.size() - 1 - suffix))
        ++suffix;
    return {int(prefix), int(left.size() - prefix - suffix), int(prefix),
            int(right.size() - prefix - suffix)};
}

} // namespace ib

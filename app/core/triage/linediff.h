#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ib {

/// One row of a side-by-side comparison of two texts: a line on each side, or on one only.
struct DiffRow
{
    enum class Kind
    {
        Same,    // the line is on both sides
        Changed, // a line on each side, different
        Removed, // only on the left
        Added    // only on the right
    };
    Kind kind = Kind::Same;
    int leftLine = -1;  // index into the left lines; -1 when this row has none
    int rightLine = -1; // index into the right lines; -1 when this row has none

    friend bool operator==(const DiffRow &a, const DiffRow &b)
    {
        return a.kind == b.kind && a.leftLine == b.leftLine && a.rightLine == b.rightLine;
    }
};

/// Where two different lines differ: the part between their common start and common end.
struct LineChange
{
    int leftStart = 0;
    int leftLength = 0;
    int rightStart = 0;
    int rightLength = 0;
};

/// Aligns two texts' lines by a shortest edit script. Removed and added lines that stand
/// between the same two common lines are paired up as Changed rows, in order.
QList<DiffRow> diffLines(const QStringList &left, const QStringList &right);

/// The differing middle of two lines, for highlighting within a changed line.
LineChange changedSpan(const QString &left, const QString &right);

} // namespace ib

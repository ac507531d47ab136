using Hemit.BuildingBlocks.Naming;
using Hemit.Contracts.Common.V1;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// Collects every bad field of every bad row of a pushed batch (row = 1-based position in the stream) before anything
/// is written. The checks every service shares (a month, a year, a name) are here, each with its one sentence.
/// </summary>
public sealed class RowRejections
{
    private readonly List<RowRejection> _rejections = [];

    public IReadOnlyList<RowRejection> All => _rejections;

    public bool Any => _rejections.Count > 0;

    public void Add(long row, string field, string reason) =>
        _rejections.Add(new RowRejection { Row = row, Field = field, Reason = reason });

    /// <summary>True when there is no problem; otherwise adds it to the field.</summary>
    public bool Check(long row, string field, string? problem)
    {
        if (problem is null)
        {
            return true;
        }

        Add(row, field, problem);
        return false;
    }

    /// <summary>A real month (<see cref="CalendarRules.PeriodProblem"/>), or a rejection.</summary>
    public bool CheckPeriod(long row, string field, Period? period) => Check(row, field, CalendarRules.PeriodProblem(period));

    /// <summary>A real year (<see cref="CalendarRules.YearProblem"/>), or a rejection.</summary>
    public bool CheckYear(long row, string field, int year) => Check(row, field, CalendarRules.YearProblem(year));

    /// <summary>A name by <see cref="NameRule"/> (letters of any language, no personal data), or a rejection.</summary>
    public bool CheckName(long row, string field, string? name, string what, string example, int maxLength = NameRule.DefaultMaxLength) =>
        Check(row, field, NameRule.Problem(name, what, example, maxLength));

    /// <summary>A source system's id by <see cref="TextRules.IdProblem"/> (one word, no control characters, not personal), or a rejection.</summary>
    public bool CheckId(long row, string field, string? id, string what, string example, int maxLength = TextRules.MaxIdLength) =>
        Check(row, field, TextRules.IdProblem(id, what, example, maxLength));

    /// <summary>Free text (a status, a next step) may say anything but who someone is, within its length and without control characters.</summary>
    public bool CheckFreeText(long row, string field, string? text, int maxLength = TextRules.MaxFreeTextLength) =>
        Check(row, field, TextRules.FreeTextProblem(text, maxLength));
}

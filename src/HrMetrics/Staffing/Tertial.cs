using Hemit.Contracts.Common.V1;

namespace Hemit.HrMetrics.Staffing;

/// <summary>A third of the year the owner is reported to: T1 Jan-Apr, T2 May-Aug, T3 Sep-Dec.</summary>
public readonly record struct Tertial(int Year, int Number)
{
    public int FirstMonth => (Number - 1) * 4 + 1;

    public int LastMonth => Number * 4;

    /// <summary>Written YYYY-T1..T3.</summary>
    public string Label => $"{Year:D4}-T{Number}";

    public static Tertial Of(int year, int month) => new(year, (month - 1) / 4 + 1);

    public static IEnumerable<Tertial> Of(int year) => Enumerable.Range(1, 3).Select(n => new Tertial(year, n));

    /// <summary>Reads <c>YYYY-T1..T3</c> by the platform's one calendar rule (<see cref="CalendarRules.TryParseTertial"/>).</summary>
    public static bool TryParse(string? text, out Tertial tertial, out string reason)
    {
        var ok = CalendarRules.TryParseTertial(text, out var year, out var number, out reason);
        tertial = ok ? new Tertial(year, number) : default;
        return ok;
    }
}

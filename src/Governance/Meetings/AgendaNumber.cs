using System.Globalization;

namespace Hemit.Governance.Meetings;

/// <summary>
/// A sak's number: the running number within its calendar year and the year, written N/YY ("7/21"). Numbers run on
/// across the year's meetings and start at 1 each year.
/// </summary>
public readonly record struct AgendaNumber(int Sequence, int Year)
{
    public override string ToString() =>
        $"{Sequence.ToString(CultureInfo.InvariantCulture)}/{(Year % 100).ToString("00", CultureInfo.InvariantCulture)}";
}

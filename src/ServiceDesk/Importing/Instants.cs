using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.Common.V1;

namespace Hemit.ServiceDesk.Importing;

/// <summary>What a pushed instant must be: present, and within the platform's years.</summary>
public static class Instants
{
    private static readonly long FirstSecond = Timestamp.FromDateTimeOffset(new DateTimeOffset(CalendarRules.FirstYear, 1, 1, 0, 0, 0, TimeSpan.Zero)).Seconds;
    private static readonly long AfterLastSecond = Timestamp.FromDateTimeOffset(new DateTimeOffset(CalendarRules.LastYear + 1, 1, 1, 0, 0, 0, TimeSpan.Zero)).Seconds;

    public static string? Problem(Timestamp? instant) =>
        instant is null ? "missing; give the time with its offset, e.g. 2021-10-04T09:15:00+02:00"
        : instant.Nanos is < 0 or > 999_999_999 || instant.Seconds < FirstSecond || instant.Seconds >= AfterLastSecond
            ? $"is not a time between {CalendarRules.FirstYear} and {CalendarRules.LastYear}"
            : null;
}

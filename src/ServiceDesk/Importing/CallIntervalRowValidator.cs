using Hemit.BuildingBlocks.Importing;
using Hemit.ServiceDesk.Phone;
using Wire = Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Importing;

/// <summary>Checks pushed call intervals: a real instant, counts not below zero, each interval once.</summary>
public static class CallIntervalRowValidator
{
    public static readonly BatchRules<Wire.CallInterval, CallIntervalEntry, DateTimeOffset> Batch =
        new("Call import", "intervals", Validate, c => c.IntervalStart, c => ("interval_start", $"the interval starting {c.IntervalStart:O}"));

    public static CallIntervalEntry? Validate(Wire.CallInterval message, long row, RowRejections rejections)
    {
        var ok = rejections.Check(row, "interval_start", Instants.Problem(message.IntervalStart));
        if (message.Answered < 0)
        {
            ok = rejections.Check(row, "answered", $"{message.Answered} is negative; a count cannot be below zero");
        }

        if (message.TotalWaitSeconds < 0)
        {
            ok = rejections.Check(row, "total_wait_seconds", $"{message.TotalWaitSeconds} is negative; a wait cannot be below zero");
        }
        else if (message.Answered == 0 && message.TotalWaitSeconds > 0)
        {
            ok = rejections.Check(row, "total_wait_seconds", $"{message.TotalWaitSeconds} seconds of wait without an answered call; the wait is that of answered calls");
        }

        return ok
            ? new CallIntervalEntry { IntervalStart = message.IntervalStart.ToDateTimeOffset(), Answered = message.Answered, TotalWaitSeconds = message.TotalWaitSeconds }
            : null;
    }
}

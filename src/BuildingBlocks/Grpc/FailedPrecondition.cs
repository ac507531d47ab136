using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hemit.BuildingBlocks.PeriodClosing;

namespace Hemit.BuildingBlocks.Grpc;

/// <summary>Refusals because of the system's state, not the request's shape: FAILED_PRECONDITION with a google.rpc.PreconditionFailure.</summary>
public static class FailedPrecondition
{
    /// <summary>The violation type of an import into a month its service has closed.</summary>
    public const string PeriodClosed = "PERIOD_CLOSED";

    /// <summary>An import refused because it touches closed months; each month is a violation with subject <c>periods/YYYY-MM</c>.</summary>
    public static RpcException ForClosedMonths(IReadOnlyList<ClosedPeriod> closed)
    {
        var failure = new PreconditionFailure();
        failure.Violations.AddRange(closed.Select(p => new PreconditionFailure.Types.Violation
        {
            Type = PeriodClosed,
            Subject = $"periods/{p.Text}",
            Description = $"{p.Text} was closed {p.ClosedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; " +
                          $"its figures are final. Reopen it first (reopen-period --period {p.Text} --reason \"…\")",
        }));
        var months = string.Join(", ", closed.Select(p => p.Text));
        return new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = $"The import touches closed month(s) {months}; nothing written. A closed month is final: reopen it before importing into it.",
            Details = { Any.Pack(failure) },
        }.ToRpcException();
    }
}

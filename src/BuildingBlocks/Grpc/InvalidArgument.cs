using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hemit.Contracts.Common.V1;

namespace Hemit.BuildingBlocks.Grpc;

/// <summary>Refusals in the API's one shape: INVALID_ARGUMENT with a google.rpc.BadRequest naming each bad field.</summary>
public static class InvalidArgument
{
    /// <summary>
    /// A refused import: every bad row, field and reason; nothing of the batch was written. Each violation's field is the
    /// path of the pushed message's field (AIP-193), e.g. <c>lines[2].period</c> for the third message sent, and its
    /// description starts with the 1-based row number a person finds in the file (<c>row 3: …</c>).
    /// </summary>
    /// <param name="rows">The name of the stream's messages as a collection, e.g. "lines".</param>
    public static RpcException ForRows(IReadOnlyCollection<RowRejection> rejections, string what, string rows)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(rejections.Select(r => new BadRequest.Types.FieldViolation
        {
            Field = RowFieldPath(rows, r.Row, r.Field),
            Description = $"row {r.Row}: {r.Reason}",
        }));
        var first = rejections.First();
        var message = $"{what} refused, nothing written: {rejections.Select(r => r.Row).Distinct().Count()} bad row(s); " +
                      $"first: row {first.Row}, {first.Field}: {first.Reason}";
        return Build(message, badRequest);
    }

    /// <summary><c>lines[2].period</c> for row 3's period: the index is 0-based, as the field path of a repeated field is.</summary>
    public static string RowFieldPath(string rows, long row, string field) => $"{rows}[{row - 1}].{field}";

    /// <summary>The request's period, refused unless it is a real month.</summary>
    public static Period RequirePeriod(Period? period, string field = "period") =>
        CalendarRules.PeriodProblem(period) is { } problem ? throw ForField(field, problem) : period!;

    /// <summary>The request's year, refused unless it is a real year; <paramref name="field"/> is the request's own field name.</summary>
    public static int RequireYear(int year, string field = "year") =>
        CalendarRules.YearProblem(year) is { } problem ? throw ForField(field, problem) : year;

    public static RpcException ForField(string field, string reason) => ForFields([(field, reason)]);

    /// <summary>Every problem of a request at once, each with its field.</summary>
    public static RpcException ForFields(IReadOnlyList<(string Field, string Reason)> problems)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(problems.Select(p => new BadRequest.Types.FieldViolation { Field = p.Field, Description = p.Reason }));
        return Build(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Reason}")), badRequest);
    }

    private static RpcException Build(string message, BadRequest badRequest) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = message,
            Details = { Any.Pack(badRequest) },
        }.ToRpcException();
}

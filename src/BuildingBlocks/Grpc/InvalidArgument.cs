using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hemit.Contracts.Common.V1;

namespace Hemit.BuildingBlocks.Grpc;

/// <summary>Refusals in the API's one shape: INVALID_ARGUMENT with a google.rpc.BadRequest naming each bad field.</summary>
public static class InvalidArgument
{
    /// <summary>A refused import: every bad row, field and reason; nothing of the batch was written.</summary>
    public static RpcException ForRows(IReadOnlyCollection<RowRejection> rejections, string what)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(rejections.Select(r => new BadRequest.Types.FieldViolation
        {
            Field = $"row {r.Row}: {r.Field}",
            Description = r.Reason,
        }));
        var first = rejections.First();
        var message = $"{what} refused, nothing written: {rejections.Count} bad row(s); first: row {first.Row}, {first.Field}: {first.Reason}";
        return Build(message, badRequest);
    }

    /// <summary>The request's period, refused unless it is a real month.</summary>
    public static Period RequirePeriod(Period? period, string field = "period") =>
        period is { IsValid: true }
            ? period
            : throw ForField(field, "give a real month, e.g. year 2021 and month 10");

    public static RpcException ForField(string field, string reason)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = reason });
        return Build($"{field}: {reason}", badRequest);
    }

    private static RpcException Build(string message, BadRequest badRequest) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = message,
            Details = { Any.Pack(badRequest) },
        }.ToRpcException();
}

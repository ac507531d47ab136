using Google.Rpc;
using Grpc.Core;

namespace Hemit.Governance.Tests.Integration;

/// <summary>Reads a refusal's rich details the way a client would.</summary>
public static class Refusals
{
    public static async Task<IReadOnlyList<BadRequest.Types.FieldViolation>> InvalidArgumentAsync(Func<Task> call)
    {
        var refusal = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        var details = refusal.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(details);
        return details.FieldViolations;
    }

    public static async Task<PreconditionFailure.Types.Violation> FailedPreconditionAsync(Func<Task> call)
    {
        var refusal = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        var details = refusal.GetRpcStatus()?.GetDetail<PreconditionFailure>();
        Assert.NotNull(details);
        return Assert.Single(details.Violations);
    }
}

using Google.Rpc;
using Grpc.Core;

namespace Hemit.Projects.Tests.Integration;

/// <summary>What a refusal carries: its code and each field violation (path, description) of its google.rpc.BadRequest.</summary>
public static class GrpcErrors
{
    public static async Task<(StatusCode Code, IReadOnlyList<(string Field, string Description)> Violations)> RefusalOf(Func<Task> call)
    {
        var refusal = await Assert.ThrowsAsync<RpcException>(call);
        var status = refusal.GetRpcStatus();
        var badRequest = status?.GetDetail<BadRequest>();
        return (refusal.StatusCode, badRequest?.FieldViolations.Select(v => (v.Field, v.Description)).ToList() ?? []);
    }
}

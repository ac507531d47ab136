using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// A call that fails because the service's database cannot be reached (after EF Core's own retries) answers
/// UNAVAILABLE, the status a gRPC client retries, instead of INTERNAL. Every write runs in one transaction, so nothing
/// of the call was kept, and pushing the same rows again is safe.
/// </summary>
public sealed class DatabaseUnavailableInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (IsDatabaseUnreachable(exception))
        {
            throw Unavailable(exception);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception exception) when (IsDatabaseUnreachable(exception))
        {
            throw Unavailable(exception);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (IsDatabaseUnreachable(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>The database is away (its retries spent), as opposed to a fault in the request or the code.</summary>
    public static bool IsDatabaseUnreachable(Exception exception) => exception switch
    {
        RetryLimitExceededException => true,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => exception.InnerException is { } inner && IsDatabaseUnreachable(inner),
    };

    private static RpcException Unavailable(Exception exception) =>
        new(new Status(StatusCode.Unavailable,
            $"The service's database cannot be reached now ({Innermost(exception).Message}); nothing of this call was kept: try again shortly"));

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;
}

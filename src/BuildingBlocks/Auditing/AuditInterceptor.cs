using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Hemit.Contracts.Common.V1;
using Hemit.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.Auditing;

/// <summary>
/// Writes the audit trail of a service: every call that changes data, approves or sends (a write, approve or ops.write
/// scope), and every read of HR figures or of the audit trail itself, with its outcome, including refusals by
/// validation. Calls refused for want of a token or scope never reach here; ASP.NET Core logs those.
/// </summary>
public sealed class AuditInterceptor<TContext>(AuditTrailWriter<TContext> trail, TimeProvider clock)
    : Interceptor where TContext : DbContext
{
    /// <summary>Whether calls needing <paramref name="scope"/> go into the trail.</summary>
    public static bool IsAudited(string scope) =>
        scope.EndsWith(".write", StringComparison.Ordinal)
        || scope.EndsWith(".approve", StringComparison.Ordinal)
        || scope.StartsWith("hr.", StringComparison.Ordinal)
        || scope == Scopes.AuditRead;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (!Audited(context))
        {
            return await continuation(request, context);
        }

        var keys = KeysOf(request as IMessage);
        try
        {
            var response = await continuation(request, context);
            await WriteAsync(context, keys, "OK");
            return response;
        }
        catch (Exception exception)
        {
            await WriteAsync(context, keys, OutcomeOf(exception));
            throw;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (!Audited(context))
        {
            return await continuation(requestStream, context);
        }

        var counted = new CountingReader<TRequest>(requestStream);
        try
        {
            var response = await continuation(counted, context);
            await WriteAsync(context, $"records={counted.Count}", "OK");
            return response;
        }
        catch (Exception exception)
        {
            await WriteAsync(context, $"records={counted.Count}", OutcomeOf(exception));
            throw;
        }
    }

    private static bool Audited(ServerCallContext context) =>
        context.GetHttpContext().GetEndpoint()?.Metadata.GetMetadata<RequiresScopeAttribute>() is { } declared && IsAudited(declared.Scope);

    private async Task WriteAsync(ServerCallContext context, string keys, string outcome)
    {
        var user = context.GetHttpContext().User;
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow(),
            Caller = Truncate(ServiceAuthentication.CallerOf(user), 256),
            Client = Truncate(user.FindFirst("client_id")?.Value ?? user.FindFirst("azp")?.Value ?? "", 256),
            Method = Truncate(context.Method.TrimStart('/'), 256),
            Keys = Truncate(keys, 1024),
            Outcome = outcome,
        };
        await trail.WriteAsync(entry);
    }

    private static string OutcomeOf(Exception exception) => exception switch
    {
        RpcException rpc => StatusName(rpc.StatusCode),
        OperationCanceledException => StatusName(StatusCode.Cancelled),
        _ => StatusName(StatusCode.Internal),
    };

    /// <summary>INVALID_ARGUMENT, as gRPC names statuses.</summary>
    private static string StatusName(StatusCode code) =>
        string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    /// <summary>
    /// The request's identifying fields, never its content: periods, years and months, ids, keys, codes, numbers,
    /// sections, versions, queues, services. Free text (assessments, reasons, titles) and amounts stay out.
    /// </summary>
    public static string KeysOf(IMessage? message)
    {
        if (message is null)
        {
            return "";
        }

        var parts = new List<string>();
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (!IsKeyName(field.Name) || field.IsRepeated || field.IsMap)
            {
                continue;
            }

            var value = field.Accessor.GetValue(message);
            var text = value switch
            {
                Period period => period.ToText(),
                null => null,
                IMessage => null,
                string s => s,
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (!string.IsNullOrEmpty(text) && text != "0")
            {
                parts.Add($"{field.Name}={Truncate(text, 100)}");
            }
        }

        return string.Join(' ', parts);
    }

    private static bool IsKeyName(string name) =>
        name is "period" or "year" or "month" or "section" or "version" or "queue" or "service" or "tertial"
            or "id" or "key" or "code" or "number" or "date"
        || new[] { "_id", "_key", "_code", "_number", "_date" }.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed class CountingReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public int Count { get; private set; }

        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            var moved = await inner.MoveNext(cancellationToken);
            Count += moved ? 1 : 0;
            return moved;
        }
    }
}

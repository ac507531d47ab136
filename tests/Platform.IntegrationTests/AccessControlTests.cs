using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Hemit.Security;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>
/// Every gRPC method of every running service, found by server reflection as a third party would, refuses a call
/// without a token (UNAUTHENTICATED) and one whose token carries every scope but the one the method needs
/// (PERMISSION_DENIED), and lets through a call whose token carries only that scope: least privilege on all of them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessControlTests(PlatformStack stack)
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    /// <summary>The scope prefix of each service's own read and write scopes.</summary>
    private static readonly Dictionary<string, string> ScopePrefix = new()
    {
        ["finance"] = "finance", ["hrmetrics"] = "hr", ["servicedesk"] = "servicedesk", ["projects"] = "projects", ["governance"] = "governance",
    };

    private readonly Dictionary<string, string> _tokens = [];

    [Theory]
    [InlineData("finance")]
    [InlineData("hrmetrics")]
    [InlineData("servicedesk")]
    [InlineData("projects")]
    [InlineData("governance")]
    public async Task Every_method_needs_a_token_with_its_own_scope(string service)
    {
        var methods = await ListMethodsByReflectionAsync(service);
        Assert.Contains(methods, m => m.Service.StartsWith($"hemit.{service}.", StringComparison.Ordinal));
        Assert.Contains(methods, m => m.Service == "hemit.ops.v1.OpsService");

        var wrong = new List<string>();
        using var anonymous = stack.AnonymousChannel(service);
        foreach (var method in methods)
        {
            var scope = ExpectedScope(service, method);
            using var withoutScope = ChannelWithToken(service, await TokenAsync(Scopes.All.Where(s => s != scope).ToArray()));
            using var withScope = ChannelWithToken(service, await TokenAsync(scope));

            var (none, other, own) = (await CallAsync(anonymous, method), await CallAsync(withoutScope, method), await CallAsync(withScope, method));
            if (none != StatusCode.Unauthenticated || other != StatusCode.PermissionDenied
                || own is StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.Unimplemented)
            {
                wrong.Add($"{method.Service}/{method.Name} (expects {scope}): no token {none}, all but {scope} {other}, only {scope} {own}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>The least-privilege table the platform promises: reads need the read scope, changes the write scope,
    /// approving a report and issuing a notice the board secretary's approve scope, operations and audit their own.</summary>
    private static string ExpectedScope(string service, ReflectedMethod method) => (method.Service, method.Name) switch
    {
        ("hemit.ops.v1.OpsService", "ListAuditEntries") => Scopes.AuditRead,
        ("hemit.ops.v1.OpsService", "RetryFailedMessages") => Scopes.OpsWrite,
        ("hemit.ops.v1.OpsService", _) => Scopes.OpsRead,
        (_, "ApproveStatusReport" or "IssueNotice") => Scopes.GovernanceApprove,
        (_, var name) when name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal)
            || name.StartsWith("Compare", StringComparison.Ordinal) => ScopePrefix[service] + ".read",
        _ => ScopePrefix[service] + ".write",
    };

    /// <summary>Calls with an empty request (an empty stream for a push) and returns how it ended.</summary>
    private static async Task<StatusCode> CallAsync(GrpcChannel channel, ReflectedMethod method)
    {
        var type = method.ClientStreaming ? MethodType.ClientStreaming : method.ServerStreaming ? MethodType.ServerStreaming : MethodType.Unary;
        var call = new Method<byte[], byte[]>(type, method.Service, method.Name, Bytes, Bytes);
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(20));
        try
        {
            switch (type)
            {
                case MethodType.ClientStreaming:
                    using (var stream = channel.CreateCallInvoker().AsyncClientStreamingCall(call, null, options))
                    {
                        await stream.RequestStream.CompleteAsync();
                        await stream;
                    }

                    break;
                case MethodType.ServerStreaming:
                    using (var stream = channel.CreateCallInvoker().AsyncServerStreamingCall(call, null, options, []))
                    {
                        while (await stream.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }

                    break;
                default:
                    await channel.CreateCallInvoker().AsyncUnaryCall(call, null, options, []);
                    break;
            }

            return StatusCode.OK;
        }
        catch (RpcException exception)
        {
            return exception.StatusCode;
        }
    }

    private async Task<List<ReflectedMethod>> ListMethodsByReflectionAsync(string service)
    {
        using var channel = stack.AnonymousChannel(service);
        var reflection = new ServerReflection.ServerReflectionClient(channel);
        var names = (await AskAsync(reflection, new ServerReflectionRequest { ListServices = "" }))
            .ListServicesResponse.Service.Select(s => s.Name)
            .Where(name => name.StartsWith("hemit.", StringComparison.Ordinal))
            .ToList();

        var methods = new List<ReflectedMethod>();
        foreach (var name in names)
        {
            var files = (await AskAsync(reflection, new ServerReflectionRequest { FileContainingSymbol = name }))
                .FileDescriptorResponse.FileDescriptorProto.Select(bytes => FileDescriptorProto.Parser.ParseFrom(bytes));
            var definition = files.SelectMany(file => file.Service.Select(s => (FullName: $"{file.Package}.{s.Name}", Service: s)))
                .Single(s => s.FullName == name).Service;
            methods.AddRange(definition.Method.Select(m => new ReflectedMethod(m) { Service = name }));
        }

        return methods;
    }

    private static async Task<ServerReflectionResponse> AskAsync(ServerReflection.ServerReflectionClient reflection, ServerReflectionRequest request)
    {
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call.ResponseStream.Current;
    }

    private async Task<string> TokenAsync(params string[] scopes)
    {
        var key = string.Join(' ', scopes.Order(StringComparer.Ordinal));
        if (!_tokens.TryGetValue(key, out var token))
        {
            token = _tokens[key] = await stack.TokensFor(PlatformStack.CliClient, scopes).GetAccessTokenAsync(CancellationToken.None);
        }

        return token;
    }

    private GrpcChannel ChannelWithToken(string service, string token) =>
        GrpcChannel.ForAddress(stack.GrpcEndpoint(service), new GrpcChannelOptions
        {
            HttpHandler = new Hemit.Contracts.Security.AccessTokenHandler(new Hemit.Contracts.Security.StaticTokenSource(token), new SocketsHttpHandler()),
        });
}

/// <summary>A method as reflection describes it, with the full name of the service it belongs to.</summary>
internal sealed record ReflectedMethod(string Name, bool ClientStreaming, bool ServerStreaming)
{
    public ReflectedMethod(MethodDescriptorProto method)
        : this(method.Name, method.ClientStreaming, method.ServerStreaming)
    {
    }

    public string Service { get; init; } = "";
}

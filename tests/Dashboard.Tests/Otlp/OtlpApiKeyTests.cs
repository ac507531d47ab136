using Hemit.TestSupport;
using System.Net;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using Hemit.Dashboard.Tests.Support;
using OpenTelemetry.Proto.Collector.Trace.V1;
using static Hemit.Dashboard.Tests.Support.OtlpRequests;

namespace Hemit.Dashboard.Tests.Otlp;

/// <summary>With Dashboard__Otlp__PrimaryApiKey set, OTLP needs header x-otlp-api-key, over gRPC and HTTP alike.</summary>
public sealed class OtlpApiKeyTests : IAsyncLifetime
{
    private const string ApiKey = "otlp-key-for-tests";
    private readonly TemporaryDataFolder folder = new();
    private InProcessDashboard dashboard = null!;

    public async Task InitializeAsync() =>
        dashboard = await InProcessDashboard.StartAsync(folder.Path, $"--Dashboard:Otlp:PrimaryApiKey={ApiKey}");

    [Fact]
    public async Task Http_exports_without_the_key_get_401_and_with_it_are_stored()
    {
        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttp };
        var body = Traces("finance", Span(TraceId(1), SpanId(1), "", "call", TimeSpan.Zero, TimeSpan.FromMilliseconds(1)));

        using var without = await http.PostAsync("/v1/traces", Protobuf(body));
        using var wrong = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/traces") { Content = Protobuf(body), Headers = { { "x-otlp-api-key", "guess" } } });
        using var with = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/traces") { Content = Protobuf(body), Headers = { { "x-otlp-api-key", ApiKey } } });

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Contains("x-otlp-api-key", await without.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(1, dashboard.Store.Statistics.SpanCount);
    }

    [Fact]
    public async Task Grpc_exports_without_the_key_are_unauthenticated_and_with_it_are_stored()
    {
        using var channel = GrpcChannel.ForAddress(dashboard.OtlpGrpc);
        var client = new TraceService.TraceServiceClient(channel);
        var request = Traces("finance", Span(TraceId(2), SpanId(1), "", "call", TimeSpan.Zero, TimeSpan.FromMilliseconds(1)));

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await client.ExportAsync(request));
        await client.ExportAsync(request, new Metadata { { "x-otlp-api-key", ApiKey } });

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.NotNull(dashboard.Store.GetTrace(TraceId(2)));
    }

    public async Task DisposeAsync()
    {
        await dashboard.DisposeAsync();
        folder.Dispose();
    }

    private static ByteArrayContent Protobuf(Google.Protobuf.IMessage message)
    {
        var content = new ByteArrayContent(Google.Protobuf.MessageExtensions.ToByteArray(message));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-protobuf");
        return content;
    }
}

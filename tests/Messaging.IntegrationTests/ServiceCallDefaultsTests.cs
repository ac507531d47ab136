using Grpc.Core;
using Grpc.Core.Interceptors;
using Hemit.Contracts.Ops.V1;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>The defaults of every call one service makes to another (ServiceDefaults' AddServiceGrpcClient).</summary>
public sealed class ServiceCallDefaultsTests
{
    [Fact]
    public void Only_unary_reads_are_retried_and_only_on_unavailable()
    {
        var config = GrpcClientExtensions.RetryReadsOf(typeof(OpsService.OpsServiceClient));

        var reads = Assert.Single(config.MethodConfigs);
        Assert.Equal(["GetOutboxBacklog", "ListAuditEntries", "ListFailedMessages"], reads.Names.Select(n => n.Method).Order());
        Assert.All(reads.Names, n => Assert.Equal("hemit.ops.v1.OpsService", n.Service));
        Assert.Equal([StatusCode.Unavailable], reads.RetryPolicy!.RetryableStatusCodes);
        Assert.Equal(3, reads.RetryPolicy.MaxAttempts);
    }

    [Fact]
    public void A_call_without_a_deadline_gets_the_default_and_one_with_a_deadline_keeps_it()
    {
        var interceptor = new DefaultDeadlineInterceptor(TimeSpan.FromSeconds(10));
        var method = new Method<string, string>(MethodType.Unary, "svc", "Get", Marshallers.StringMarshaller, Marshallers.StringMarshaller);
        DateTime? seen = null;
        string Continue(string request, ClientInterceptorContext<string, string> context)
        {
            seen = context.Options.Deadline;
            return request;
        }

        var before = DateTime.UtcNow;
        interceptor.BlockingUnaryCall("x", new ClientInterceptorContext<string, string>(method, null, new CallOptions()), Continue);
        Assert.InRange(seen!.Value, before.AddSeconds(10), DateTime.UtcNow.AddSeconds(10));

        var own = DateTime.UtcNow.AddMinutes(5);
        interceptor.BlockingUnaryCall("x", new ClientInterceptorContext<string, string>(method, null, new CallOptions(deadline: own)), Continue);
        Assert.Equal(own, seen);
    }
}

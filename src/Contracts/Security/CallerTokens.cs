namespace Hemit.Contracts.Security;

/// <summary>One token given from outside (<c>HEMIT_TOKEN</c>, a test), used as it is.</summary>
public sealed class StaticTokenSource(string token) : IAccessTokenSource
{
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}

/// <summary>
/// Adds <c>Authorization: Bearer …</c> from a token source to every request of a client that is not set up by
/// Grpc.Net.ClientFactory (the CLI, tests): works over http and https alike.
/// </summary>
public sealed class AccessTokenHandler(IAccessTokenSource tokens, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", await tokens.GetAccessTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}

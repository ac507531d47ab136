using Hemit.Contracts.Security;
using Microsoft.AspNetCore.Authentication;

namespace Hemit.Portal.SignIn;

/// <summary>
/// The portal calls governance as the person it serves: the signed-in person's access token, or the bearer token a
/// download request came with. Never the portal's own identity, so governance checks and audits the person.
/// </summary>
public sealed class PersonAccessTokenSource(IHttpContextAccessor http) : IAccessTokenSource
{
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext
            ?? throw new AccessTokenException("The portal calls governance only while serving a request, with that person's token; there is none here.");
        return await context.GetTokenAsync("access_token")
            ?? throw new AccessTokenException("The request carries no access token: sign in to the portal (or send a bearer token).");
    }
}

using System.Security.Claims;
using Hemit.Security;

namespace Hemit.Portal.SignIn;

/// <summary>The person the page is shown to: name and what the token lets them do (the buttons follow it; governance decides).</summary>
public sealed class SignedInPerson(IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string Name => User.Identity?.Name ?? User.FindFirst("sub")?.Value ?? "";

    public bool MayWrite => ServiceAuthentication.HasScope(User, Scopes.GovernanceWrite);

    public bool MayApprove => ServiceAuthentication.HasScope(User, Scopes.GovernanceApprove);

    /// <summary>Whether this request posts the page's form named <paramref name="formName"/> (Blazor's <c>_handler</c>).</summary>
    public bool Posts(string formName) =>
        http.HttpContext?.Request is { } request && HttpMethods.IsPost(request.Method) && request.HasFormContentType
        && request.Form["_handler"] == formName;
}

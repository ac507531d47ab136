using System.Security.Claims;
using Hemit.Security;

namespace Hemit.Portal.SignIn;

/// <summary>The person the page is shown to: name and what the token lets them do (the buttons follow it; governance decides).</summary>
public sealed class SignedInPerson(IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string Name => User.Identity?.Name ?? User.FindFirst("sub")?.Value ?? "";

    /// <summary>Reads the board's papers (governance.read): every page but the operations page needs it.</summary>
    public bool MayRead => ServiceAuthentication.HasScope(User, Scopes.GovernanceRead);

    public bool MayWrite => ServiceAuthentication.HasScope(User, Scopes.GovernanceWrite);

    public bool MayApprove => ServiceAuthentication.HasScope(User, Scopes.GovernanceApprove);

    /// <summary>Sees the operations page (ops.read): outbox backlogs and failed messages.</summary>
    public bool MayOperate => ServiceAuthentication.HasScope(User, Scopes.OpsRead);

    /// <summary>Sends failed messages back (ops.write).</summary>
    public bool MaySendBack => ServiceAuthentication.HasScope(User, Scopes.OpsWrite);

    /// <summary>Whether this request posts the page's form named <paramref name="formName"/> (Blazor's <c>_handler</c>).</summary>
    public bool Posts(string formName) =>
        http.HttpContext?.Request is { } request && HttpMethods.IsPost(request.Method) && request.HasFormContentType
        && request.Form["_handler"] == formName;
}

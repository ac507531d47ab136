using Microsoft.AspNetCore.Authorization;

namespace Hemit.Security;

/// <summary>
/// The scope a caller's token must carry to call this gRPC method (or HTTP endpoint). Put it on every method override
/// of a gRPC service: ServiceDefaults refuses to start a service with a method that declares none, so no method can
/// be left open by forgetting. A call without a valid token gets UNAUTHENTICATED; one whose token lacks the scope gets
/// PERMISSION_DENIED.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresScopeAttribute(string scope) : Attribute, IAuthorizeData
{
    /// <summary>The name of the authorization policy ServiceDefaults registers for a scope.</summary>
    public static string PolicyFor(string scope) => "scope:" + scope;

    /// <summary>One of <see cref="Scopes.All"/>.</summary>
    public string Scope { get; } = scope;

    public string? Policy
    {
        get => PolicyFor(Scope);
        set => throw new NotSupportedException("The policy follows from the scope.");
    }

    public string? Roles { get; set; }

    public string? AuthenticationSchemes { get; set; }
}

using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hemit.Identity.Access;

/// <summary>
/// A client asking for a scope it is not permitted gets <c>invalid_scope</c> (RFC 6749 5.2), as integrations expect,
/// where OpenIddict's own check would answer <c>invalid_request</c>. Runs just before that check: after the client
/// has authenticated, so a caller without the secret learns nothing about a client's permissions.
/// </summary>
public sealed class RefuseUnpermittedScopes<TContext>(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<TContext>
    where TContext : BaseValidatingClientContext
{
    public static OpenIddictServerHandlerDescriptor Before(OpenIddictServerHandlerDescriptor builtIn) =>
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseScopedHandler<RefuseUnpermittedScopes<TContext>>()
            .SetOrder(builtIn.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(TContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId)
            || await applications.FindByClientIdAsync(context.ClientId, context.CancellationToken) is not { } application)
        {
            return;
        }

        // openid needs no permission; offline_access follows the refresh_token grant (OpenIddict checks both).
        foreach (var scope in (context.Transaction.Request?.GetScopes() ?? []).Where(scope => scope is not (Scopes.OpenId or Scopes.OfflineAccess)))
        {
            if (!await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope, context.CancellationToken))
            {
                context.Reject(Errors.InvalidScope, $"The client '{context.ClientId}' is not permitted the scope '{scope}'.");
                return;
            }
        }
    }
}

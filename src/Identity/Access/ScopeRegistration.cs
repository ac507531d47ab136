using Hemit.Security;
using OpenIddict.Abstractions;

namespace Hemit.Identity.Access;

/// <summary>Registers every platform scope (Hemit.Security.Scopes.All) with the services it is for; safe to run at every start.</summary>
public sealed class ScopeRegistration(IOpenIddictScopeManager scopes)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        foreach (var name in Scopes.All)
        {
            var descriptor = new OpenIddictScopeDescriptor { Name = name, DisplayName = name };
            descriptor.Resources.UnionWith(ScopeAudiences.Of(name));
            if (await scopes.FindByNameAsync(name, cancellationToken) is { } existing)
            {
                await scopes.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await scopes.CreateAsync(descriptor, cancellationToken);
            }
        }
    }
}

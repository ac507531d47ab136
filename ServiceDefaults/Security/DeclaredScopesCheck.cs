using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Security;

/// <summary>
/// Refuses to start a service with a gRPC method that declares no scope (<see cref="RequiresScopeAttribute"/>) or
/// one no policy exists for, so a method cannot be left open by forgetting. Only the health and reflection services
/// are open, by an explicit AllowAnonymous.
/// </summary>
public sealed class DeclaredScopesCheck : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // The application's endpoints reach the shared data source when its pipeline is built, so check after.
        next(app);
        var undeclared = UndeclaredMethods(app.ApplicationServices.GetRequiredService<EndpointDataSource>().Endpoints);
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException(
                "These gRPC methods declare no scope; put [RequiresScope(Scopes.…)] on each (one of Hemit.Security.Scopes.All): " +
                string.Join(", ", undeclared));
        }
    };

    /// <summary>The full names of gRPC methods that are neither open by AllowAnonymous nor declare a known scope.</summary>
    public static IReadOnlyList<string> UndeclaredMethods(IEnumerable<Endpoint> endpoints) =>
        endpoints
            .Where(endpoint => !IsDeclared(endpoint.Metadata))
            .Select(endpoint => endpoint.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.FullName)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsDeclared(EndpointMetadataCollection metadata) =>
        metadata.GetMetadata<IAllowAnonymous>() is not null
        || (metadata.GetMetadata<RequiresScopeAttribute>() is { } declared && Scopes.All.Contains(declared.Scope));
}

using System.Diagnostics;
using Hemit.Identity.Access;
using Hemit.Identity.Clients;
using Hemit.Identity.Data;
using Hemit.Identity.Keys;
using Hemit.Identity.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hemit.Identity.Startup;

/// <summary>
/// After the migrations and before the first request: reads (or makes, the first time) the token keys, registers the
/// scopes, and makes clients and people match the configuration. One transaction under a PostgreSQL advisory lock, so
/// replicas starting together neither make two keys nor trip over each other's rows.
/// </summary>
public sealed class IdentityStartup(
    IServiceProvider services, IOptions<IdentitySettings> settings, ServerCertificates certificates, ILogger<IdentityStartup> logger)
    : IHostedService
{
    // Any fixed number; only this service takes locks in its database.
    private const long StartupLockKey = 0x4845_4D49_5449_4431;

    private static readonly ActivitySource Source = new(Microsoft.Extensions.Hosting.Extensions.PlatformTelemetryName);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity("Identity start-up");
        var configured = settings.Value;
        ThrowOnProblems(configured);

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<IdentityDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        var (signing, encryption) = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({StartupLockKey})", cancellationToken);
            var keys = provider.GetRequiredService<ServerKeyStore>();
            var signingKey = await keys.LoadOrCreateAsync(ServerKeyPurpose.Signing, cancellationToken);
            var encryptionKey = await keys.LoadOrCreateAsync(ServerKeyPurpose.Encryption, cancellationToken);
            await provider.GetRequiredService<ScopeRegistration>().RegisterAsync(cancellationToken);
            await provider.GetRequiredService<ClientSynchronizer>().SynchronizeAsync(configured.Clients, cancellationToken);
            await provider.GetRequiredService<PeopleSynchronizer>().SynchronizeAsync(configured.Users, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (signingKey, encryptionKey);
        });

        certificates.Use(signing, encryption);
        logger.LogInformation(
            "Identity ready: issuer {Issuer}, signing key {Thumbprint}, {Clients} clients, {People} accounts",
            configured.Issuer, signing.Thumbprint, configured.Clients.Count, configured.Users.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void ThrowOnProblems(IdentitySettings configured)
    {
        var problems = new List<string>();
        if (configured.Issuer is not { IsAbsoluteUri: true })
        {
            problems.Add("Identity:Issuer must be an absolute URL, e.g. http://localhost:5300/");
        }

        problems.AddRange(configured.Clients.SelectMany(ClientSynchronizer.Problems));
        problems.AddRange(configured.Users.SelectMany(PeopleSynchronizer.Problems));
        problems.AddRange(Duplicates(configured.Clients.Select(c => c.ClientId), StringComparer.Ordinal, "Identity:Clients: ClientId"));
        problems.AddRange(Duplicates(configured.Users.Select(p => Person.Normalize(p.UserName)), StringComparer.Ordinal, "Identity:Users: UserName"));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The identity configuration cannot be used:\n- " + string.Join("\n- ", problems));
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values, IEqualityComparer<string> comparer, string what) =>
        values.GroupBy(v => v, comparer).Where(g => g.Count() > 1).Select(g => $"{what} '{g.Key}' is given {g.Count()} times");
}

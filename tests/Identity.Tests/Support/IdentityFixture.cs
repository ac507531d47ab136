using Hemit.TestSupport;

namespace Hemit.Identity.Tests.Support;

/// <summary>One identity service with <see cref="TestAccounts.Standard"/> on a fresh database, shared by a test class.</summary>
public sealed class IdentityFixture : IAsyncLifetime
{
    private IdentityHost? _host;

    public IdentityHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _host = new IdentityHost(await PlatformServers.Shared.CreateDatabaseAsync("identity"), TestAccounts.Standard);
        // Starting it runs the migrations and the start-up (keys, scopes, clients, people).
        _ = _host.Server;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

using Hemit.TestSupport;

namespace Hemit.Finance.Tests.Integration;

/// <summary>One real PostgreSQL server for all integration tests of this project; each test gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<PlatformServers>
{
    public const string Name = "Platform servers for finance";
}

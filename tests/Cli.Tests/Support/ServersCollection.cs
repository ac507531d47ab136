using Hemit.TestSupport;

namespace Hemit.Cli.Tests.Support;

/// <summary>One set of real servers (PostgreSQL now, RabbitMQ when a test asks) for every test here; each service gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<PlatformServers>
{
    public const string Name = "Platform servers for the hemit CLI";
}

using Hemit.TestSupport;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>One set of real servers (PostgreSQL now, RabbitMQ when a test asks) for all integration tests of this project.</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<PlatformServers>
{
    public const string Name = "Platform servers for servicedesk";
}

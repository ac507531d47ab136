using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>One PostgreSQL and one RabbitMQ for all tests of this project; each test gets its own databases.</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "Platform servers for messaging";
}

namespace Hemit.Portal.Tests;

/// <summary>One stack (five services and the portal, seeded once) for every test of this project; each test uses its own month.</summary>
[CollectionDefinition(Name)]
public sealed class ReportStackCollection : ICollectionFixture<ReportStack>
{
    public const string Name = "Status report stack";
}

namespace Hemit.Hosting.Tests.Support;

/// <summary>Tests that start real servers and processes run one at a time: the machine has two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcessesCollection
{
    public const string Name = "Real processes";
}

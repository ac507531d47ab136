using Hemit.TestSupport;

namespace Hemit.Dashboard.Tests.Support;

/// <summary>A data folder of its own for one test, under the test runs' shared temporary root, deleted afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = TestDataFolders.CreateRoot();

    public void Dispose() => TestDataFolders.Remove(Path);
}

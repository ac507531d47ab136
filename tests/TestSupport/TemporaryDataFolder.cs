namespace Hemit.TestSupport;

/// <summary>One test's own data folder under the shared test root (reachable by the postgres and rabbitmq users); removed on dispose.</summary>
public sealed class TemporaryDataFolder : IDisposable
{
    public string Path { get; } = TestDataFolders.CreateRoot();

    public void Dispose() => TestDataFolders.Remove(Path);
}

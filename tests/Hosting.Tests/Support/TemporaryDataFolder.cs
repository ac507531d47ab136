namespace Hemit.Hosting.Tests.Support;

/// <summary>A data folder under /tmp that the postgres and rabbitmq users can reach; removed on dispose.</summary>
public sealed class TemporaryDataFolder : IDisposable
{
    public TemporaryDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hemit-hosting-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(System.IO.Path.GetDirectoryName(Path)!, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(Path, (UnixFileMode)0b111_101_101);
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

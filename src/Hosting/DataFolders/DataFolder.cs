namespace Hemit.Hosting.DataFolders;

/// <summary>
/// The folder where servers keep their data between runs. One application host at a time: an exclusive lock on
/// <c>apphost.lock</c> keeps a second host (or a test) from starting the same servers on the same files.
/// </summary>
internal sealed class DataFolder : IDisposable
{
    public const string LockFileName = "apphost.lock";
    public const string StateFileName = "state.json";

    private FileStream? _lock;

    private DataFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    public string Path { get; }

    public string StateFile => System.IO.Path.Combine(Path, StateFileName);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static DataFolder Open(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(fullPath);
        if (!OperatingSystem.IsWindows())
        {
            // The postgres and rabbitmq users must be able to pass through to their own sub-folders.
            var mode = File.GetUnixFileMode(fullPath);
            const UnixFileMode traversable = UnixFileMode.OtherExecute | UnixFileMode.GroupExecute;
            if ((mode & traversable) != traversable)
            {
                File.SetUnixFileMode(fullPath, mode | traversable | UnixFileMode.OtherRead | UnixFileMode.GroupRead);
            }
        }

        FileStream lockStream;
        try
        {
            lockStream = new FileStream(
                System.IO.Path.Combine(fullPath, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new DistributedApplicationException(
                $"Data folder {fullPath} is in use by another running AppHost or test: stop it first, or choose another folder with --data-dir.",
                exception);
        }

        lockStream.SetLength(0);
        using (var writer = new StreamWriter(lockStream, leaveOpen: true))
        {
            writer.Write(Environment.ProcessId);
        }

        lockStream.Flush();
        return new DataFolder(fullPath, lockStream);
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }
}

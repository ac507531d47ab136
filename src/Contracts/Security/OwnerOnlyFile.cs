namespace Hemit.Contracts.Security;

/// <summary>Secrets on disk (development credentials, a person's sign-in): written whole, readable by their owner only.</summary>
public static class OwnerOnlyFile
{
    /// <summary>Writes beside <paramref name="path"/> first and moves it in, so a reader never sees half a file.</summary>
    public static void WriteAllText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
    }
}

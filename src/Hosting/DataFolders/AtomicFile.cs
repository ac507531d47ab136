namespace Hemit.Hosting.DataFolders;

/// <summary>Writes a file so readers see the old or the new content, never half of it.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string content)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}

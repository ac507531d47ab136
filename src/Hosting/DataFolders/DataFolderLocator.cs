using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting.DataFolders;

/// <summary>Finds the data folder: explicit option, then --data-dir / Hemit:DataDir, then HEMIT_DATA_DIR, then .hemit/ at the repository root.</summary>
public static class DataFolderLocator
{
    public const string SolutionFileName = "Hemit.Platform.sln";
    public const string DefaultFolderName = ".hemit";
    public const string EnvironmentVariable = "HEMIT_DATA_DIR";

    public static string Resolve(string? explicitDirectory, IConfiguration configuration)
    {
        var configured = explicitDirectory
            ?? NonEmpty(configuration[HostArguments.DataDirectoryKey])
            ?? NonEmpty(configuration[EnvironmentVariable]);
        if (configured is not null)
        {
            return Path.GetFullPath(configured);
        }

        return DefaultDirectory();
    }

    /// <summary>.hemit/ beside Hemit.Platform.sln, looking up from the host's binaries and then from the current directory.</summary>
    public static string DefaultDirectory()
    {
        var repositoryRoot = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory());
        return Path.Combine(repositoryRoot ?? Directory.GetCurrentDirectory(), DefaultFolderName);
    }

    public static string? FindRepositoryRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

using Hemit.TestSupport.Browser;

namespace Hemit.Portal.Tests;

/// <summary>
/// Where screenshots and PDFs are kept for a person to look at: TestResults/portal/ at the repository's root (where
/// eng/test.sh collects results), or beside the test assembly when run outside the repository.
/// </summary>
public static class Artifacts
{
    public static string PathFor(string fileName)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hemit.Platform.sln")))
            {
                var results = Directory.CreateDirectory(Path.Combine(folder.FullName, "TestResults", "portal"));
                return Path.Combine(results.FullName, fileName);
            }
        }

        return BrowserSession.ArtifactPath(fileName);
    }
}

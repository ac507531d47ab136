namespace Hemit.Hosting.Processes;

/// <summary>What to run, where, with which environment, and as which user (servers refuse to run as root).</summary>
internal sealed record ProcessLaunch(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    string? RunAsUser = null)
{
    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}

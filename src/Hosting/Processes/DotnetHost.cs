namespace Hemit.Hosting.Processes;

/// <summary>The dotnet executable that runs project assemblies: the one running us when we run under dotnet, else DOTNET_HOST_PATH, DOTNET_ROOT or PATH.</summary>
internal static class DotnetHost
{
    public static string Find()
    {
        if (Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "dotnet")))
        {
            return Path.Combine(root, "dotnet");
        }

        return ExecutableSearch.Find("dotnet")
            ?? throw new DistributedApplicationException("The dotnet host is not on PATH: install the .NET 10 SDK or set DOTNET_ROOT.");
    }
}

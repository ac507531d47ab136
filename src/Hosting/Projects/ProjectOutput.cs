using System.Reflection;
using System.Xml.Linq;

namespace Hemit.Hosting.Projects;

/// <summary>
/// Where a project's built assembly is: the path the build recorded in the Projects.* class, or
/// &lt;project folder&gt;/bin/&lt;Configuration&gt;/&lt;TargetFramework&gt;/&lt;AssemblyName&gt;.dll read from the .csproj.
/// </summary>
internal static class ProjectOutput
{
    public const string DefaultTargetFramework = "net10.0";

    public static string ProjectDirectory(IProjectMetadata metadata) => Path.GetDirectoryName(metadata.ProjectPath)!;

    public static string AssemblyPath(IProjectMetadata metadata)
    {
        if (!string.IsNullOrWhiteSpace(metadata.TargetPath))
        {
            return metadata.TargetPath;
        }

        var assemblyName = Path.GetFileNameWithoutExtension(metadata.ProjectPath);
        var targetFramework = DefaultTargetFramework;
        if (File.Exists(metadata.ProjectPath))
        {
            var project = XDocument.Load(metadata.ProjectPath);
            assemblyName = FirstValue(project, "AssemblyName") ?? assemblyName;
            targetFramework = FirstValue(project, "TargetFramework") ?? targetFramework;
        }

        return Path.Combine(ProjectDirectory(metadata), "bin", HostConfiguration(), targetFramework, assemblyName + ".dll");
    }

    /// <summary>Plain instructions for what is missing, or null when the project can be launched.</summary>
    public static string? FindProblem(string resourceName, IProjectMetadata metadata)
    {
        if (!File.Exists(metadata.ProjectPath))
        {
            return $"Project '{resourceName}' cannot start: project file {metadata.ProjectPath} does not exist.";
        }

        var assembly = AssemblyPath(metadata);
        return File.Exists(assembly)
            ? null
            : $"Project '{resourceName}' is not built: {assembly} is missing. Run `dotnet build {metadata.ProjectPath}` (building the AppHost builds every project).";
    }

    /// <summary>The configuration this library was built in (Debug or Release), which is the host's; projects run from the same.</summary>
    private static string HostConfiguration() =>
        typeof(ProjectOutput).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    private static string? FirstValue(XDocument project, string element) =>
        project.Descendants().FirstOrDefault(e => e.Name.LocalName == element && !e.Value.Contains('$'))?.Value.Trim();
}

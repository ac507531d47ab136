using Hemit.Hosting.ApplicationModel;

namespace Hemit.Hosting;

public static class ProjectResourceBuilderExtensions
{
    /// <summary>A project of this repository, run from its build output with the Aspire environment contract.</summary>
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddResource(new ProjectResource(name, new TProject()));

    /// <summary>A project given by the path of its .csproj (relative paths start at the current directory).</summary>
    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, string projectPath) =>
        builder.AddResource(new ProjectResource(name, new ProjectPathMetadata(Path.GetFullPath(projectPath))));

    private sealed record ProjectPathMetadata(string ProjectPath) : IProjectMetadata;
}

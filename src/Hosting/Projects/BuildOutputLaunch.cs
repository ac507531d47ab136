using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Hemit.Hosting.Projects;

/// <summary>
/// Aspire starts a project with <c>dotnet run --no-build</c>, which evaluates the project file again on every start:
/// seconds per service, all at once, on a two-core machine. The AppHost's build records where each referenced
/// project's build output is (<c>hemit-service-output:</c> assembly metadata, see AppHost.csproj); this starts the
/// built executable there directly, in the project's folder as <c>dotnet run</c> would. A project without a
/// recorded, existing output keeps Aspire's own launch.
/// </summary>
public static class BuildOutputLaunch
{
    public const string MetadataPrefix = "hemit-service-output:";

    public static IDistributedApplicationBuilder RunProjectsFromBuildOutput(this IDistributedApplicationBuilder builder)
    {
        var outputs = RecordedOutputs(builder.AppHostAssembly);
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            var environment = builder.Environment.EnvironmentName;
            foreach (var project in @event.Model.Resources.OfType<ProjectResource>())
            {
                if (LaunchFor(project, outputs) is { } launch)
                {
                    project.Annotations.Add(launch);
                }

                // The services run in the AppHost's environment (Development locally: reflection on, an http issuer
                // allowed), as they have no launch profile of their own to name one.
                project.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
                {
                    context.EnvironmentVariables.TryAdd("ASPNETCORE_ENVIRONMENT", environment);
                    context.EnvironmentVariables.TryAdd("DOTNET_ENVIRONMENT", environment);
                }));
            }

            return Task.CompletedTask;
        });
        return builder;
    }

    /// <summary>Project file to its built assembly, as the AppHost's build recorded them.</summary>
    public static IReadOnlyDictionary<string, string> RecordedOutputs(Assembly? appHost) =>
        (appHost?.GetCustomAttributes<AssemblyMetadataAttribute>() ?? [])
            .Where(a => a.Key.StartsWith(MetadataPrefix, StringComparison.Ordinal) && !string.IsNullOrEmpty(a.Value))
            .GroupBy(a => Path.GetFullPath(a.Key[MetadataPrefix.Length..]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value!, StringComparer.Ordinal);

    /// <summary>The executable to start for <paramref name="project"/>, or null to leave Aspire's launch as it is.</summary>
    public static ExecutableAnnotation? LaunchFor(ProjectResource project, IReadOnlyDictionary<string, string> outputs)
    {
        if (project.TryGetLastAnnotation<ExecutableAnnotation>(out _)
            || !project.TryGetLastAnnotation<IProjectMetadata>(out var metadata)
            || !outputs.TryGetValue(Path.GetFullPath(metadata.ProjectPath), out var assembly))
        {
            return null;
        }

        // The SDK's native launcher next to the assembly (UseAppHost, the default on Linux).
        var executable = Path.ChangeExtension(assembly, null);
        return File.Exists(executable) && File.Exists(assembly)
            ? new ExecutableAnnotation { Command = executable, WorkingDirectory = Path.GetDirectoryName(metadata.ProjectPath)! }
            : null;
    }
}

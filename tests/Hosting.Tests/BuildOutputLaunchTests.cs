using Aspire.Hosting.ApplicationModel;
using Hemit.Hosting.Projects;
using Xunit;

namespace Hemit.Hosting.Tests;

public sealed class BuildOutputLaunchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hemit-launch-").FullName;

    [Fact]
    public void A_built_project_is_started_from_its_native_launcher_in_its_project_folder()
    {
        var (project, outputs) = Project("Finance", built: true);

        var launch = BuildOutputLaunch.LaunchFor(project, outputs);

        Assert.NotNull(launch);
        Assert.Equal(Path.Combine(_root, "Finance", "bin", "Debug", "net10.0", "Hemit.Finance"), launch.Command);
        Assert.Equal(Path.Combine(_root, "Finance"), launch.WorkingDirectory);
    }

    [Fact]
    public void A_project_whose_output_is_missing_keeps_Aspire_own_launch()
    {
        var (project, outputs) = Project("HrMetrics", built: false);

        Assert.Null(BuildOutputLaunch.LaunchFor(project, outputs));
    }

    [Fact]
    public void A_project_the_build_did_not_record_keeps_Aspire_own_launch()
    {
        var (project, _) = Project("Projects", built: true);

        Assert.Null(BuildOutputLaunch.LaunchFor(project, new Dictionary<string, string>()));
    }

    [Fact]
    public void A_project_given_its_own_executable_keeps_it()
    {
        var (project, outputs) = Project("Governance", built: true);
        project.Annotations.Add(new ExecutableAnnotation { Command = "/usr/bin/env", WorkingDirectory = _root });

        Assert.Null(BuildOutputLaunch.LaunchFor(project, outputs));
    }

    [Fact]
    public void The_recorded_outputs_are_read_from_the_AppHost_assembly_metadata()
    {
        // This test assembly carries one such attribute (see Hosting.Tests.csproj), as AppHost.csproj's build writes them.
        var outputs = BuildOutputLaunch.RecordedOutputs(typeof(BuildOutputLaunchTests).Assembly);

        Assert.Equal("/opt/hemit/src/Finance/bin/Debug/net10.0/Hemit.Finance.dll", Assert.Single(outputs).Value);
        Assert.Equal("/opt/hemit/src/Finance/Finance.csproj", Assert.Single(outputs).Key);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (ProjectResource Project, IReadOnlyDictionary<string, string> Outputs) Project(string name, bool built)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        var projectFile = Path.Combine(folder, name + ".csproj");
        var output = Directory.CreateDirectory(Path.Combine(folder, "bin", "Debug", "net10.0")).FullName;
        var assembly = Path.Combine(output, $"Hemit.{name}.dll");
        if (built)
        {
            File.WriteAllText(assembly, "");
            File.WriteAllText(Path.ChangeExtension(assembly, null), "");
        }

        var project = new ProjectResource(name.ToLowerInvariant());
        project.Annotations.Add(new ProjectFile(projectFile));
        return (project, new Dictionary<string, string> { [projectFile] = assembly });
    }

    private sealed record ProjectFile(string ProjectPath) : IProjectMetadata;
}

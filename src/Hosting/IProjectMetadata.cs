namespace Hemit.Hosting;

/// <summary>
/// Where a project of the repository lives. The classes in namespace <c>Projects</c> implement it; they are generated at
/// build time by <c>build/Hemit.Hosting.targets</c> from the ProjectReferences marked <c>IsHemitProjectResource="true"</c>.
/// </summary>
public interface IProjectMetadata
{
    /// <summary>Absolute path of the .csproj file.</summary>
    string ProjectPath { get; }

    /// <summary>Absolute path of the built assembly (bin/&lt;Configuration&gt;/net10.0/&lt;AssemblyName&gt;.dll), when the build knew it.</summary>
    string? TargetPath => null;
}

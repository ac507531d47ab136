namespace Hemit.Hosting.ApplicationModel;

/// <summary>A resource that lives inside another one (a database inside its server) and cannot start before it.</summary>
public interface IResourceWithParent : IResource
{
    IResource Parent { get; }
}

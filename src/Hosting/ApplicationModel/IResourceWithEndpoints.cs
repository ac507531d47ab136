namespace Hemit.Hosting.ApplicationModel;

/// <summary>A resource that listens on loopback ports the host allocates.</summary>
public interface IResourceWithEndpoints : IResource
{
    IReadOnlyList<EndpointAnnotation> Endpoints { get; }
}

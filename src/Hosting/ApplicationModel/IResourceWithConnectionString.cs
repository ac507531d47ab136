namespace Hemit.Hosting.ApplicationModel;

/// <summary>A resource other resources reach through <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The connection string once ports are allocated; throws before that.</summary>
    string GetConnectionString();

    /// <summary>True when the connection string carries a password and must be masked in snapshots.</summary>
    bool ConnectionStringHasSecret { get; }
}

using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Hemit.Hosting.Replicas;

public static class SharedDataProtection
{
    /// <summary>
    /// Gives every replica of <paramref name="site"/> one data-protection key folder in the data folder
    /// (<c>DataProtection__KeysDirectory</c>), so a cookie one replica wrote is read by the next.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSharedDataProtectionKeys(this IResourceBuilder<ProjectResource> site) =>
        site.WithEnvironment("DataProtection__KeysDirectory",
            Path.Combine(DataFolder.Resolve(site.ApplicationBuilder), site.Resource.Name, "data-protection-keys"));
}

namespace Hemit.Hosting.EnvironmentContract;

/// <summary>A process environment as snapshots show it: secret values replaced by the mask, their names listed.</summary>
public sealed record EnvironmentSnapshot(IReadOnlyDictionary<string, string> Values, IReadOnlySet<string> SecretVariables)
{
    public static EnvironmentSnapshot From(IEnumerable<EnvironmentVariable> variables)
    {
        var list = variables.ToList();
        return new EnvironmentSnapshot(
            list.ToDictionary(v => v.Name, v => v.DisplayValue, StringComparer.Ordinal),
            list.Where(v => v.IsSecret).Select(v => v.Name).ToHashSet(StringComparer.Ordinal));
    }
}

namespace Hemit.Hosting.EnvironmentContract;

/// <summary>One variable a process receives. Secret ones are masked wherever they are shown.</summary>
public sealed record EnvironmentVariable(string Name, string Value, bool IsSecret)
{
    public const string Mask = "********";

    public string DisplayValue => IsSecret ? Mask : Value;
}

namespace Hemit.Hosting.ApplicationModel;

/// <summary>An environment variable a project receives; the value is read when the process is launched.</summary>
public sealed record EnvironmentAnnotation(string Name, Func<string> Value, bool IsSecret);

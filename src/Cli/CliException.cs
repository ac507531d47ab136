namespace Hemit.Cli;

/// <summary>A failure the user can act on; printed as a plain sentence, exit code 1, no stack trace.</summary>
public sealed class CliException(string message) : Exception(message);

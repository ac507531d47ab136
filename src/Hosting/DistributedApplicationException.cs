namespace Hemit.Hosting;

/// <summary>The application cannot start or run as described; the message says what to do.</summary>
public sealed class DistributedApplicationException(string message, Exception? innerException = null)
    : Exception(message, innerException);

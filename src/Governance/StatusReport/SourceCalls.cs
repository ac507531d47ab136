using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Hemit.Governance.StatusReport;

/// <summary>What a source answered, or why it gave nothing (in the board's words).</summary>
public sealed record SourceAnswer<T>(T? Value, string? Problem) where T : class;

/// <summary>
/// Asks a source service with the report's deadline on every call; a source that does not answer in time, or refuses,
/// gives a problem to show instead of its figures, never an exception that takes the whole report down.
/// </summary>
public sealed class SourceCalls(IOptions<StatusReportOptions> options, ILogger<SourceCalls> logger)
{
    public async Task<SourceAnswer<T>> AskAsync<T>(string source, Func<Func<CallOptions>, Task<T>> ask, CancellationToken cancellationToken) where T : class
    {
        var timeout = options.Value.SourceCallTimeout;
        try
        {
            return new SourceAnswer<T>(await ask(() => new CallOptions(deadline: DateTime.UtcNow.Add(timeout), cancellationToken: cancellationToken)), null);
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Status report: {Source} gave no answer ({Status})", source, exception.StatusCode);
            var problem = exception.StatusCode switch
            {
                StatusCode.DeadlineExceeded => $"svarte ikke innen {timeout.TotalSeconds:0.#} s",
                StatusCode.Unavailable => "svarte ikke (utilgjengelig)",
                _ => $"avviste spørringen ({exception.StatusCode}: {exception.Status.Detail})",
            };
            return new SourceAnswer<T>(null, problem);
        }
    }
}

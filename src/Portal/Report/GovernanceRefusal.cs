using Grpc.Core;

namespace Hemit.Portal.Report;

/// <summary>Governance's refusals as a person reads them, in bokmål; other failures keep their status and detail.</summary>
public static class GovernanceRefusal
{
    /// <param name="what">What did not happen, e.g. "Rapporten ble ikke godkjent".</param>
    public static string Describe(string what, RpcException exception) => exception.StatusCode switch
    {
        StatusCode.PermissionDenied => $"{what}: du har ikke tilgang til dette. Styringstjenesten avviste det for din bruker ({exception.Status.Detail})",
        StatusCode.Unauthenticated => $"{what}: innloggingen din er utløpt eller ugyldig. Logg ut og inn igjen.",
        _ => $"{what} ({exception.StatusCode}): {exception.Status.Detail}",
    };
}

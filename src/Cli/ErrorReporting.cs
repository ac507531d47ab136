using Google.Rpc;
using System.Text.RegularExpressions;
using Grpc.Core;

namespace Hemit.Cli;

/// <summary>Turns failures into sentences a person can act on, with each refused field named.</summary>
public static partial class ErrorReporting
{
    public static int Report(Exception exception) => Report(exception, Console.Error);

    /// <summary>Writes the sentence(s) for <paramref name="exception"/> to <paramref name="error"/>; returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case CliException cli:
                error.WriteLine(cli.Message);
                return 1;
            case RpcException rpc when rpc.GetRpcStatus() is { } status
                                       && (status.GetDetail<PreconditionFailure>() is not null || status.GetDetail<BadRequest>() is not null):
                // A closed month carries both: which month (and how to reopen it), then each row that writes into it.
                error.WriteLine(rpc.Status.Detail);
                foreach (var violation in status.GetDetail<PreconditionFailure>()?.Violations ?? [])
                {
                    error.WriteLine($"  {violation.Subject}: {violation.Description}");
                }

                foreach (var violation in status.GetDetail<BadRequest>()?.FieldViolations ?? [])
                {
                    // An import's violations carry the row a person finds in the file first: "row 3, lines[2].line: …".
                    var row = RowDescription().Match(violation.Description);
                    error.WriteLine(row.Success
                        ? $"  row {row.Groups["row"].Value}, {violation.Field}: {row.Groups["reason"].Value}"
                        : $"  {violation.Field}: {violation.Description}");
                }

                return 1;
            case RpcException { StatusCode: StatusCode.Unavailable } rpc:
                error.WriteLine($"The service did not answer ({rpc.Status.Detail}). Is the stack running? Start it with `dotnet run --project AppHost`.");
                return 2;
            case RpcException { StatusCode: StatusCode.Unauthenticated } rpc:
                error.WriteLine($"Not signed in: {rpc.Status.Detail} Run `hemit login`, set HEMIT_TOKEN, or start the local stack " +
                                "(`dotnet run --project AppHost`), whose CLI client the CLI then uses.");
                return 4;
            case RpcException { StatusCode: StatusCode.PermissionDenied } rpc:
                error.WriteLine($"Not allowed: {rpc.Status.Detail} `hemit whoami` shows the scopes you have.");
                return 4;
            case Contracts.Security.AccessTokenException token:
                error.WriteLine($"No access token: {token.Message}");
                return 4;
            case RpcException rpc:
                error.WriteLine($"{rpc.StatusCode}: {rpc.Status.Detail}");
                return 1;
            default:
                error.WriteLine(exception.Message);
                return 1;
        }
    }

    [GeneratedRegex(@"^row (?<row>\d+): (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex RowDescription();
}

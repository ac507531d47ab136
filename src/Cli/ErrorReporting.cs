using Google.Rpc;
using Grpc.Core;

namespace Hemit.Cli;

/// <summary>Turns failures into sentences a person can act on, with each refused field named.</summary>
public static class ErrorReporting
{
    public static int Report(Exception exception)
    {
        switch (exception)
        {
            case CliException cli:
                Console.Error.WriteLine(cli.Message);
                return 1;
            case RpcException rpc when rpc.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest:
                Console.Error.WriteLine(rpc.Status.Detail);
                foreach (var violation in badRequest.FieldViolations)
                {
                    Console.Error.WriteLine($"  {violation.Field}: {violation.Description}");
                }

                return 1;
            case RpcException { StatusCode: StatusCode.Unavailable } rpc:
                Console.Error.WriteLine($"The service did not answer ({rpc.Status.Detail}). Is the stack running? Start it with `dotnet run --project AppHost`.");
                return 2;
            case RpcException rpc:
                Console.Error.WriteLine($"{rpc.StatusCode}: {rpc.Status.Detail}");
                return 1;
            default:
                Console.Error.WriteLine(exception.Message);
                return 1;
        }
    }
}

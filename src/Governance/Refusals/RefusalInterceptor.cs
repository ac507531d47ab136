using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Hemit.Governance.Refusals;

/// <summary>Turns the domain's refusals into the API's status codes with rich details; domain code knows no gRPC.</summary>
public sealed class RefusalInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (InvalidRequestException invalid)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(invalid.Problems.Select(p => new BadRequest.Types.FieldViolation { Field = p.Field, Description = p.Reason }));
            throw new Google.Rpc.Status
            {
                Code = (int)Code.InvalidArgument,
                Message = $"Refused, nothing written: {invalid.Message}",
                Details = { Any.Pack(badRequest) },
            }.ToRpcException();
        }
        catch (StateConflictException conflict)
        {
            var failure = new PreconditionFailure();
            failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = conflict.Type, Subject = conflict.Subject, Description = conflict.Message });
            throw new Google.Rpc.Status
            {
                Code = (int)Code.FailedPrecondition,
                Message = $"Refused, nothing written: {conflict.Message}",
                Details = { Any.Pack(failure) },
            }.ToRpcException();
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // Two clerks changed the same meeting or assignment at once (its version moved): the first stands.
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Aborted,
                "Someone else changed the same record at the same moment; nothing of this request was written. Read it again and retry."));
        }
        catch (NotFoundException missing)
        {
            var info = new ResourceInfo { ResourceName = missing.Subject, Description = missing.Message };
            throw new Google.Rpc.Status
            {
                Code = (int)Code.NotFound,
                Message = missing.Message,
                Details = { Any.Pack(info) },
            }.ToRpcException();
        }
    }
}

using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Hemit.Security;

/// <summary>
/// Answers a refused gRPC call as gRPC does, with a status and a reason the caller can act on: UNAUTHENTICATED when
/// no valid bearer token came, PERMISSION_DENIED naming the scope the method needs. Other requests are answered as
/// ASP.NET Core does (401/403).
/// </summary>
public sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _http = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>();
        if (authorizeResult.Succeeded || method is null)
        {
            return _http.HandleAsync(next, context, policy, authorizeResult);
        }

        var (status, message) = authorizeResult.Challenged
            ? (StatusCode.Unauthenticated, context.Request.Headers.Authorization.Count == 0
                ? $"{method.Method.FullName} needs a bearer token (Authorization: Bearer …); none was sent."
                : $"{method.Method.FullName} refused the bearer token: it is expired, or not issued by the trusted issuer for this service.")
            : (StatusCode.PermissionDenied,
                $"{method.Method.FullName} needs scope '{context.GetEndpoint()?.Metadata.GetMetadata<RequiresScopeAttribute>()?.Scope}', " +
                "which the token does not carry.");

        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        // A trailers-only gRPC response: HTTP 200 with the status in the headers, as gRPC servers answer any refusal.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }
}

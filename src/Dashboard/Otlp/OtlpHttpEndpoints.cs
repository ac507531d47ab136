using System.IO.Compression;
using Google.Protobuf;
using Hemit.Dashboard.Telemetry;
using Hemit.Dashboard.Telemetry.Ingest;
using Hemit.Dashboard.Telemetry.Storage;
using Microsoft.Net.Http.Headers;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Hemit.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP: POST /v1/traces, /v1/logs and /v1/metrics with a protobuf (application/x-protobuf) or JSON
/// (application/json) body, optionally gzip-compressed. The response uses the request's encoding; a body that
/// cannot be decoded gets 400 with a google.rpc.Status saying why.
/// </summary>
internal static class OtlpHttpEndpoints
{
    public const string ProtobufContentType = "application/x-protobuf";
    public const string JsonContentType = "application/json";

    public static readonly string[] Paths = ["/v1/traces", "/v1/logs", "/v1/metrics"];

    public static void MapOtlpHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/traces", (HttpContext http, TelemetryStore store) => HandleAsync(
            http, ExportTraceServiceRequest.Parser,
            (request, encoded) => store.AddTraces(request, encoded),
            outcome => new ExportTraceServiceResponse
            {
                PartialSuccess = outcome.Rejected == 0 ? null : new ExportTracePartialSuccess { RejectedSpans = outcome.Rejected, ErrorMessage = outcome.RejectionReason },
            })).AllowAnonymous();

        endpoints.MapPost("/v1/logs", (HttpContext http, TelemetryStore store) => HandleAsync(
            http, ExportLogsServiceRequest.Parser,
            (request, encoded) => store.AddLogs(request, encoded),
            outcome => new ExportLogsServiceResponse
            {
                PartialSuccess = outcome.Rejected == 0 ? null : new ExportLogsPartialSuccess { RejectedLogRecords = outcome.Rejected, ErrorMessage = outcome.RejectionReason },
            })).AllowAnonymous();

        endpoints.MapPost("/v1/metrics", (HttpContext http, TelemetryStore store) => HandleAsync(
            http, ExportMetricsServiceRequest.Parser,
            (request, encoded) => store.AddMetrics(request, encoded),
            outcome => new ExportMetricsServiceResponse
            {
                PartialSuccess = outcome.Rejected == 0 ? null : new ExportMetricsPartialSuccess { RejectedDataPoints = outcome.Rejected, ErrorMessage = outcome.RejectionReason },
            })).AllowAnonymous();
    }

    /// <summary>Decodes an OTLP/HTTP body of the given content type; the decoding half of an export, public for tests.</summary>
    public static T Decode<T>(MessageParser<T> parser, string? contentType, ReadOnlySpan<byte> body)
        where T : IMessage<T>, new()
    {
        var mediaType = MediaTypeOf(contentType);
        if (mediaType == ProtobufContentType)
        {
            try
            {
                return parser.ParseFrom(body);
            }
            catch (InvalidProtocolBufferException exception)
            {
                throw new OtlpFormatException($"The body is not an OTLP {typeof(T).Name} in protobuf: {exception.Message}", exception);
            }
        }

        if (mediaType == JsonContentType)
        {
            return OtlpJson.Parse<T>(body);
        }

        throw new OtlpFormatException(
            $"Content-Type must be {ProtobufContentType} or {JsonContentType}, not '{contentType ?? "(none)"}'.");
    }

    private static async Task HandleAsync<T>(
        HttpContext http,
        MessageParser<T> parser,
        Func<T, byte[]?, IngestOutcome> add,
        Func<IngestOutcome, IMessage> respond)
        where T : IMessage<T>, new()
    {
        var contentType = http.Request.ContentType;
        var json = MediaTypeOf(contentType) == JsonContentType;
        if (!json && MediaTypeOf(contentType) != ProtobufContentType)
        {
            // Neither encoding was asked for, so the answer is plain text.
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"Content-Type must be {ProtobufContentType} or {JsonContentType}, not '{contentType ?? "(none)"}'.", http.RequestAborted);
            return;
        }

        byte[] body;
        try
        {
            body = await ReadBodyAsync(http);
        }
        catch (InvalidDataException exception)
        {
            await WriteStatusAsync(http, StatusCodes.Status400BadRequest, json, $"The body is not valid gzip: {exception.Message}");
            return;
        }

        T request;
        try
        {
            request = Decode(parser, contentType, body);
        }
        catch (OtlpFormatException exception)
        {
            await WriteStatusAsync(http, StatusCodes.Status400BadRequest, json, exception.Message);
            return;
        }

        IngestOutcome outcome;
        try
        {
            outcome = add(request, json ? null : body);
        }
        catch (TelemetryTooLargeException exception)
        {
            await WriteStatusAsync(http, StatusCodes.Status413PayloadTooLarge, json, exception.Message);
            return;
        }

        await WriteMessageAsync(http, StatusCodes.Status200OK, json, respond(outcome));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        var encoding = http.Request.Headers.ContentEncoding.ToString();
        Stream source = http.Request.Body;
        if (encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
        {
            source = new GZipStream(source, CompressionMode.Decompress);
        }

        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, http.RequestAborted);
        return buffer.ToArray();
    }

    private static Task WriteStatusAsync(HttpContext http, int statusCode, bool json, string message) =>
        WriteMessageAsync(http, statusCode, json, new Google.Rpc.Status { Code = (int)Grpc.Core.StatusCode.InvalidArgument, Message = message });

    private static async Task WriteMessageAsync(HttpContext http, int statusCode, bool json, IMessage message)
    {
        http.Response.StatusCode = statusCode;
        if (json)
        {
            http.Response.ContentType = JsonContentType;
            await http.Response.WriteAsync(OtlpJson.Format(message), http.RequestAborted);
        }
        else
        {
            http.Response.ContentType = ProtobufContentType;
            await http.Response.Body.WriteAsync(message.ToByteArray(), http.RequestAborted);
        }
    }

    private static string? MediaTypeOf(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
}

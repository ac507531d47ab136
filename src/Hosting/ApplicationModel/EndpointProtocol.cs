namespace Hemit.Hosting.ApplicationModel;

public enum EndpointProtocol
{
    /// <summary>Plain TCP (PostgreSQL, AMQP, Erlang distribution).</summary>
    Tcp,

    /// <summary>HTTP/1.1: health probes and JSON.</summary>
    Http1,

    /// <summary>HTTP/2 with prior knowledge: gRPC without TLS.</summary>
    Http2,
}

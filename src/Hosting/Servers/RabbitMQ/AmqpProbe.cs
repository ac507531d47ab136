using System.Buffers.Binary;
using System.Net.Sockets;

namespace Hemit.Hosting.Servers.RabbitMQ;

/// <summary>
/// Asks a broker whether it speaks AMQP: sends the protocol header and expects Connection.Start back
/// (a method frame on channel 0, class 10, method 10). Then hangs up.
/// </summary>
public static class AmqpProbe
{
    private static readonly byte[] ProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    public static async Task<bool> RespondsAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeoutSource.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeoutSource.Token);

            // Frame: type (1 = method), channel (2), size (4); payload starts with class id (2) and method id (2).
            var header = new byte[11];
            await stream.ReadExactlyAsync(header, timeoutSource.Token);
            var frameType = header[0];
            var channel = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(1, 2));
            var classId = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(7, 2));
            var methodId = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(9, 2));
            return frameType == 1 && channel == 0 && classId == 10 && methodId == 10;
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Host and port of an amqp:// URI (5672 when the URI names none).</summary>
    public static (string Host, int Port) ParseEndpoint(string amqpUri)
    {
        var uri = new Uri(amqpUri);
        return (uri.Host, uri.IsDefaultPort || uri.Port <= 0 ? 5672 : uri.Port);
    }
}

using System.Net.Sockets;

namespace Hemit.Hosting.Ports;

/// <summary>Whether something listens on a port: a connection is accepted, then closed before a byte is sent.</summary>
public static class TcpProbe
{
    public static async Task<bool> AcceptsAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeoutSource.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace Hemit.ServiceTestHost;

/// <summary>
/// An amqp:// address where no broker can ever answer: a loopback port this process keeps bound without listening,
/// so connecting is refused at once and no other program can take the port meanwhile. A service pointed here
/// keeps its events in the outbox, where tests read them.
/// </summary>
public static class UnreachableBroker
{
    private static readonly Lazy<string> Reserved = new(Reserve);

    /// <summary>Held (never closed) so the port stays ours and no one listens on it.</summary>
    private static Socket? _reservation;

    /// <summary>The address; the port stays reserved until the test process exits.</summary>
    public static string Address => Reserved.Value;

    private static string Reserve()
    {
        // Bound but never listening: the kernel answers every connection attempt with a refusal.
        _reservation = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _reservation.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)_reservation.LocalEndPoint!).Port;
        return $"amqp://guest:guest@127.0.0.1:{port}/";
    }
}

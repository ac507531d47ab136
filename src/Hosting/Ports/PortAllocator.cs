using System.Net;
using System.Net.Sockets;

namespace Hemit.Hosting.Ports;

/// <summary>
/// Hands out free loopback ports, never the same one twice: a port is free when 127.0.0.1 can bind it now,
/// and new ones come from the operating system (bind port 0, read it, release it).
/// </summary>
public sealed class PortAllocator
{
    private const int MaximumAttempts = 200;
    private readonly HashSet<int> _taken = [];
    private readonly HashSet<int> _avoided;

    /// <param name="avoidedPorts">Ports not to hand out as new ones (recorded for other resources).</param>
    public PortAllocator(IEnumerable<int>? avoidedPorts = null)
    {
        _avoided = [.. avoidedPorts ?? []];
    }

    public IReadOnlyCollection<int> Taken => _taken;

    /// <summary>The wanted port when it is free and not yet handed out, otherwise a new free one.</summary>
    public int Allocate(int? wanted = null)
    {
        if (wanted is { } port && TryTake(port))
        {
            return port;
        }

        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var candidate = BindAnyFreePort();
            if (!_avoided.Contains(candidate) && TryTake(candidate))
            {
                return candidate;
            }
        }

        throw new DistributedApplicationException($"No free loopback port found after {MaximumAttempts} attempts.");
    }

    /// <summary>Exactly this port; fails with a clear message when it is in use.</summary>
    public int AllocateFixed(int port, string owner)
    {
        if (!TryTake(port))
        {
            throw new DistributedApplicationException($"Port {port} for {owner} is in use: stop what listens there or choose another port.");
        }

        return port;
    }

    public static bool IsFree(int port)
    {
        if (port is <= 0 or > IPEndPoint.MaxPort)
        {
            return false;
        }

        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            listener.Listen(1);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private bool TryTake(int port)
    {
        if (_taken.Contains(port) || !IsFree(port))
        {
            return false;
        }

        _taken.Add(port);
        return true;
    }

    private static int BindAnyFreePort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}

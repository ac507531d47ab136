using System.Net;
using System.Net.Sockets;
using Hemit.Hosting.Ports;

namespace Hemit.Hosting.Tests.Ports;

public sealed class PortAllocatorTests
{
    [Fact]
    public void Hands_out_distinct_loopback_ports_that_can_be_bound()
    {
        var allocator = new PortAllocator();

        var ports = Enumerable.Range(0, 40).Select(_ => allocator.Allocate()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port =>
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        });
    }

    [Fact]
    public void Gives_the_wanted_port_when_it_is_free()
    {
        var free = new PortAllocator().Allocate();

        Assert.Equal(free, new PortAllocator().Allocate(free));
    }

    [Fact]
    public void Gives_another_port_when_the_wanted_one_is_in_use()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busy = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var port = new PortAllocator().Allocate(busy);

        Assert.NotEqual(busy, port);
        Assert.False(PortAllocator.IsFree(busy));
        Assert.True(PortAllocator.IsFree(port));
    }

    [Fact]
    public void Never_hands_out_the_same_port_twice_even_when_asked()
    {
        var allocator = new PortAllocator();
        var first = allocator.Allocate();

        var second = allocator.Allocate(first);

        Assert.NotEqual(first, second);
        Assert.Contains(first, allocator.Taken);
        Assert.Contains(second, allocator.Taken);
        Assert.Equal(2, allocator.Taken.Count);
    }

    [Fact]
    public void A_fixed_port_in_use_is_refused_with_the_port_and_owner_named()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busy = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var error = Assert.Throws<DistributedApplicationException>(() => new PortAllocator().AllocateFixed(busy, "finance/http"));

        Assert.Contains(busy.ToString(), error.Message);
        Assert.Contains("finance/http", error.Message);
    }

    [Fact]
    public void Ports_recorded_for_others_are_not_handed_out_as_new_ones()
    {
        var recorded = Enumerable.Range(0, 20).Select(_ => new PortAllocator().Allocate()).ToHashSet();
        var allocator = new PortAllocator(recorded);

        var fresh = Enumerable.Range(0, 20).Select(_ => allocator.Allocate()).ToList();

        Assert.DoesNotContain(fresh, recorded.Contains);
    }
}

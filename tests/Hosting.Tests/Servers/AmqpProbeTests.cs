using System.Net;
using System.Net.Sockets;
using Hemit.Hosting.Servers.RabbitMQ;

namespace Hemit.Hosting.Tests.Servers;

public sealed class AmqpProbeTests
{
    [Fact]
    public async Task A_listener_that_answers_with_something_other_than_connection_start_is_not_a_broker()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var header = new byte[8];
            await stream.ReadExactlyAsync(header);
            await stream.WriteAsync("HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray());
        });

        var answers = await AmqpProbe.RespondsAsync("127.0.0.1", port, TimeSpan.FromSeconds(5), CancellationToken.None);

        await server;
        Assert.False(answers);
    }

    [Fact]
    public async Task A_closed_port_is_not_a_broker()
    {
        var port = new Hemit.Hosting.Ports.PortAllocator().Allocate();

        Assert.False(await AmqpProbe.RespondsAsync("127.0.0.1", port, TimeSpan.FromSeconds(2), CancellationToken.None));
    }

    [Theory]
    [InlineData("amqp://guest:guest@127.0.0.1:5673/", "127.0.0.1", 5673)]
    [InlineData("amqp://broker.local/", "broker.local", 5672)]
    public void Host_and_port_come_from_the_uri(string uri, string host, int port) =>
        Assert.Equal((host, port), AmqpProbe.ParseEndpoint(uri));
}

using Hemit.TestSupport;
using System.Text.Json;
using Hemit.Contracts.Advertising;
using Hemit.Hosting.Advertising;
using Hemit.Hosting.Tests.Support;

namespace Hemit.Hosting.Tests.Advertising;

public sealed class EndpointsFileTests : IDisposable
{
    private readonly TemporaryDataFolder _folder = new();

    private static AdvertisedEndpoints Sample(int processId) => new()
    {
        AppHostPid = processId,
        StartedAt = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero),
        Resources =
        [
            new AdvertisedResource("finance", "Project", "Running", "Healthy",
                new Dictionary<string, string> { ["grpc"] = "http://127.0.0.1:41001", ["http"] = "http://127.0.0.1:41000" }),
            new AdvertisedResource("postgres", "PostgresServer", "Running", "Healthy",
                new Dictionary<string, string> { ["tcp"] = "tcp://127.0.0.1:41002" }),
        ],
    };

    [Fact]
    public void What_is_written_reads_back_and_the_cli_finds_an_endpoint_by_resource_and_name()
    {
        EndpointsFile.Write(Sample(Environment.ProcessId), _folder.Path);

        var read = EndpointsFile.Read(_folder.Path);

        Assert.NotNull(read);
        Assert.Equal(Environment.ProcessId, read.AppHostPid);
        Assert.Equal("http://127.0.0.1:41001", read.FindEndpoint("finance", "grpc"));
        Assert.Equal("http://127.0.0.1:41001", read.FindEndpoint("Finance", "grpc"));
        Assert.Null(read.FindEndpoint("finance", "amqp"));
        Assert.Null(read.FindEndpoint("payroll", "grpc"));
    }

    [Fact]
    public void The_file_uses_the_documented_property_names()
    {
        EndpointsFile.Write(Sample(1234), _folder.Path);

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "endpoints.json")));
        var root = document.RootElement;

        Assert.Equal(1234, root.GetProperty("appHostPid").GetInt32());
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), root.GetProperty("startedAt").GetDateTimeOffset());
        var finance = root.GetProperty("resources")[0];
        Assert.Equal("finance", finance.GetProperty("name").GetString());
        Assert.Equal("Project", finance.GetProperty("type").GetString());
        Assert.Equal("Running", finance.GetProperty("state").GetString());
        Assert.Equal("Healthy", finance.GetProperty("health").GetString());
        Assert.Equal("http://127.0.0.1:41000", finance.GetProperty("endpoints").GetProperty("http").GetString());
    }

    [Fact]
    public void A_file_left_by_a_host_that_is_gone_does_not_count_as_running()
    {
        var gone = System.Diagnostics.Process.Start("true")!;
        gone.WaitForExit();
        EndpointsFile.Write(Sample(gone.Id), _folder.Path);

        Assert.Null(EndpointsFile.ReadIfRunning(_folder.Path));
        Assert.NotNull(EndpointsFile.Read(_folder.Path));
    }

    [Fact]
    public void No_file_means_no_running_application()
    {
        Assert.Null(EndpointsFile.Read(_folder.Path));
        Assert.Null(EndpointsFile.Read(Path.Combine(_folder.Path, "missing")));
    }

    [Fact]
    public void A_damaged_file_is_reported_with_its_path()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "endpoints.json"), "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => EndpointsFile.Read(_folder.Path));

        Assert.Contains("endpoints.json", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}

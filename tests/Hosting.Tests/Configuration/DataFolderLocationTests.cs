using Hemit.TestSupport;
using Hemit.Hosting.DataFolders;
using Hemit.Hosting.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting.Tests.Configuration;

public sealed class DataFolderLocationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void The_default_is_dot_hemit_at_the_repository_root()
    {
        var expected = Path.Combine(DataFolderLocator.FindRepositoryRoot(AppContext.BaseDirectory)!, ".hemit");

        Assert.Equal(expected, DataFolderLocator.Resolve(null, Configuration()));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(expected)!, "Hemit.Platform.sln")));
    }

    [Fact]
    public void Hemit_DataDir_wins_over_HEMIT_DATA_DIR_and_an_explicit_option_wins_over_both()
    {
        var configuration = Configuration(("HEMIT_DATA_DIR", "/srv/from-environment"), ("Hemit:DataDir", "/srv/from-config"));

        Assert.Equal("/srv/from-config", DataFolderLocator.Resolve(null, configuration));
        Assert.Equal("/srv/explicit", DataFolderLocator.Resolve("/srv/explicit", configuration));
        Assert.Equal("/srv/from-environment", DataFolderLocator.Resolve(null, Configuration(("HEMIT_DATA_DIR", "/srv/from-environment"))));
    }

    [Fact]
    public void The_command_line_takes_data_dir_and_verbose()
    {
        var builder = DistributedApplication.CreateBuilder(["--data-dir", "/srv/hemit-data", "--verbose"]);

        Assert.Equal("/srv/hemit-data", builder.DataDirectory);
        Assert.True(builder.Verbose);
    }

    [Fact]
    public async Task A_stray_word_on_the_command_line_is_refused_with_the_options_listed()
    {
        await using var application = DistributedApplication.CreateBuilder(["start"]).Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => application.StartAsync());

        Assert.Contains("'start'", error.Message);
        Assert.Contains("--data-dir", error.Message);
    }

    [Fact]
    public void Connection_strings_on_the_command_line_make_servers_external()
    {
        using var folder = new TemporaryDataFolder();
        var builder = QuietApplications.CreateBuilder(folder.Path, args: ["--ConnectionStrings:messaging=amqp://guest:guest@10.1.2.3:5673/"]);

        var messaging = builder.AddRabbitMQ("messaging").Resource;
        var postgres = builder.AddPostgres("localpg").Resource;

        Assert.True(messaging.IsExternal);
        Assert.Empty(messaging.Endpoints);
        Assert.Equal("amqp://guest:guest@10.1.2.3:5673/", messaging.GetConnectionString());
        Assert.False(postgres.IsExternal);
    }
}

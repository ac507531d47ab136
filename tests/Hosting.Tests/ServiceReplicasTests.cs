using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Hemit.Hosting.Postgres;
using Hemit.Hosting.Replicas;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Hemit.Hosting.Tests;

/// <summary><c>Hemit:Replicas</c>: how many processes of every service the AppHost runs.</summary>
public sealed class ServiceReplicasTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("3", 3)]
    [InlineData("16", 16)]
    public void The_setting_gives_the_replica_count_and_one_when_unset(string? setting, int expected) =>
        Assert.Equal(expected, ServiceReplicas.Configured(Configuration(setting)));

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("17")]
    [InlineData("tre")]
    [InlineData("2.5")]
    public void A_setting_that_is_not_a_whole_number_from_1_to_16_is_refused_naming_it(string setting)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => ServiceReplicas.Configured(Configuration(setting)));
        Assert.Contains($"Hemit:Replicas is '{setting}'", refusal.Message);
    }

    [Fact]
    public void Every_project_runs_with_the_configured_replicas_and_the_servers_stay_single()
    {
        var builder = DistributedApplicationTestingBuilder.Create("--Hemit:Replicas=3", "--Hemit:DataDir=/tmp/hemit-replica-tests");
        var postgres = builder.AddLocalPostgres("postgres");
        var finance = builder.AddProject<FinanceProject>("finance");
        var governance = builder.AddProject<GovernanceProject>("governance");

        builder.ReplicateServices();

        Assert.Equal(3, finance.Resource.GetReplicaCount());
        Assert.Equal(3, governance.Resource.GetReplicaCount());
        Assert.Equal(1, postgres.Resource.GetReplicaCount());
    }

    [Fact]
    public void Without_the_setting_a_project_runs_once()
    {
        var builder = DistributedApplicationTestingBuilder.Create("--Hemit:DataDir=/tmp/hemit-replica-tests");
        var finance = builder.AddProject<FinanceProject>("finance");

        builder.ReplicateServices();

        Assert.Equal(1, finance.Resource.GetReplicaCount());
        Assert.False(finance.Resource.TryGetLastAnnotation<ReplicaAnnotation>(out _));
    }

    private static IConfiguration Configuration(string? replicas) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ServiceReplicas.Setting] = replicas }).Build();

    private sealed class FinanceProject : IProjectMetadata
    {
        public string ProjectPath => ProjectFile("Finance");
    }

    private sealed class GovernanceProject : IProjectMetadata
    {
        public string ProjectPath => ProjectFile("Governance");
    }

    /// <summary>An empty project file: Aspire only looks for it and its launch settings.</summary>
    private static string ProjectFile(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "hemit-replica-tests", name));
        var path = Path.Combine(folder.FullName, name + ".csproj");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        }

        return path;
    }
}

using Hemit.TestSupport;
using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.Ordering;
using Hemit.Hosting.Tests.Support;

namespace Hemit.Hosting.Tests.Ordering;

public sealed class StartOrderTests : IDisposable
{
    private readonly TemporaryDataFolder _folder = new();

    [Fact]
    public void Servers_start_first_then_databases_then_the_projects_that_wait_for_them()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var postgres = builder.AddPostgres("postgres");
        var financeDb = postgres.AddDatabase("financedb");
        var governanceDb = postgres.AddDatabase("governancedb");
        var messaging = builder.AddRabbitMQ("messaging");
        var finance = builder.AddProject("finance", "/repo/Finance.csproj").WithReference(financeDb).WaitFor(financeDb).WaitFor(messaging);
        builder.AddProject("governance", "/repo/Governance.csproj").WithReference(finance).WaitFor(governanceDb).WaitFor(finance);

        var order = StartOrder.Create(builder.Resources);

        var waves = order.Waves().Select(w => w.Select(r => r.Name).Order().ToArray()).ToArray();
        Assert.Equal(
            new[]
            {
                new[] { "messaging", "postgres" },
                new[] { "financedb", "governancedb" },
                new[] { "finance" },
                new[] { "governance" },
            },
            waves);
        Assert.Equal(["financedb", "messaging"], order.DependenciesOf(finance.Resource).Select(r => r.Name).Order());
    }

    [Fact]
    public void Every_resource_comes_after_everything_it_waits_for()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var postgres = builder.AddPostgres("postgres");
        var db = postgres.AddDatabase("projectsdb");
        // Declared in an order that is not the start order.
        var late = builder.AddProject("late", "/repo/Late.csproj");
        var early = builder.AddProject("early", "/repo/Early.csproj").WaitFor(db);
        late.WaitFor(early);

        var sequence = StartOrder.Create(builder.Resources).Sequence.Select(r => r.Name).ToList();

        Assert.True(sequence.IndexOf("postgres") < sequence.IndexOf("projectsdb"));
        Assert.True(sequence.IndexOf("projectsdb") < sequence.IndexOf("early"));
        Assert.True(sequence.IndexOf("early") < sequence.IndexOf("late"));
    }

    [Fact]
    public void References_alone_do_not_delay_a_start_so_projects_may_reference_each_other()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var finance = builder.AddProject("finance", "/repo/Finance.csproj");
        var governance = builder.AddProject("governance", "/repo/Governance.csproj").WithReference(finance);
        finance.WithReference(governance);

        var order = StartOrder.Create(builder.Resources);

        Assert.Single(order.Waves());
    }

    [Fact]
    public void A_wait_cycle_is_refused_with_the_cycle_spelled_out()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var finance = builder.AddProject("finance", "/repo/Finance.csproj");
        var projects = builder.AddProject("projects", "/repo/Projects.csproj").WaitFor(finance);
        var governance = builder.AddProject("governance", "/repo/Governance.csproj").WaitFor(projects);
        finance.WaitFor(governance);

        var error = Assert.Throws<DistributedApplicationException>(() => StartOrder.Create(builder.Resources));

        Assert.Contains("cycle", error.Message);
        Assert.Contains("finance -> governance -> projects -> finance", error.Message);
    }

    [Fact]
    public void Waiting_for_a_resource_of_another_application_is_refused()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var other = QuietApplications.CreateBuilder(_folder.Path).AddPostgres("postgres");
        builder.AddProject("finance", "/repo/Finance.csproj").WaitFor(other);

        var error = Assert.Throws<DistributedApplicationException>(() => StartOrder.Create(builder.Resources));

        Assert.Contains("'postgres'", error.Message);
        Assert.Contains("not a resource of this application", error.Message);
    }

    [Fact]
    public void A_resource_cannot_wait_for_itself()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var finance = builder.AddProject("finance", "/repo/Finance.csproj");

        Assert.Throws<InvalidOperationException>(() => finance.WaitFor(finance));
    }

    [Fact]
    public async Task Starting_an_application_with_a_cycle_fails_before_anything_runs()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var a = builder.AddProject("a", "/repo/A.csproj");
        var b = builder.AddProject("b", "/repo/B.csproj").WaitFor(a);
        a.WaitFor(b);
        await using var application = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => application.StartAsync());

        Assert.Contains("a -> b -> a", error.Message);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "state.json")));
    }

    [Theory]
    [InlineData("1finance")]
    [InlineData("finance_db")]
    [InlineData("finance-")]
    [InlineData("fin--ance")]
    [InlineData("")]
    public void Resource_names_must_fit_into_environment_variable_names(string name)
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);

        var error = Assert.Throws<ArgumentException>(() => builder.AddProject(name, "/repo/X.csproj"));

        Assert.Contains("not valid", error.Message);
    }

    [Fact]
    public void Two_resources_cannot_share_a_name()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        builder.AddPostgres("finance");

        var error = Assert.Throws<DistributedApplicationException>(() => builder.AddProject("Finance", "/repo/Finance.csproj"));

        Assert.Contains("already exists", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}

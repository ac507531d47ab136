using Hemit.Cli.Importing;
using Hemit.Cli.Projects;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Projects.Data;
using Hemit.Projects.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.Projects.Tests.Integration;

/// <summary>
/// The real projects service in-process (its own Program) on a fresh database of the process's shared PostgreSQL,
/// with a gRPC client to it. One per test class (<c>IClassFixture&lt;ProjectsHost&gt;</c>): each class's tests use
/// their own months and ids. No broker answers, so events stay in the outbox, where the tests read them.
/// </summary>
public class ProjectsHost : IAsyncLifetime, IDisposable
{
    private ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>? _service;

    public ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext> Service => _service ?? throw new InvalidOperationException("Not started.");

    public ProjectsService.ProjectsServiceClient Client { get; private set; } = null!;

    /// <summary>Where the service's events go: nowhere (they stay in the outbox) unless a derived host gives a broker.</summary>
    protected virtual Task<string> MessagingAsync() => Task.FromResult(UnreachableBroker.Address);

    public async Task InitializeAsync()
    {
        var database = await PlatformServers.Shared.CreateDatabaseAsync("projects");
        _service = new ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>(
            new Dictionary<string, string> { ["projectsdb"] = database, ["messaging"] = await MessagingAsync() });
        Client = new ProjectsService.ProjectsServiceClient(_service.Channel);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _service?.Dispose();
        }
    }

    public static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    /// <summary>A test data file read as <c>hemit projects import …</c> reads it; every row must be readable.</summary>
    public static List<TMessage> Read<TMessage>(string file, ImportFileLayout layout, Func<CsvRow, TMessage> toMessage)
    {
        var (messages, problems) = CsvImporter.Read(new FileInfo(TestData(file)), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }

    public static List<Project> SeedPortfolio() => Read("portfolio-2021-10.csv", ProjectsImportFiles.Projects, ProjectsImportFiles.ToProject);

    public static List<Milestone> ExternalMilestones() => Read("milestones-external.csv", ProjectsImportFiles.Milestones, ProjectsImportFiles.ToMilestone);

    public Task<ImportSummary> PushAsync(IEnumerable<Project> projects) => ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>.PushAsync(Client.ImportProjects(), projects);

    public Task<ImportSummary> PushAsync(IEnumerable<Milestone> milestones) => ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>.PushAsync(Client.ImportMilestones(), milestones);

    public Task<ImportSummary> PushAsync(IEnumerable<WorkOrder> orders) => ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>.PushAsync(Client.ImportWorkOrders(), orders);

    public Task<ImportSummary> PushAsync(IEnumerable<Benefit> benefits) => ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>.PushAsync(Client.ImportBenefits(), benefits);

    /// <summary>The seed's portfolio of October 2021 with Helseplattformen PD1, as a month's push would bring them.</summary>
    public async Task PushSeedAsync()
    {
        await PushAsync(ExternalMilestones());
        var summary = await PushAsync(SeedPortfolio());
        Assert.Equal(0, summary.Rejected);
    }

    /// <summary>One project of the seed's portfolio moved to another month (and optionally changed), as a fresh message.</summary>
    public static Project SeedProject(string id, int year, int month, Action<Project>? change = null)
    {
        var project = SeedPortfolio().Single(p => p.ProjectId == id).Clone();
        project.Period = Period.Of(year, month);
        change?.Invoke(project);
        return project;
    }
}

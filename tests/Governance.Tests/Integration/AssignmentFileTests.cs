using Hemit.Cli.Governance;
using Hemit.Cli.Importing;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Tests.Integration;

/// <summary>Seed 004's assignments as a CSV file, read as <c>hemit governance import assignments</c> reads it and saved over gRPC.</summary>
[Collection(ServersCollection.Name)]
public sealed class AssignmentFileTests(GovernanceStack stack) : IAsyncLifetime
{
    private GovernanceHost Host { get; set; } = null!;

    public async Task InitializeAsync() => Host = await stack.GovernanceForAsync<AssignmentFileTests>();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_commissioning_documents_assignments_are_saved_with_role_deadline_and_reporting()
    {
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "TestData", "assignments-2025.csv"));
        var (assignments, problems) = CsvImporter.Read(file, AssignmentFile.Layout, AssignmentFile.ToAssignment);
        Assert.Empty(problems);
        Host.Clock.SetToday(new DateOnly(2025, 2, 3));

        var saved = await Host.Assignments.SaveAssignmentsAsync(new SaveAssignmentsRequest { Assignments = { assignments } });
        var again = await Host.Assignments.SaveAssignmentsAsync(new SaveAssignmentsRequest { Assignments = { assignments } });

        Assert.Equal((7, 0, 0, 7), (saved.Created, saved.Updated, again.Created, again.Updated));
        var listed = (await Host.Assignments.ListAssignmentsAsync(new ListAssignmentsRequest { Year = 2025 })).Assignments.ToDictionary(a => a.Code);
        Assert.Equal(["HMN25-009", "HMN25-016", "HMN25-021", "HMN25-115", "HMN25-116", "HMN25-117", "HMN25-133"], listed.Keys);
        Assert.Equal((HemitRole.Leads, true, ""), (listed["HMN25-021"].Role, listed["HMN25-021"].ReportedPerTertial, listed["HMN25-021"].Deadline));
        Assert.Equal((HemitRole.Contributes, "2025-03-01", false), (listed["HMN25-133"].Role, listed["HMN25-133"].Deadline, listed["HMN25-133"].Overdue));
        // Nothing is past its deadline on 3 February 2025: no AssignmentOverdue yet.
        Assert.Empty(await Host.OutboxPayloadsAsync("AssignmentOverdue"));
    }

    [Fact]
    public void A_role_that_is_neither_leads_nor_contributes_is_named_by_row()
    {
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"assignments-{Guid.NewGuid():N}.csv"));
        File.WriteAllText(file.FullName, "code,title,role\nHMN25-021,Sykefravær,leads\nHMN25-115,Rekruttering,eier\n");
        try
        {
            var (_, problems) = CsvImporter.Read(file, AssignmentFile.Layout, AssignmentFile.ToAssignment);
            var problem = Assert.Single(problems);
            Assert.Equal((2L, "role"), (problem.Row, problem.Field));
        }
        finally
        {
            file.Delete();
        }
    }
}

using Hemit.Contracts.Governance.V1;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.HostileInput.Tests.Support;
using StoredAssignment = Hemit.Governance.Assignments.OwnerAssignment;

namespace Hemit.HostileInput.Tests.Grpc;

/// <summary>
/// Governance's one batch ingest: the owner's assignments (SaveAssignments, unary with a repeated field; what
/// <c>hemit governance import assignments</c> sends). Its summary is created + updated; new codes count as created.
/// </summary>
public static class GovernanceCases
{
    public static readonly Ingest<OwnerAssignment> Assignments = new()
    {
        EntryPoint = "governance.SaveAssignments",
        PushAsync = async (h, rows) =>
        {
            var saved = await h.AssignmentsClient.SaveAssignmentsAsync(new SaveAssignmentsRequest { Assignments = { rows } }, deadline: Streams.Deadline);
            return saved.Created + saved.Updated;
        },
        CountAsync = Ingest<OwnerAssignment>.Count<GovernanceGrpcService, GovernanceDbContext, StoredAssignment>(h => h.Governance),
        Valid = seed =>
        [
            new() { Code = Code(seed, 1), Title = "Styrke informasjonssikkerheten på Øya", Role = HemitRole.Leads, Text = "Hemit skal følge opp Normen og rapportere avvik.", GoalArea = "Hovedmål 4: Den offentlige helsetjenesten skal være fagfolkenes foretrukne arbeidsplass", Deadline = "2025-12-31" },
            new() { Code = Code(seed, 2), Title = "Felles journal i Midt-Norge", Role = HemitRole.Contributes, ReportedPerTertial = true },
            new() { Code = Code(seed, 3), Title = "Økt bruk av skytjenester", Role = HemitRole.Leads, ReportedInAnnualReport = true },
        ],
    };

    /// <summary>HMNyy-nnn, unique per seed and row.</summary>
    private static string Code(int seed, int row) => $"HMN{seed % 100:D2}-{seed / 100 * 10 + row:D3}";

    public static IEnumerable<IIngestCase> All =>
    [
        Assignments.Refuses("empty request", rows => rows.Clear(), "assignments"),
        Assignments.Refuses("code off the owner's pattern", Ingest<OwnerAssignment>.At(1, r => r.Code = "HMN-21"), "assignments[1].code"),
        Assignments.Refuses("the same code twice", rows => rows[2].Code = rows[0].Code, "assignments[2].code"),
        Assignments.Refuses("missing title", Ingest<OwnerAssignment>.At(0, r => r.Title = ""), "assignments[0].title"),
        Assignments.Refuses("title with NUL", Ingest<OwnerAssignment>.At(0, r => r.Title = BadText.Nul), "assignments[0].title"),
        Assignments.Refuses("over-long title", Ingest<OwnerAssignment>.At(1, r => r.Title = BadText.TooLong), "assignments[1].title"),
        Assignments.Refuses("title with a national identity number", Ingest<OwnerAssignment>.At(2, r => r.Title = BadText.NationalIdentityNumber), "assignments[2].title"),
        Assignments.Refuses("text with an e-mail address", Ingest<OwnerAssignment>.At(1, r => r.Text = "Kontakt " + BadText.EmailAddress), "assignments[1].text"),
        Assignments.Refuses("over-long goal area", Ingest<OwnerAssignment>.At(0, r => r.GoalArea = BadText.TooLong), "assignments[0].goal_area"),
        Assignments.Refuses("unknown role enum", Ingest<OwnerAssignment>.At(2, r => r.Role = (HemitRole)8), "assignments[2].role"),
        Assignments.Refuses("deadline written the Norwegian way", Ingest<OwnerAssignment>.At(0, r => r.Deadline = "31.12.2025"), "assignments[0].deadline"),
    ];
}

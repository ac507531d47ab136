using Hemit.Cli.Governance;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Tests.Integration;

/// <summary>Top ten risks, audits, the reporting calendar and a late notice, through gRPC on real PostgreSQL.</summary>
[Collection(ServersCollection.Name)]
public sealed class FollowUpOverGrpcTests(GovernanceStack stack) : IAsyncLifetime
{
    private GovernanceHost Host { get; set; } = null!;

    public async Task InitializeAsync() => Host = await stack.GovernanceForAsync<FollowUpOverGrpcTests>();

    public Task DisposeAsync() => Task.CompletedTask;

    private RiskAndAuditService.RiskAndAuditServiceClient Client => Host.RisksAndAudits;

    [Fact]
    public async Task The_register_ranks_by_score_shows_the_trend_since_last_tertial_and_fills_the_matrix()
    {
        await Client.SaveRiskAsync(new SaveRiskRequest { Code = "R-01", Title = "Dataangrep mot kritiske systemer", Owner = "Sikkerhetssjef", Measures = "Segmentering, øvelse Digital 2025" });
        await Client.SaveRiskAsync(new SaveRiskRequest { Code = "R-02", Title = "Tap av nøkkelkompetanse", Owner = "HR-direktør" });
        await Client.SaveRiskAsync(new SaveRiskRequest { Code = "R-03", Title = "Forsinkelse i regional teknologiplan", Owner = "Direktør utvikling" });
        await Assess("R-01", "2025-T1", 3, 4);
        await Assess("R-02", "2025-T1", 4, 3);
        await Assess("R-01", "2025-T2", 4, 5);
        await Assess("R-02", "2025-T2", 2, 3);
        await Assess("R-03", "2025-T2", 3, 3);

        var register = await Client.GetRiskRegisterAsync(new GetRiskRegisterRequest { Tertial = "2025-T2" });

        Assert.Equal([("R-01", 20, RiskTrend.Up, 12), ("R-03", 9, RiskTrend.New, 0), ("R-02", 6, RiskTrend.Down, 12)],
            register.TopRisks.Select(r => (r.Code, r.Score, r.Trend, r.PreviousScore)));
        Assert.Equal(25, register.Matrix.Count);
        Assert.Equal(["R-01"], register.Matrix.Single(c => c.Probability == 4 && c.Consequence == 5).Codes);
        Assert.Equal("2025-T1", register.PreviousTertial);

        // hemit governance risks --tertial 2025-T2, in 80 columns.
        var printed = PrintedReport.Of(FollowUpReports.Risks(register), OutputFormat.Table, width: 80);
        Assert.All(printed.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
        var table = new PrintedTable(printed);
        // The owner column gives way at 80 columns, and the note under the table says so.
        Assert.Equal(["1", "R-01", "Dataangrep mot kritiske systemer", "4", "5", "20", "Økt"], table.Cells("1"));
        Assert.Contains("Utelatt ved 80 tegns bredde: Eier.", printed, StringComparison.Ordinal);
        Assert.Equal("R-01", table.Under("S4", "K5"));
        Assert.Equal("R-03", table.Under("S3", "K3"));
    }

    [Fact]
    public async Task The_tertial_overview_holds_audits_active_in_it_with_counts_per_state()
    {
        Host.Clock.SetToday(new DateOnly(2025, 9, 1));
        await Audit("Arbeidstilsynet", "Arbeidstid i driftsavdelingen", AuditState.Ongoing, "2025-05-12", "", 3, 2, "2025-08-15");
        await Audit("Riksrevisjonen", "Informasjonssikkerhet i helseforetakene", AuditState.Closed, "2025-01-20", "2025-06-30", 4, 0, "");
        await Audit("Datatilsynet", "Behandling av loggdata", AuditState.Notified, "2025-09-10", "", 0, 0, "");
        await Audit("Revisjon Midt-Norge", "Anskaffelser 2024", AuditState.Closed, "2024-10-01", "2025-03-01", 1, 0, "");

        var t2 = await Client.ListAuditsAsync(new ListAuditsRequest { Tertial = "2025-T2" });

        Assert.Equal(["Riksrevisjonen", "Arbeidstilsynet"], t2.Audits.Select(a => a.Authority));
        Assert.Equal((0, 1, 1), (t2.Notified, t2.Ongoing, t2.Closed));
        Assert.True(t2.Audits.Single(a => a.Authority == "Arbeidstilsynet").Overdue);

        var invalid = await Refusals.InvalidArgumentAsync(() => Audit("Arbeidstilsynet", "X", AuditState.Closed, "2025-05-12", "", 2, 3, ""));
        Assert.Equal(["audit.open_findings", "audit.closed_on"], invalid.Select(v => v.Field));
    }

    [Fact]
    public async Task The_calendar_says_what_is_late_and_what_is_due_next()
    {
        await Client.SetReportingDeadlineAsync(new SetReportingDeadlineRequest { Kind = ReportKind.Monthly, Covers = "2025-01", Due = "2025-02-10" });
        await Client.SetReportingDeadlineAsync(new SetReportingDeadlineRequest { Kind = ReportKind.Monthly, Covers = "2025-06..07", Due = "2025-08-16" });
        await Client.MarkReportSubmittedAsync(new MarkReportSubmittedRequest { Kind = ReportKind.AnnualAdministrative, Covers = "2024", SubmittedOn = "2025-01-31" });

        var calendar = await Client.GetReportingCalendarAsync(new GetReportingCalendarRequest { Year = 2025, AsOf = "2025-02-12" });

        Assert.Equal((DeadlineState.Late, 2), Entry(calendar, ReportKind.Monthly, "2025-01"));
        Assert.Equal((DeadlineState.Submitted, 0), Entry(calendar, ReportKind.AnnualAdministrative, "2024"));
        Assert.Equal(("2025-02-15", ReportKind.AnnualBoardApproved), (calendar.NextDue.Due, calendar.NextDue.Kind));
        // 16 August 2025 is a Saturday: the owner's date stands.
        Assert.Equal("2025-08-16", calendar.Entries.Single(e => e.Covers == "2025-06..07").Due);
        Assert.Equal(1, calendar.Late);
        Assert.Equal(4, calendar.Entries.Single(e => e.Covers == "2025-T1").Contents.Count);

        // hemit governance calendar --year 2025 --as-of 2025-02-12, in 80 columns.
        var printed = PrintedReport.Of(FollowUpReports.Calendar(calendar), OutputFormat.Table, width: 80);
        Assert.All(printed.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
        Assert.Equal(["Statusrapport pr. januar 2025", "10.02.2025", "Forsinket", "2"], new PrintedTable(printed).Cells("Statusrapport pr. januar 2025"));
        Assert.Contains("Neste frist: Årlig melding 2024, styrebehandlet, 15.02.2025.", printed.ReplaceLineEndings(" ").Replace("  ", " "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_sent_four_days_ahead_goes_out_but_says_it_is_three_days_late()
    {
        Host.Clock.SetToday(new DateOnly(2025, 6, 5));
        await Host.Board.CreateMeetingAsync(new CreateMeetingRequest { Date = "2025-06-09", Place = "Møterom Gråkallen", Board = new MeetingPart { Start = "12:00", End = "16:00" } });

        var notice = await Host.Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = "2025-06-09" });

        Assert.Equal((true, 4, 3), (notice.Issued, notice.DaysBefore, notice.LateByDays));
        Assert.Equal(["1/25"], notice.Items.Select(i => i.Number));
    }

    private Task Assess(string code, string tertial, int probability, int consequence) =>
        Client.AssessRiskAsync(new AssessRiskRequest { Code = code, Tertial = tertial, Probability = probability, Consequence = consequence }).ResponseAsync;

    private Task Audit(string authority, string subject, AuditState state, string notified, string closed, int findings, int open, string deadline) =>
        Client.SaveAuditAsync(new SaveAuditRequest
        {
            Audit = new Contracts.Governance.V1.Audit
            {
                Authority = authority, Subject = subject, State = state, NotifiedOn = notified, ClosedOn = closed, Findings = findings, OpenFindings = open, Deadline = deadline,
            },
        }).ResponseAsync;

    private static (DeadlineState, int) Entry(GetReportingCalendarResponse calendar, ReportKind kind, string covers)
    {
        var entry = calendar.Entries.Single(e => e.Kind == kind && e.Covers == covers);
        return (entry.State, entry.DaysLate);
    }
}

using System.CommandLine;
using Grpc.Net.Client;
using Hemit.Cli;
using Hemit.Cli.Governance;
using Google.Protobuf.WellKnownTypes;
using Hemit.Cli.Ops;
using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.Ops.V1;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>What the secretary enters with <c>hemit governance risk|audit|deadline</c> reaches the running governance service.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GovernanceCliTests(PlatformStack stack)
{
    [Fact]
    public async Task A_risk_saved_and_assessed_with_the_cli_is_in_the_register_with_its_score()
    {
        var url = stack.GrpcEndpoint("governance").ToString();

        Assert.Equal(0, await RunAsync(["governance", "risk", "save", "--code", "R-07", "--title", "Tap av nøkkelkompetanse på Østmarka",
            "--owner", "Direktør drift", "--measures", "Dobbeltbemanning på kritiske systemer", "--url", url]));
        Assert.Equal(0, await RunAsync(["governance", "risk", "assess", "--code", "R-07", "--tertial", "2025-T2", "-p", "4", "-k", "5", "--url", url]));
        Assert.Equal(0, await RunAsync(["governance", "audit", "save", "--authority", "Arbeidstilsynet", "--subject", "Arbeidstid i driftsavdelingen",
            "--state", "pågår", "--notified-on", "2025-05-12", "--findings", "3", "--open-findings", "2", "--deadline", "2025-09-01", "--url", url]));

        using var channel = stack.Channel("governance");
        var client = new RiskAndAuditService.RiskAndAuditServiceClient(channel);
        var register = await client.GetRiskRegisterAsync(new GetRiskRegisterRequest { Tertial = "2025-T2" });
        var risk = Assert.Single(register.TopRisks, r => r.Code == "R-07");
        Assert.Equal(("Tap av nøkkelkompetanse på Østmarka", "Direktør drift", 20), (risk.Title, risk.Owner, risk.Score));
        var audits = await client.ListAuditsAsync(new ListAuditsRequest { Tertial = "2025-T2" });
        var audit = Assert.Single(audits.Audits, a => a.Authority == "Arbeidstilsynet");
        Assert.Equal((AuditState.Ongoing, 3, 2), (audit.State, audit.Findings, audit.OpenFindings));

        // Each of the CLI's writes is in governance's audit trail, under the CLI's own client identity, with its keys.
        using var securityOfficer = stack.Channel("governance", PlatformStack.CliClient, Hemit.Security.Scopes.AuditRead);
        var trail = await new OpsService.OpsServiceClient(securityOfficer).ListAuditEntriesAsync(
            new ListAuditEntriesRequest { Since = Timestamp.FromDateTime(DateTime.UtcNow.AddHours(-1)) });
        var writes = trail.Entries.Where(e => e.Method.Contains("RiskAndAuditService/", StringComparison.Ordinal)).Reverse()
            .Select(e => (e.Caller, e.Method[(e.Method.IndexOf('/') + 1)..], e.Outcome)).ToArray();
        Assert.Equal([("hemit-cli", "SaveRisk", "OK"), ("hemit-cli", "AssessRisk", "OK"), ("hemit-cli", "SaveAudit", "OK")], writes);
        Assert.Contains(trail.Entries, e => e.Method.EndsWith("/AssessRisk", StringComparison.Ordinal) && e.Keys.Contains("code=R-07", StringComparison.Ordinal));

        // As `hemit audit` prints it in an 80-column terminal: every line fits, each write is a row.
        using var printed = new StringWriter();
        new ReportWriter(printed, new TableSettings(80)).Write(AuditCommand.Table(trail), OutputFormat.Table);
        var lines = printed.ToString().Split('\n');
        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
        Assert.Contains(lines, line => line.Contains("hemit-cli", StringComparison.Ordinal) && line.Contains("RiskAndAuditService/SaveRisk", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_audit_state_is_refused_naming_the_option_before_any_call()
    {
        var parsed = Root().Parse(["governance", "audit", "save", "--authority", "Riksrevisjonen", "--subject", "IKT-sikkerhet",
            "--state", "kanskje", "--notified-on", "2025-01-10"]);

        Assert.Contains(parsed.Errors, e => e.Message == "--state: «kanskje» is not notified, ongoing or closed");
    }

    private static Task<int> RunAsync(string[] args) =>
        Root().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

    private static RootCommand Root()
    {
        var root = new RootCommand("hemit") { Options = { CommonOptions.Format, CommonOptions.Url } };
        root.Subcommands.Add(GovernanceCommands.Create());
        return root;
    }
}

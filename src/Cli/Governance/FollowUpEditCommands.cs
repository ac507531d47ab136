using System.CommandLine;
using Hemit.Cli.Connection;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary>
/// <c>hemit governance risk save|assess</c>, <c>audit save</c> and <c>deadline set|submitted</c>: what the
/// secretary enters for the owner's follow-up, through the same gRPC methods any client uses. The service checks the
/// values (scores 1-5, dates, known codes) and names the field it refuses.
/// </summary>
public static class FollowUpEditCommands
{
    private static readonly ServiceConnection<RiskAndAuditService.RiskAndAuditServiceClient> Service = new("governance", channel => new(channel));

    public static IEnumerable<Command> Create() => [Risk(), Audit(), Deadline()];

    private static Command Risk()
    {
        var code = Required("--code", "The register's code, e.g. R-03");
        var title = Required("--title", "What could go wrong");
        var owner = Required("--owner", "The owner's role, e.g. «Direktør drift» (not a name)");
        var measures = new Option<string>("--measures") { Description = "Tiltak", DefaultValueFactory = _ => "" };
        var save = new Command("save", "Add a risk to the register or change its text") { code, title, owner, measures };
        save.SetAction(async (parseResult, ct) => Print(await Service.CallAsync(parseResult, async client => await client.SaveRiskAsync(new SaveRiskRequest
        {
            Code = parseResult.GetValue(code)!, Title = parseResult.GetValue(title)!,
            Owner = parseResult.GetValue(owner)!, Measures = parseResult.GetValue(measures)!,
        }, cancellationToken: ct))));

        var assessCode = Required("--code", "The risk's code");
        var tertial = Required("--tertial", "YYYY-T1, -T2 or -T3");
        var probability = new Option<int>("--probability", "-p") { Description = "Sannsynlighet 1-5", Required = true };
        var consequence = new Option<int>("--consequence", "-k") { Description = "Konsekvens 1-5", Required = true };
        var assess = new Command("assess", "A tertial's assessment of a risk: probability and consequence 1-5")
        {
            assessCode, tertial, probability, consequence,
        };
        assess.SetAction(async (parseResult, ct) => Print(await Service.CallAsync(parseResult, async client => await client.AssessRiskAsync(new AssessRiskRequest
        {
            Code = parseResult.GetValue(assessCode)!, Tertial = parseResult.GetValue(tertial)!,
            Probability = parseResult.GetValue(probability), Consequence = parseResult.GetValue(consequence),
        }, cancellationToken: ct))));

        return new Command("risk", "Enter the risk register: save a risk, assess it for a tertial") { save, assess };
    }

    private static Command Audit()
    {
        var id = new Option<string>("--id") { Description = "An audit's id to change it (empty: a new audit)", DefaultValueFactory = _ => "" };
        var authority = Required("--authority", "Tilsynsmyndighet or revisor, e.g. Arbeidstilsynet");
        var subject = Required("--subject", "What is audited");
        var state = new Option<AuditState>("--state") { Description = "notified, ongoing or closed", Required = true, CustomParser = ParseState };
        var notified = Required("--notified-on", "YYYY-MM-DD");
        var closed = new Option<string>("--closed-on") { Description = "YYYY-MM-DD", DefaultValueFactory = _ => "" };
        var findings = new Option<int>("--findings") { Description = "Funn" };
        var open = new Option<int>("--open-findings") { Description = "Funn ikke lukket" };
        var deadline = new Option<string>("--deadline") { Description = "Frist for lukking av funn, YYYY-MM-DD", DefaultValueFactory = _ => "" };
        var comment = new Option<string>("--comment") { DefaultValueFactory = _ => "" };
        var save = new Command("save", "Record an audit or supervision (tilsyn, revisjon), or change one")
        {
            id, authority, subject, state, notified, closed, findings, open, deadline, comment,
        };
        save.SetAction(async (parseResult, ct) =>
        {
            var audit = await Service.CallAsync(parseResult, async client => await client.SaveAuditAsync(new SaveAuditRequest
            {
                Audit = new Contracts.Governance.V1.Audit
                {
                    Id = parseResult.GetValue(id)!, Authority = parseResult.GetValue(authority)!, Subject = parseResult.GetValue(subject)!,
                    State = parseResult.GetValue(state), NotifiedOn = parseResult.GetValue(notified)!, ClosedOn = parseResult.GetValue(closed)!,
                    Findings = parseResult.GetValue(findings), OpenFindings = parseResult.GetValue(open),
                    Deadline = parseResult.GetValue(deadline)!, Comment = parseResult.GetValue(comment)!,
                },
            }, cancellationToken: ct));
            return Print($"Tilsyn {audit.Id} lagret: {audit.Authority}, {audit.Subject}.");
        });
        return new Command("audit", "Enter tilsyn og revisjoner") { save };
    }

    private static Command Deadline()
    {
        Option<ReportKind> Kind() => new("--kind")
        {
            Description = "monthly, tertial, annual-administrative or annual-board-approved", Required = true, CustomParser = ParseKind,
        };
        var kind = Kind();
        var covers = Required("--covers", "What the report covers: 2025-03, 2025-06..07, 2025-T1, 2024");
        var due = Required("--due", "The owner's deadline, YYYY-MM-DD (a weekend date stays as set)");
        var set = new Command("set", "Enter the owner's deadline for one report") { kind, covers, due };
        set.SetAction(async (parseResult, ct) => Print(await Service.CallAsync(parseResult, async client => await client.SetReportingDeadlineAsync(
            new SetReportingDeadlineRequest { Kind = parseResult.GetValue(kind), Covers = parseResult.GetValue(covers)!, Due = parseResult.GetValue(due)! },
            cancellationToken: ct))));

        var submittedKind = Kind();
        var submittedCovers = Required("--covers", "What the report covers, as its deadline names it");
        var on = Required("--on", "When it was sent to the owner, YYYY-MM-DD");
        var submitted = new Command("submitted", "Record that a report was sent to the owner") { submittedKind, submittedCovers, on };
        submitted.SetAction(async (parseResult, ct) => Print(await Service.CallAsync(parseResult, async client => await client.MarkReportSubmittedAsync(
            new MarkReportSubmittedRequest { Kind = parseResult.GetValue(submittedKind), Covers = parseResult.GetValue(submittedCovers)!, SubmittedOn = parseResult.GetValue(on)! },
            cancellationToken: ct))));

        return new Command("deadline", "The owner's reporting deadlines: set one, record a report as sent") { set, submitted };
    }

    private static Option<string> Required(string name, string description) => new(name) { Description = description, Required = true };

    private static int Print(Risk risk) =>
        Print($"Risiko {risk.Code} «{risk.Title}»" + (risk.Tertial.Length > 0
            ? $" vurdert for {risk.Tertial}: sannsynlighet {risk.Probability}, konsekvens {risk.Consequence}, risikotall {risk.Score}."
            : " lagret."));

    private static int Print(ReportingCalendarEntry entry) =>
        Print($"{entry.Label} ({entry.Covers}): frist {entry.Due}" + (entry.SubmittedOn.Length > 0 ? $", sendt {entry.SubmittedOn}." : "."));

    private static int Print(string line)
    {
        Console.Out.WriteLine(line);
        return 0;
    }

    private static AuditState ParseState(System.CommandLine.Parsing.ArgumentResult result) =>
        Token(result) switch
        {
            "notified" or "varslet" => AuditState.Notified,
            "ongoing" or "pågår" => AuditState.Ongoing,
            "closed" or "lukket" => AuditState.Closed,
            var other => Refuse<AuditState>(result, $"--state: «{other}» is not notified, ongoing or closed"),
        };

    private static ReportKind ParseKind(System.CommandLine.Parsing.ArgumentResult result) =>
        Token(result) switch
        {
            "monthly" => ReportKind.Monthly,
            "tertial" => ReportKind.Tertial,
            "annual-administrative" => ReportKind.AnnualAdministrative,
            "annual-board-approved" => ReportKind.AnnualBoardApproved,
            var other => Refuse<ReportKind>(result, $"--kind: «{other}» is not monthly, tertial, annual-administrative or annual-board-approved"),
        };

    private static string Token(System.CommandLine.Parsing.ArgumentResult result) =>
        result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim().ToLowerInvariant() : "";

    private static T Refuse<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}

using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Cli.Governance;

/// <summary>The owner's follow-up as tables: assignments, indicators, top ten risks with the 5x5 matrix, audits, reporting calendar.</summary>
public static class FollowUpReports
{
    public static ReportTable Assignments(int year, IEnumerable<OwnerAssignment> assignments)
    {
        var table = new ReportTable($"Oppdrag og bestilling {year}", [
            new ReportColumn("code", "Kode"),
            new ReportColumn("title", "Oppdrag"),
            new ReportColumn("deadline", "Frist", Display: v => BoardTexts.Date((string?)v ?? "")),
            new ReportColumn("role", "Hemit") { DropOrder = 2 },
            new ReportColumn("status", "Status"),
            new ReportColumn("risk", "Risiko"),
            new ReportColumn("overdue", "Forfalt") { DropOrder = 1 },
            new ReportColumn("latest_comment", "Kommentar") { InTable = false },
        ]);
        foreach (var a in assignments)
        {
            table.AddRow(a.Code, a.Title, a.Deadline, a.Role == HemitRole.Leads ? "Leder" : "Bidrar", BoardTexts.Status(a.Status), BoardTexts.Risk(a.Risk),
                a.Overdue, a.Comments.LastOrDefault()?.Comment ?? string.Empty);
        }

        table.Notes.AddRange(assignments.Where(a => a.Comments.Count > 0).Select(a => $"{a.Code} ({a.Comments[^1].Tertial}): {a.Comments[^1].Comment}"));
        return table;
    }

    public static ReportTable Indicators(int year, IEnumerable<OwnerIndicator> indicators)
    {
        var table = new ReportTable($"Styringsindikatorer {year} (beregnet av kildetjenesten nå)", [
            new ReportColumn("code", "Kode") { IsCode = true },
            new ReportColumn("name", "Indikator"),
            new ReportColumn("baseline_value", "Sammenligning", ColumnAlignment.Right, DisplayFormats.Fixed(1)),
            new ReportColumn("value", "Verdi", ColumnAlignment.Right, DisplayFormats.Fixed(1)),
            new ReportColumn("target_value", "Mål", ColumnAlignment.Right, DisplayFormats.Fixed(1)),
            new ReportColumn("on_track", "I rute"),
            new ReportColumn("source", "Kilde") { DropOrder = 1 },
        ]);
        foreach (var i in indicators)
        {
            table.AddRow(i.Code, ShortName(i.Code), Value(i.BaselineValue), Value(i.Value), Value(i.TargetValue), i.HasFigures ? i.OnTrack : "uten tall", i.Source);
        }

        table.Notes.AddRange(indicators.Select(i => $"{ShortName(i.Code)}: {i.Name} Sammenlignet med {i.BaselineYear}."));
        return table;
    }

    public static IReadOnlyList<ReportTable> Risks(GetRiskRegisterResponse register)
    {
        var top = new ReportTable($"Topp ti risiko {register.Tertial} (trend mot {register.PreviousTertial})", [
            new ReportColumn("rank", "Nr", ColumnAlignment.Right),
            new ReportColumn("code", "Kode"),
            new ReportColumn("title", "Risiko"),
            new ReportColumn("probability", "S", ColumnAlignment.Right),
            new ReportColumn("consequence", "K", ColumnAlignment.Right),
            new ReportColumn("score", "Score", ColumnAlignment.Right),
            new ReportColumn("trend", "Trend"),
            new ReportColumn("owner", "Eier") { DropOrder = 1 },
        ]);
        foreach (var r in register.TopRisks)
        {
            top.AddRow(r.Rank, r.Code, r.Title, r.Probability, r.Consequence, r.Score, BoardTexts.Trend(r.Trend), r.Owner);
        }

        top.Notes.Add("S = sannsynlighet, K = konsekvens (1-5); score = S x K.");
        var matrix = new ReportTable("Risikomatrise (sannsynlighet x konsekvens)", [
            new ReportColumn("probability", "S \\ K"),
            .. Enumerable.Range(1, 5).Select(c => new ReportColumn($"k{c}", $"K{c}", ColumnAlignment.Right)),
        ]);
        foreach (var row in register.Matrix.GroupBy(c => c.Probability).OrderByDescending(g => g.Key))
        {
            matrix.AddRow([$"S{row.Key}", .. row.OrderBy(c => c.Consequence).Select(c => (object?)string.Join(" ", c.Codes))]);
        }

        return [top, matrix];
    }

    public static ReportTable Audits(ListAuditsResponse response)
    {
        var table = new ReportTable($"Tilsyn og revisjoner {response.Tertial}", [
            new ReportColumn("authority", "Myndighet"),
            new ReportColumn("subject", "Tema"),
            new ReportColumn("state", "Status"),
            new ReportColumn("notified_on", "Varslet", Display: v => BoardTexts.Date((string?)v ?? "")) { DropOrder = 2 },
            new ReportColumn("open_findings", "Åpne funn", ColumnAlignment.Right),
            new ReportColumn("deadline", "Frist", Display: v => BoardTexts.Date((string?)v ?? "")) { DropOrder = 1 },
        ]);
        foreach (var a in response.Audits)
        {
            table.AddRow(a.Authority, a.Subject, BoardTexts.Audit(a.State), a.NotifiedOn, a.OpenFindings, a.Deadline);
        }

        table.Notes.Add($"Varslet {response.Notified}, pågående {response.Ongoing}, avsluttet {response.Closed}.");
        table.Notes.AddRange(response.Audits.Where(a => a.Overdue).Select(a => $"{a.Authority}, {a.Subject}: fristen {BoardTexts.Date(a.Deadline)} er passert med {a.OpenFindings} åpne funn."));
        return table;
    }

    public static ReportTable Calendar(GetReportingCalendarResponse response)
    {
        var table = new ReportTable($"Rapportering til eier {response.Year} per {BoardTexts.Date(response.AsOf)}", [
            new ReportColumn("covers", "Gjelder") { IsCode = true },
            new ReportColumn("label", "Rapport"),
            new ReportColumn("due", "Frist", Display: v => BoardTexts.Date((string?)v ?? "")),
            new ReportColumn("submitted_on", "Sendt", Display: v => BoardTexts.Date((string?)v ?? "")) { DropOrder = 2 },
            new ReportColumn("state", "Status"),
            new ReportColumn("days_late", "Dager for sent", ColumnAlignment.Right) { DropOrder = 1 },
        ]);
        foreach (var e in response.Entries)
        {
            table.AddRow(e.Covers, e.Label, e.Due, e.SubmittedOn, BoardTexts.Deadline(e.State), e.DaysLate == 0 ? null : e.DaysLate);
        }

        if (response.NextDue is { } next)
        {
            table.Notes.Add($"Neste frist: {next.Label}, {BoardTexts.Date(next.Due)}.");
        }

        table.Notes.Add(response.Late > 0 ? $"{response.Late} rapport(er) er forsinket." : "Ingen rapporter er forsinket.");
        table.Notes.Add("Juni og juli rapporteres samlet. Tertialrapporten er månedsrapporten pluss topp ti risiko, status og risiko for utvalgte oppdrag, " +
            "og investeringer over 100 mill. kr og gevinster fra større prosjekter. Frister står som eier satte dem, også på en lørdag eller søndag.");
        return table;
    }

    private static decimal? Value(Decimal? value) => value is null ? null : value.ToDecimal();

    private static string ShortName(string code) => code switch
    {
        "working_time_violations" => "Arbeidstidsavvik",
        "units_over_10_percent_sick_leave" => "Enheter > 10 % sykefravær",
        "sick_leave_percent" => "Sykefravær",
        _ => code,
    };
}

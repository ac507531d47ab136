using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.ServiceDesk.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Cli.ServiceDesk;

/// <summary><c>hemit servicedesk month-report --period YYYY-MM</c>: section 3.1 "Hemithjelp nøkkeltall".</summary>
public static class MonthReportCommand
{
    private static readonly Func<object?, string> Percent = DisplayFormats.Percent(1);

    public static Command Create()
    {
        var period = PeriodOption.Create("The month to report, YYYY-MM (e.g. 2021-10)");
        var command = new Command("month-report",
            "Hemithjelp key figures: tickets by type against last year, resolution within deadline per priority, first-line rate, top services, backlog")
        {
            period,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var month = PeriodOption.Read(parseResult, period);
            var response = await ServiceDeskCommands.Service.CallAsync(parseResult, async client =>
                await client.GetMonthReportAsync(new GetMonthReportRequest { Period = month }, cancellationToken: cancellationToken));
            ReportWriter.ForConsole().Write(Tables(response), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }

    public static IReadOnlyList<ReportTable> Tables(GetMonthReportResponse response)
    {
        var month = response.Period.ToText();
        var lastYear = $"{response.Period.Year - 1:D4}-{response.Period.Month:D2}";

        var types = new ReportTable($"Henvendelser til Hemithjelp {month}", [
            new ReportColumn("type", "Type", Display: code => TypeName(code as string)),
            new ReportColumn("count", month, ColumnAlignment.Right),
            new ReportColumn("same_month_last_year", lastYear, ColumnAlignment.Right),
            new ReportColumn("change_percent", "Endring", ColumnAlignment.Right, Percent),
        ]);
        foreach (var t in response.TicketsByType)
        {
            types.AddRow(t.Type == TicketType.Unspecified, TypeCode(t.Type), t.Count, t.SameMonthLastYear, Value(t.ChangePercent));
        }

        var deadlines = new ReportTable($"Løsningsgrad innen frist {month}", [
            new ReportColumn("priority", "Prioritet", Display: p => p is 0 ? "Totalt" : DisplayFormats.Plain(p)),
            new ReportColumn("resolved", "Løste", ColumnAlignment.Right),
            new ReportColumn("within_deadline", "Innen frist", ColumnAlignment.Right),
            new ReportColumn("rate_percent", "Løsningsgrad", ColumnAlignment.Right, Percent),
            new ReportColumn("target_percent", "Mål", ColumnAlignment.Right, Percent),
            new ReportColumn("target_met", "Nådd", Display: Reached),
        ]);
        foreach (var d in response.DeadlineResolution)
        {
            deadlines.AddRow(d.Priority == 0, d.Priority, d.Resolved, d.WithinDeadline, Value(d.RatePercent), Value(d.TargetPercent), d.TargetMet);
        }

        var firstLine = new ReportTable($"1. linje løsningsgrad {month}", [
            new ReportColumn("resolved", "Løste", ColumnAlignment.Right),
            new ReportColumn("first_line", "Løst av 1. linje", ColumnAlignment.Right),
            new ReportColumn("rate_percent", "Løsningsgrad", ColumnAlignment.Right, Percent),
            new ReportColumn("target_percent", "Mål", ColumnAlignment.Right, Percent),
            new ReportColumn("target_met", "Nådd", Display: Reached),
        ]);
        var f = response.FirstLine;
        firstLine.AddRow(f.Resolved, f.FirstLine, Value(f.RatePercent), Value(f.TargetPercent), f.TargetMet);

        var services = new ReportTable($"Tjenester med flest saker {month}", [
            new ReportColumn("service", "Tjeneste"),
            new ReportColumn("count", "Saker", ColumnAlignment.Right),
        ]);
        foreach (var s in response.TopServices)
        {
            services.AddRow(s.Service, s.Count);
        }

        var backlog = new ReportTable($"Backlogg ved utgangen av {month} (åpne saker over frist)", [
            new ReportColumn("service", "Tjeneste"),
            new ReportColumn("responsible", "Ansvarlig"),
            new ReportColumn("count", "Saker", ColumnAlignment.Right),
        ]);
        foreach (var b in response.Backlog)
        {
            backlog.AddRow(b.Service, b.Responsible, b.Count);
        }

        var calls = new ReportTable($"Telefoni {month}", [
            new ReportColumn("answered", $"Besvarte {month}", ColumnAlignment.Right),
            new ReportColumn("same_month_last_year", lastYear, ColumnAlignment.Right),
            new ReportColumn("change_percent", "Endring", ColumnAlignment.Right, Percent),
            new ReportColumn("average_wait_seconds", "Snitt ventetid (s)", ColumnAlignment.Right, Seconds),
            new ReportColumn("target_wait_seconds", "Mål (s)", ColumnAlignment.Right, Seconds),
            new ReportColumn("target_met", "Nådd", Display: Reached),
        ]);
        var c = response.Calls ?? new CallFigures();
        calls.AddRow(c.Answered, c.SameMonthLastYear, Value(c.ChangePercent), Value(c.AverageWaitSeconds), Value(c.TargetWaitSeconds), c.TargetMet);

        return [types, deadlines, firstLine, services, backlog, calls];
    }

    private static decimal? Value(Decimal? value) => value?.ToDecimal();

    /// <summary>Whole seconds, as the board paper prints the wait: 64.2 → "64".</summary>
    private static string Seconds(object? value) => value is decimal d ? DisplayFormats.Default(Math.Round(d, 0, MidpointRounding.AwayFromZero)) : DisplayFormats.Default(value);

    private static string Reached(object? met) => met is true ? "ja" : "nei";

    /// <summary>The code csv and json carry; the total line's is "total".</summary>
    private static string TypeCode(TicketType type) => type switch
    {
        TicketType.Incident => "incident",
        TicketType.Support => "support",
        TicketType.Order => "order",
        _ => "total",
    };

    private static string TypeName(string? code) => code switch
    {
        "incident" => "Feil",
        "support" => "Støttesaker",
        "order" => "Bestillinger",
        "total" => "Totalt",
        _ => code ?? string.Empty,
    };
}

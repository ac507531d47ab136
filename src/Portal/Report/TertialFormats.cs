using System.Globalization;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Portal.Report;

/// <summary>The tertial report's words as the board reads them: assignment status and risk, why an assignment is shown, risk trend.</summary>
public static class TertialFormats
{
    public static string Status(AssignmentStatus status) => status switch
    {
        AssignmentStatus.InProgress => "Pågår",
        AssignmentStatus.Completed => "Fullført",
        _ => "Ikke startet",
    };

    public static string Risk(GoalRisk risk) => risk switch
    {
        GoalRisk.Low => "Lav",
        GoalRisk.Medium => "Middels",
        GoalRisk.High => "Høy",
        _ => "Ikke vurdert",
    };

    public static string Reason(AssignmentInclusion reason) => reason switch
    {
        AssignmentInclusion.Selected => "valgt for tertialrapportering",
        AssignmentInclusion.HighRisk => "høy risiko for at målet ikke nås",
        AssignmentInclusion.DeadlinePassed => "fristen er passert",
        _ => string.Empty,
    };

    public static string Trend(Risk risk) => risk.Trend switch
    {
        RiskTrend.Up => $"Økt (fra {risk.PreviousScore})",
        RiskTrend.Down => $"Redusert (fra {risk.PreviousScore})",
        RiskTrend.Unchanged => "Uendret",
        _ => "Ny",
    };

    /// <summary>Low (1-4), medium (5-12) or high (15-25): the matrix's colours.</summary>
    public static string ScoreBand(int score) => score switch
    {
        >= 15 => "high",
        >= 5 => "medium",
        _ => "low",
    };

    /// <summary>An ISO date as the board writes it (01.06.2025); empty without one.</summary>
    public static string Date(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : string.Empty;

    public static string Money(Hemit.Contracts.Common.V1.Money? amount) =>
        amount is null ? BoardFormats.Missing : BoardFormats.Thousands(amount.ToDecimal());

    public static string PerYear(FigureUnit unit) => unit == FigureUnit.Hours ? "timer per år" : "kr per år";
}

using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Governance.Assignments;
using Hemit.Governance.Calendar;
using Hemit.Governance.Grpc;
using Hemit.Governance.Risks;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>
/// Compiles a tertial report (the owner's appendix 1, "Tertialvis statusrapport"): the monthly report of the tertial's
/// last month, plus the register's top ten risks, the assignments selected for tertial reporting and any other likely
/// to miss, finance's investments over 100 MNOK and the projects service's benefits. The sources are asked at once;
/// every verdict (over 100 MNOK, a benefit met) is the owning service's. Final only when the monthly report is final and
/// finance and projects answered here too.
/// </summary>
public sealed class TertialReportCompiler(
    StatusReportCompiler monthly, RiskRegistry risks, OwnerAssignments assignments, FinanceService.FinanceServiceClient finance,
    ProjectsService.ProjectsServiceClient projects, SourceCalls calls, TimeProvider time)
{
    public async Task<Wire.TertialReport> CompileAsync(Tertial tertial, CancellationToken cancellationToken)
    {
        // Governance's own records first: the database context takes one query at a time, and the monthly compilation uses it too.
        var register = await risks.RegisterAsync(tertial, cancellationToken);
        var selected = TertialSelection.For(tertial, await assignments.ListAsync(tertial.Year, cancellationToken));

        var lastMonth = Period.Of(tertial.Year, tertial.End.Month);
        var investmentsCall = calls.AskAsync(FinanceSource.Name,
            call => finance.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = tertial.Year }, call()).ResponseAsync, cancellationToken);
        var benefitsCall = calls.AskAsync(ProjectsSource.Name,
            call => projects.GetBenefitsAsync(new GetBenefitsRequest { Year = tertial.Year }, call()).ResponseAsync, cancellationToken);
        var monthlyReport = await monthly.CompileAsync(lastMonth, cancellationToken);
        var (investments, benefits) = (Investments(await investmentsCall), Benefits(await benefitsCall));

        var report = new Wire.TertialReport
        {
            Tertial = tertial.ToString(),
            Title = Title(tertial),
            CompiledAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
            Monthly = monthlyReport,
            Risks = new Wire.TertialRisks { TopRisks = { register.TopTen.Select(r => r.ToWire()) }, Matrix = { register.Matrix() } },
            Assignments = new Wire.TertialAssignments { Assignments = { selected.Select(ToWire) } },
            Investments = investments,
            Benefits = benefits,
        };
        var final = monthlyReport.State == Wire.StatusReportState.Final && investments.Available && benefits.Available;
        report.State = final ? Wire.StatusReportState.Final : Wire.StatusReportState.Draft;
        return report;
    }

    private static readonly string[] Ordinals = ["1.", "2.", "3."];

    /// <summary>"Tertialrapport 2. tertial 2025".</summary>
    public static string Title(Tertial tertial) => $"Tertialrapport {Ordinals[tertial.Number - 1]} tertial {tertial.Year}";

    private static Wire.TertialAssignment ToWire(TertialAssignment shown) => new()
    {
        Code = shown.Assignment.Code,
        Title = shown.Assignment.Title,
        Deadline = BoardCalendar.IsoText(shown.Assignment.Deadline),
        Role = (Wire.HemitRole)(int)shown.Assignment.Role,
        Status = (Wire.AssignmentStatus)(int)shown.Status,
        Risk = (Wire.GoalRisk)(int)(shown.Standing?.Risk ?? 0),
        Comment = shown.Standing?.Comment ?? string.Empty,
        ReportedFor = shown.Standing is { } standing ? new Tertial(standing.Year, standing.Tertial).ToString() : string.Empty,
        Reasons = { shown.Reasons.Select(r => (Wire.AssignmentInclusion)(int)r) },
    };

    /// <summary>The items finance reports each tertial (its own rule: budget over 100 MNOK), as finance computed them.</summary>
    private static Wire.TertialInvestments Investments(SourceAnswer<GetInvestmentPortfolioResponse> answer)
    {
        if (answer.Value is not { } portfolio)
        {
            return new Wire.TertialInvestments { UnavailableReason = Unavailable(FinanceSource.Name, answer.Problem) };
        }

        var items = portfolio.Lines.Where(l => !l.IsSum && l.ReportedEachTertial).ToList();
        var section = new Wire.TertialInvestments { Available = true, AnswerVersion = SourceContribution.VersionOf([portfolio]) };
        section.Investments.AddRange(items.Select(l =>
        {
            var investment = new Wire.TertialInvestment
            {
                Portfolio = FinanceSource.PortfolioName(l.Portfolio), Item = l.Item, LongTermBudget = l.LongTermBudget, Budget = l.Budget,
                SpentToDate = l.SpentToDate, Forecast = l.Forecast,
            };
            if (l.HasConsumptionPercent)
            {
                investment.ConsumptionPercent = l.ConsumptionPercent;
            }

            return investment;
        }));
        section.Chart = Figures.Chart("investments_over_100_mnok", $"Investeringer over 100 mill. kr {portfolio.Year}: budsjett, påløpt og prognose",
            Wire.FigureUnit.Nok, 0, bars: true, items.Select(l => l.Item),
            Figures.Series("Budsjett", items.Select(l => Figures.Value(l.Budget)), reference: true),
            Figures.Series("Påløpt hittil i år", items.Select(l => Figures.Value(l.SpentToDate))),
            Figures.Series("Prognose", items.Select(l => Figures.Value(l.Forecast))));
        return section;
    }

    private static Wire.TertialBenefits Benefits(SourceAnswer<GetBenefitsResponse> answer)
    {
        if (answer.Value is not { } figures)
        {
            return new Wire.TertialBenefits { UnavailableReason = Unavailable(ProjectsSource.Name, answer.Problem) };
        }

        var section = new Wire.TertialBenefits { Available = true, AnswerVersion = SourceContribution.VersionOf([figures]) };
        section.Benefits.AddRange(figures.Benefits.Select(b => new Wire.TertialBenefit
        {
            BenefitId = b.BenefitId,
            ProjectId = b.ProjectId,
            Source = b.Source,
            Description = b.Description,
            Unit = Unit(b.Unit),
            Expected = b.Expected,
            Realised = b.Realised,
            RealisedPercent = b.RealisedPercent,
            Status = ProjectsSource.Status(b.Status),
        }));
        section.Totals.AddRange(figures.Totals.Select(t => new Wire.TertialBenefitTotal
        {
            Unit = Unit(t.Unit),
            Expected = t.Expected,
            Realised = t.Realised,
            RealisedPercent = t.RealisedPercent,
            Status = ProjectsSource.Status(t.Status),
            Benefits = t.Benefits,
            Measured = t.Measured,
        }));
        var inNok = figures.Benefits.Where(b => b.Unit == BenefitUnit.NokPerYear).ToList();
        section.Chart = Figures.Chart("benefits_nok", $"Gevinster {figures.Year} i kroner: forventet og realisert",
            Wire.FigureUnit.Nok, 0, bars: true, inNok.Select(b => $"{b.Source}: {b.Description}"),
            Figures.Series("Forventet", inNok.Select(b => Figures.Value(b.Expected)), reference: true),
            Figures.Series("Realisert", inNok.Select(b => Figures.Value(b.Realised))));
        return section;
    }

    private static Wire.FigureUnit Unit(BenefitUnit unit) => unit == BenefitUnit.HoursPerYear ? Wire.FigureUnit.Hours : Wire.FigureUnit.Nok;

    private static string Unavailable(string source, string? problem) => $"Ikke tilgjengelig: {source} {problem}.";
}

using Hemit.Contracts.Common.V1;
using Hemit.HrMetrics.SickLeave;
using Wire = Hemit.Contracts.HrMetrics.V1;
using WireDecimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Grpc;

/// <summary>Section 2.1 in its wire shape: quantities as fixed-point decimals, missing months absent.</summary>
public static class SickLeaveMapping
{
    public static Wire.GetSickLeaveResponse ToResponse(this SickLeaveSummary summary)
    {
        var threshold = summary.UnitsOverThreshold;
        var wireThreshold = new Wire.UnitsOverThreshold
        {
            ThresholdPercent = WireDecimal.FromDecimal(threshold.ThresholdPercent),
            BaselineYear = threshold.BaselineYear,
            ThisYear = threshold.ThisYear,
            Baseline = threshold.Baseline,
            ChangePercent = threshold.ChangePercent.ToWireDecimal(),
        };
        wireThreshold.Units.AddRange(threshold.Units.Select(u => new Wire.UnitRate { Unit = u.Unit, Figure = u.Figure.ToWire() }));

        var response = new Wire.GetSickLeaveResponse
        {
            Year = summary.Year,
            Unit = summary.Unit,
            TargetPercent = WireDecimal.FromDecimal(summary.TargetPercent),
            ThroughMonth = summary.ThroughMonth,
            YearToDate = summary.YearToDate?.ToWire(),
            PreviousYearSamePeriod = summary.PreviousYearSamePeriod?.ToWire(),
            PreviousYearTotal = summary.PreviousYearTotal?.ToWire(),
            UnitsOverThreshold = wireThreshold,
        };
        foreach (var month in summary.Months)
        {
            var wire = new Wire.SickLeaveMonth
            {
                Month = month.Month,
                ThisYear = month.ThisYear?.ToWire(),
                PreviousYear = month.PreviousYear?.ToWire(),
                UnitsReporting = month.UnitsReporting,
            };
            if (month.UnitsOverThreshold is { } units)
            {
                wire.UnitsOverThreshold = units;
            }

            if (month.UnitsOverThresholdPreviousYear is { } unitsBefore)
            {
                wire.UnitsOverThresholdPreviousYear = unitsBefore;
            }

            response.Months.Add(wire);
        }

        return response;
    }

    public static Wire.SickLeaveFigure ToWire(this SickLeaveFigure figure) => new()
    {
        AgreedWorkDays = WireDecimal.FromDecimal(figure.Tally.AgreedWorkDays),
        SickLeaveDays = WireDecimal.FromDecimal(figure.Tally.SickLeaveDays),
        SelfCertifiedDays = WireDecimal.FromDecimal(figure.Tally.SelfCertifiedDays),
        Percent = WireDecimal.FromDecimal(figure.Percent),
        SelfCertifiedPercent = WireDecimal.FromDecimal(figure.Tally.SelfCertifiedPercent!.Value),
        MeetsTarget = figure.MeetsTarget,
    };
}

using Hemit.Contracts.Common.V1;
using Hemit.HrMetrics.WorkingTime;
using Wire = Hemit.Contracts.HrMetrics.V1;
using WireDecimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Grpc;

/// <summary>Section 2.2 in its wire shape; a month without figures leaves its count absent.</summary>
public static class WorkingTimeMapping
{
    public static Wire.GetWorkingTimeViolationsResponse ToResponse(this WorkingTimeViolationSummary summary)
    {
        var indicator = summary.Indicator;
        var response = new Wire.GetWorkingTimeViolationsResponse
        {
            Year = summary.Year,
            Unit = summary.Unit,
            ThroughMonth = summary.ThroughMonth,
            Indicator = new Wire.ReductionIndicator
            {
                BaselineYear = indicator.BaselineYear,
                YearToDate = indicator.YearToDate,
                BaselineSamePeriod = indicator.BaselineSamePeriod,
                BaselineFullYear = indicator.BaselineFullYear,
                RequiredReductionPercent = WireDecimal.FromDecimal(indicator.RequiredReductionPercent),
                ChangePercent = indicator.ChangePercent.ToWireDecimal(),
                AllowedYearToDate = WireDecimal.FromDecimal(indicator.AllowedYearToDate),
                AllowedFullYear = WireDecimal.FromDecimal(indicator.AllowedFullYear),
                OnTrack = indicator.OnTrack,
            },
        };
        foreach (var month in summary.Months)
        {
            var wire = new Wire.ViolationMonth { Month = month.Month, HasFigures = month.ThisYear is not null };
            if (month.ThisYear is { } count)
            {
                wire.ThisYear = count;
            }

            if (month.Baseline is { } baseline)
            {
                wire.Baseline = baseline;
            }

            response.Months.Add(wire);
        }

        response.ByUnit.AddRange(summary.ByUnit.Select(c => new Wire.ViolationCount { Key = c.Key, Period = c.Period, YearToDate = c.YearToDate }));
        response.ByRule.AddRange(summary.ByRule.Select(c => new Wire.ViolationCount { Rule = c.Key.ToWire(), Period = c.Period, YearToDate = c.YearToDate }));
        response.ByCause.AddRange(summary.ByCause.Select(c => new Wire.ViolationCount { Cause = c.Key.ToWire(), Period = c.Period, YearToDate = c.YearToDate }));
        return response;
    }
}

using Hemit.Contracts.Common.V1;
using Hemit.HrMetrics.Indicators;
using Wire = Hemit.Contracts.HrMetrics.V1;

namespace Hemit.HrMetrics.Grpc;

/// <summary>The owner's indicators in their wire shape; figures that do not exist stay absent.</summary>
public static class IndicatorMapping
{
    public static Wire.GetIndicatorsResponse ToResponse(this IEnumerable<IndicatorFigures> indicators)
    {
        var response = new Wire.GetIndicatorsResponse();
        response.Indicators.AddRange(indicators.Select(i => new Wire.Indicator
        {
            Code = i.Code,
            Name = i.Name,
            Reference = i.Reference,
            Measure = i.Measure == IndicatorMeasure.Percent ? Wire.IndicatorMeasure.Percent : Wire.IndicatorMeasure.Count,
            Year = i.Year,
            ThroughMonth = i.ThroughMonth,
            BaselineYear = i.BaselineYear,
            Value = i.Value.ToWireDecimal(),
            BaselineValue = i.BaselineValue.ToWireDecimal(),
            ChangePercent = i.ChangePercent.ToWireDecimal(),
            RequiredChangePercent = i.RequiredChangePercent.ToWireDecimal(),
            TargetValue = i.TargetValue.ToWireDecimal(),
            OnTrack = i.OnTrack,
            HasFigures = i.HasFigures,
        }));
        return response;
    }
}

namespace Hemit.HrMetrics.Indicators;

/// <summary>The levels sick leave is judged against; bound from configuration section <c>HrMetrics:Targets</c>.</summary>
public sealed class HrTargetOptions
{
    public const string Section = "HrMetrics:Targets";

    /// <summary>Hemit's own goal: sykefravær under 5 %.</summary>
    public decimal SickLeaveTargetPercent { get; set; } = 5m;

    /// <summary>A unit counts as having high sick leave above this rate (the owner's indicator: over 10 %).</summary>
    public decimal UnitThresholdPercent { get; set; } = 10m;

    /// <summary>Owner's 2025 indicator: units over the threshold down 10 % against the baseline year.</summary>
    public decimal UnitsOverThresholdReductionPercent { get; set; } = 10m;

    /// <summary>Owner's 2025 indicator: working-time violations down 20 % against the baseline year.</summary>
    public decimal WorkingTimeViolationReductionPercent { get; set; } = 20m;

    /// <summary>The owner's assignment on sick leave the indicator reports under.</summary>
    public string SickLeaveAssignment { get; set; } = "HMN25-021";
}

namespace Hemit.Finance.Budgets;

/// <summary>The flat efficiency cut (effektiviseringskrav) set for a budget year, in hundredths of a percent.</summary>
public sealed class EfficiencyCut
{
    public int BudgetYear { get; set; }

    public int CutBasisPoints { get; set; }
}

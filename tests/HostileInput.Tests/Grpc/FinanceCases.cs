using Grpc.Core;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using CategoryBudgetEntry = Hemit.Finance.Budgets.CategoryBudgetEntry;
using ServiceAreaBudgetEntry = Hemit.Finance.Budgets.ServiceAreaBudgetEntry;
using ServiceAreaBudget = Hemit.Contracts.Finance.V1.ServiceAreaBudget;
using ServiceAreaBudgetAdjustment = Hemit.Contracts.Finance.V1.ServiceAreaBudgetAdjustment;
using StoredAdjustment = Hemit.Finance.Budgets.ServiceAreaBudgetAdjustment;
using CostMeasureEntry = Hemit.Finance.CostMeasures.CostMeasureEntry;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using InvestmentEntry = Hemit.Finance.Investments.InvestmentEntry;
using LedgerEntry = Hemit.Finance.Ledger.LedgerEntry;
using Hemit.HostileInput.Tests.Support;

namespace Hemit.HostileInput.Tests.Grpc;

/// <summary>Finance's six imports: ledger, category and service-area budgets, adjustments, investments, cost measures.</summary>
public static class FinanceCases
{
    private static Money Nok(decimal amount) => Money.FromDecimal(amount);

    private static readonly Money ThreeDecimals = new() { Units = 1, Nanos = 5_000_000 };
    private static readonly Money OutOfRange = new() { Units = 10_000_000_000_000_000, Nanos = 0 };
    private static readonly Money MixedSigns = new() { Units = 5, Nanos = -500_000_000 };

    public static readonly Ingest<LedgerLine> Ledger = new()
    {
        EntryPoint = "finance.ImportLedgerLines",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.FinanceClient.ImportLedgerLines(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<LedgerLine>.Count<FinanceGrpcService, FinanceDbContext, LedgerEntry>(h => h.Finance),
        Valid = seed =>
        [
            new() { Period = Period.Of(2000 + seed, 1), Line = "salaries_permanent", Scenario = Scenario.Actual, Amount = Nok(1_234_567.89m) },
            new() { Period = Period.Of(2000 + seed, 2), Line = "salaries_permanent", Scenario = Scenario.Budget, Amount = Nok(-100m) },
            new() { Period = Period.Of(2000 + seed, 3), Line = "earmarked_grants", Scenario = Scenario.Actual, Amount = Nok(0.5m) },
        ],
    };

    /// <summary>The same lines through the batch method, rows spread over several messages.</summary>
    public static readonly Ingest<LedgerLine> LedgerBatches = new()
    {
        EntryPoint = "finance.ImportLedgerLineBatches",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.FinanceClient.ImportLedgerLineBatches(deadline: Streams.Deadline),
            Streams.InBatches(rows, lines => new LedgerLineBatch { Lines = { lines } })),
        CountAsync = Ledger.CountAsync,
        Valid = Ledger.Valid,
    };

    public static readonly Ingest<CategoryBudget> CategoryBudgets = new()
    {
        EntryPoint = "finance.ImportCategoryBudgets",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.FinanceClient.ImportCategoryBudgets(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<CategoryBudget>.Count<FinanceGrpcService, FinanceDbContext, CategoryBudgetEntry>(h => h.Finance),
        Valid = seed =>
        [
            new() { BudgetYear = 2000 + seed, Category = "service_agreement", Budget = Nok(899_509_000m), PreviousBudget = Nok(881_342_000m) },
            new() { BudgetYear = 2000 + seed, Category = "operations_lo", Budget = Nok(34_210_000m) },
            new() { BudgetYear = 2000 + seed, Category = "regional_project_portfolio", Budget = Nok(74_321_000.5m), PreviousForecast = Nok(0m) },
        ],
    };

    public static readonly Ingest<ServiceAreaBudget> ServiceAreaBudgets = new()
    {
        EntryPoint = "finance.ImportServiceAreaBudgets",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.FinanceClient.ImportServiceAreaBudgets(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<ServiceAreaBudget>.Count<FinanceGrpcService, FinanceDbContext, ServiceAreaBudgetEntry>(h => h.Finance),
        Valid = seed =>
        [
            new() { BudgetYear = 2000 + seed, Area = "clinical_support", Budget = Nok(120_000_000m) },
            new() { BudgetYear = 2000 + seed, Area = "advisory", PreviousBudget = Nok(10_000_000m), Budget = Nok(11_000_000m) },
            new() { BudgetYear = 2000 + seed, Area = "patient_treatment", LongTermBudget = Nok(50_000_000m) },
        ],
    };

    public static readonly Ingest<ServiceAreaBudgetAdjustment> Adjustments = new()
    {
        EntryPoint = "finance.ImportServiceAreaBudgetAdjustments",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.FinanceClient.ImportServiceAreaBudgetAdjustments(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<ServiceAreaBudgetAdjustment>.Count<FinanceGrpcService, FinanceDbContext, StoredAdjustment>(h => h.Finance),
        Valid = seed =>
        [
            new() { BudgetYear = 2000 + seed, Area = "clinical_support", Amount = Nok(1_500_000m), Reason = "Økning anbefalt av lederforum LØ" },
            new() { BudgetYear = 2000 + seed, Area = "advisory", Amount = Nok(-250_000.25m), Reason = "Nedjustering etter årsoppgjør på Tiller" },
            new() { BudgetYear = 2000 + seed, Area = "clinical_support", Amount = Nok(10m), Reason = "Lønnsoppgjør for fagområde å" },
        ],
    };

    public static readonly Ingest<Investment> Investments = new()
    {
        EntryPoint = "finance.ImportInvestments",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.FinanceClient.ImportInvestments(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<Investment>.Count<FinanceGrpcService, FinanceDbContext, InvestmentEntry>(h => h.Finance),
        Valid = seed =>
        [
            new() { Year = 2000 + seed, Portfolio = InvestmentPortfolio.ProgrammeAreas, Item = "Klinisk støtte og pasientbehandling", Budget = Nok(120_000_000m), SpentToDate = Nok(1m) },
            new() { Year = 2000 + seed, Portfolio = InvestmentPortfolio.Infrastructure, Item = "Drift og infrastruktur", Budget = Nok(45_000_000m) },
            new() { Year = 2000 + seed, Portfolio = InvestmentPortfolio.Infrastructure, Item = "Nettverk på Ørland", Budget = Nok(3_000_000.75m), Forecast = Nok(2m) },
        ],
    };

    public static readonly Ingest<CostMeasure> CostMeasures = new()
    {
        EntryPoint = "finance.ImportCostMeasures",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.FinanceClient.ImportCostMeasures(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<CostMeasure>.Count<FinanceGrpcService, FinanceDbContext, CostMeasureEntry>(h => h.Finance),
        Valid = seed =>
        [
            new() { Year = 2000 + seed, Activity = "Felles innkjøp av lisenser", Status = "Pågår", GainUnit = GainUnit.Nok, GainLow = Nok(1_000_000m), GainHigh = Nok(2_000_000m), NextStep = "Forhandling med leverandør i år" },
            new() { Year = 2000 + seed, Activity = "Færre skrivere på sykehusene", Status = "Utredes", GainUnit = GainUnit.Percent, GainLowBasisPoints = 150, GainHighBasisPoints = 300, GainPercentOf = Nok(10_000_000m) },
            new() { Year = 2000 + seed, Activity = "Økt selvbetjening", Status = "Ikke startet", GainUnit = GainUnit.Uncertain },
        ],
    };

    public static IEnumerable<IIngestCase> All =>
    [
        Ledger.Refuses("zero-record stream", rows => rows.Clear(), "lines"),
        Ledger.Refuses("missing period", Ingest<LedgerLine>.At(1, r => r.Period = null), "lines[1].period"),
        Ledger.Refuses("month 13", Ingest<LedgerLine>.At(1, r => r.Period = Period.Of(2021, 13)), "lines[1].period"),
        Ledger.Refuses("year 3000", Ingest<LedgerLine>.At(2, r => r.Period = Period.Of(3000, 1)), "lines[2].period"),
        Ledger.Refuses("unknown line code", Ingest<LedgerLine>.At(1, r => r.Line = "lønn_og_sånt"), "lines[1].line"),
        Ledger.Refuses("sum line pushed", Ingest<LedgerLine>.At(0, r => r.Line = "total_operating_revenue"), "lines[0].line"),
        Ledger.Refuses("empty line code", Ingest<LedgerLine>.At(1, r => r.Line = ""), "lines[1].line"),
        Ledger.Refuses("line code with NUL", Ingest<LedgerLine>.At(1, r => r.Line = "salaries\0permanent"), "lines[1].line"),
        Ledger.Refuses("unknown scenario enum", Ingest<LedgerLine>.At(1, r => r.Scenario = (Scenario)42), "lines[1].scenario"),
        Ledger.Refuses("missing scenario", Ingest<LedgerLine>.At(2, r => r.Scenario = Scenario.Unspecified), "lines[2].scenario"),
        Ledger.Refuses("missing amount", Ingest<LedgerLine>.At(1, r => r.Amount = null), "lines[1].amount"),
        Ledger.Refuses("amount with three decimals", Ingest<LedgerLine>.At(1, r => r.Amount = ThreeDecimals), "lines[1].amount"),
        Ledger.Refuses("amount out of range", Ingest<LedgerLine>.At(1, r => r.Amount = OutOfRange), "lines[1].amount"),
        Ledger.Refuses("amount with mixed signs", Ingest<LedgerLine>.At(1, r => r.Amount = MixedSigns), "lines[1].amount"),
        Ledger.Refuses("duplicate key in one batch", rows => rows[2] = rows[0].Clone(), "lines[2].line"),
        Ledger.Refuses("closed month", Ingest<LedgerLine>.At(1, r => r.Period = IngestHosts.ClosedMonth), "lines[1].period", StatusCode.FailedPrecondition),
        LedgerBatches.Refuses("zero-record stream", rows => rows.Clear(), "lines"),
        LedgerBatches.Refuses("missing period in the first message", Ingest<LedgerLine>.At(1, r => r.Period = null), "lines[1].period"),
        LedgerBatches.Refuses("year 3000 in the last message", Ingest<LedgerLine>.At(2, r => r.Period = Period.Of(3000, 1)), "lines[2].period"),
        LedgerBatches.Refuses("unknown line code in the last message", Ingest<LedgerLine>.At(2, r => r.Line = "lønn_og_sånt"), "lines[2].line"),
        LedgerBatches.Refuses("duplicate key across messages", rows => rows[2] = rows[0].Clone(), "lines[2].line"),
        LedgerBatches.Refuses("closed month", Ingest<LedgerLine>.At(2, r => r.Period = IngestHosts.ClosedMonth), "lines[2].period", StatusCode.FailedPrecondition),

        CategoryBudgets.Refuses("zero-record stream", rows => rows.Clear(), "category_budgets"),
        CategoryBudgets.Refuses("missing year", Ingest<CategoryBudget>.At(1, r => r.BudgetYear = 0), "category_budgets[1].budget_year"),
        CategoryBudgets.Refuses("year 1899", Ingest<CategoryBudget>.At(1, r => r.BudgetYear = 1899), "category_budgets[1].budget_year"),
        CategoryBudgets.Refuses("unknown category", Ingest<CategoryBudget>.At(1, r => r.Category = "kaffe"), "category_budgets[1].category"),
        CategoryBudgets.Refuses("missing budget", Ingest<CategoryBudget>.At(1, r => r.Budget = null), "category_budgets[1].budget"),
        CategoryBudgets.Refuses("previous budget with three decimals", Ingest<CategoryBudget>.At(0, r => r.PreviousBudget = ThreeDecimals), "category_budgets[0].previous_budget"),
        CategoryBudgets.Refuses("duplicate category in one batch", rows => rows[1].Category = rows[0].Category, "category_budgets[1].category"),

        ServiceAreaBudgets.Refuses("zero-record stream", rows => rows.Clear(), "service_area_budgets"),
        ServiceAreaBudgets.Refuses("unknown area", Ingest<ServiceAreaBudget>.At(1, r => r.Area = "Kantine"), "service_area_budgets[1].area"),
        ServiceAreaBudgets.Refuses("row without any amount", Ingest<ServiceAreaBudget>.At(2, r => r.LongTermBudget = null), "service_area_budgets[2].budget"),
        ServiceAreaBudgets.Refuses("budget out of range", Ingest<ServiceAreaBudget>.At(0, r => r.Budget = OutOfRange), "service_area_budgets[0].budget"),
        ServiceAreaBudgets.Refuses("duplicate area in one batch", rows => rows[2].Area = rows[1].Area, "service_area_budgets[2].area"),

        Adjustments.Refuses("zero-record stream", rows => rows.Clear(), "service_area_budget_adjustments"),
        Adjustments.Refuses("missing reason", Ingest<ServiceAreaBudgetAdjustment>.At(1, r => r.Reason = " "), "service_area_budget_adjustments[1].reason"),
        Adjustments.Refuses("over-long reason", Ingest<ServiceAreaBudgetAdjustment>.At(1, r => r.Reason = BadText.TooLong), "service_area_budget_adjustments[1].reason"),
        Adjustments.Refuses("reason with NUL", Ingest<ServiceAreaBudgetAdjustment>.At(1, r => r.Reason = BadText.Nul), "service_area_budget_adjustments[1].reason"),
        Adjustments.Refuses("reason naming a person's e-mail", Ingest<ServiceAreaBudgetAdjustment>.At(0, r => r.Reason = "Avtalt med " + BadText.EmailAddress), "service_area_budget_adjustments[0].reason"),
        Adjustments.Refuses("amount with three decimals", Ingest<ServiceAreaBudgetAdjustment>.At(2, r => r.Amount = ThreeDecimals), "service_area_budget_adjustments[2].amount"),
        Adjustments.Refuses("duplicate year, area and reason", rows => rows[2].Reason = rows[0].Reason, "service_area_budget_adjustments[2].reason"),

        Investments.Refuses("zero-record stream", rows => rows.Clear(), "investments"),
        Investments.Refuses("unknown portfolio enum", Ingest<Investment>.At(1, r => r.Portfolio = (InvestmentPortfolio)9), "investments[1].portfolio"),
        Investments.Refuses("item with a national identity number", Ingest<Investment>.At(1, r => r.Item = BadText.NationalIdentityNumber), "investments[1].item"),
        Investments.Refuses("item with a control character", Ingest<Investment>.At(2, r => r.Item = BadText.ControlCharacter), "investments[2].item"),
        Investments.Refuses("over-long item", Ingest<Investment>.At(0, r => r.Item = BadText.TooLong), "investments[0].item"),
        Investments.Refuses("spent with mixed signs", Ingest<Investment>.At(0, r => r.SpentToDate = MixedSigns), "investments[0].spent_to_date"),
        Investments.Refuses("duplicate item in one batch", rows => { rows[2].Item = rows[1].Item; rows[2].Portfolio = rows[1].Portfolio; }, "investments[2].item"),

        CostMeasures.Refuses("zero-record stream", rows => rows.Clear(), "cost_measures"),
        CostMeasures.Refuses("missing activity", Ingest<CostMeasure>.At(1, r => r.Activity = ""), "cost_measures[1].activity"),
        CostMeasures.Refuses("status with an e-mail address", Ingest<CostMeasure>.At(0, r => r.Status = "Spør " + BadText.EmailAddress), "cost_measures[0].status"),
        CostMeasures.Refuses("next step with NUL", Ingest<CostMeasure>.At(0, r => r.NextStep = BadText.Nul), "cost_measures[0].next_step"),
        CostMeasures.Refuses("over-long status", Ingest<CostMeasure>.At(2, r => r.Status = BadText.TooLong), "cost_measures[2].status"),
        CostMeasures.Refuses("percent gain above 100", Ingest<CostMeasure>.At(1, r => r.GainHighBasisPoints = 10_001), "cost_measures[1].gain_high"),
        CostMeasures.Refuses("gain range high below low", Ingest<CostMeasure>.At(0, r => r.GainHigh = Nok(1m)), "cost_measures[0].gain_high"),
        CostMeasures.Refuses("unknown gain unit", Ingest<CostMeasure>.At(2, r => r.GainUnit = (GainUnit)17), "cost_measures[2].gain_unit"),
        CostMeasures.Refuses("duplicate activity in one batch", rows => rows[1].Activity = rows[0].Activity, "cost_measures[1].activity"),
    ];
}

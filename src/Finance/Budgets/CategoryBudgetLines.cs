using Hemit.Finance.IncomeStatements;
using static Hemit.Finance.IncomeStatements.ReportLine;
using static Hemit.Finance.IncomeStatements.SumTerm;

namespace Hemit.Finance.Budgets;

/// <summary>The budget per revenue and cost category ("Tabell 1" of the budget case), in the board paper's order.</summary>
public static class CategoryBudgetLines
{
    public static readonly ReportLineCatalogue Catalogue = new([
        Posted("service_agreement", "Tjenesteavtale", LineKind.Revenue),
        Posted("operations_lo", "Drift LØ", LineKind.Revenue),
        Posted("regional_project_portfolio", "Regional prosjektportefølje", LineKind.Revenue),
        Posted("hf_projects_and_work_orders", "HF-vise prosjekter og oppdrag", LineKind.Revenue),
        Posted("tphp_health_platform", "TPHP Helseplattformen", LineKind.Revenue),
        Posted("external_customers", "Eksterne kunder", LineKind.Revenue),
        Posted("equipment_sales", "Utstyrssalg", LineKind.Revenue),
        Posted("equipment_rental", "Utstyrsleie", LineKind.Revenue),
        Sum("total_revenue", "Sum inntekter", LineKind.Revenue,
            Plus("service_agreement"), Plus("operations_lo"), Plus("regional_project_portfolio"), Plus("hf_projects_and_work_orders"),
            Plus("tphp_health_platform"), Plus("external_customers"), Plus("equipment_sales"), Plus("equipment_rental")),
        Posted("personnel_costs", "Personalkostnader", LineKind.Cost),
        Posted("capitalised_payroll", "Aktiverte lønnsutgifter", LineKind.Cost),
        Posted("licence_costs", "Lisenskostnader (7600 og 6640)", LineKind.Cost),
        Posted("depreciation", "Avskrivinger", LineKind.Cost),
        Posted("line_rental", "Linjeleie", LineKind.Cost),
        Posted("consultants", "Konsulent (6750)", LineKind.Cost),
        Posted("other_costs", "Annet (kjøp av tjenester, husleie, utstyr, m.m.)", LineKind.Cost),
        Sum("total_operating_costs", "Sum driftskostnader", LineKind.Cost,
            Plus("personnel_costs"), Plus("capitalised_payroll"), Plus("licence_costs"), Plus("depreciation"),
            Plus("line_rental"), Plus("consultants"), Plus("other_costs")),
        Sum("operating_result", "DRIFTSRESULTAT", LineKind.Result, Plus("total_revenue"), Minus("total_operating_costs")),
        Posted("net_financial_items", "Finansposter", LineKind.Cost),
        Sum("result", "RESULTAT", LineKind.Result, Plus("operating_result"), Minus("net_financial_items")),
    ]);
}

using static Hemit.Finance.IncomeStatements.ReportLine;
using static Hemit.Finance.IncomeStatements.SumTerm;

namespace Hemit.Finance.IncomeStatements;

/// <summary>The lines of "HEMIT - Resultatregnskap" in the board paper's order, with stable codes.</summary>
public static class IncomeStatementLines
{
    public const string OperatingResult = "operating_result";
    public const string OrdinaryResult = "ordinary_result";

    public static readonly ReportLineCatalogue Catalogue = new([
        Posted("earmarked_grants", "Andre øremerkede tilskudd", LineKind.Revenue),
        Posted("other_operating_revenue", "Andre driftsinntekter", LineKind.Revenue),
        Sum("total_operating_revenue", "SUM DRIFTSINNTEKTER", LineKind.Revenue, Plus("earmarked_grants"), Plus("other_operating_revenue")),
        Posted("salaries_permanent", "Lønn til fast ansatte", LineKind.Cost),
        Posted("capitalised_payroll", "Balanseføring av lønnskostnader", LineKind.Cost),
        Posted("overtime_and_temps", "Overtid og ekstrahjelp", LineKind.Cost),
        Posted("pension_incl_employer_tax", "Pensjon inkl arbeidsgiveravgift", LineKind.Cost),
        Posted("payroll_refunds", "Offentlige tilskudd og refusjoner vedr arbeidskraft", LineKind.Cost),
        Posted("other_payroll", "Annen lønn", LineKind.Cost),
        Sum("total_payroll_costs", "Sum lønnskostnader", LineKind.Cost,
            Plus("salaries_permanent"), Plus("capitalised_payroll"), Plus("overtime_and_temps"),
            Plus("pension_incl_employer_tax"), Plus("payroll_refunds"), Plus("other_payroll")),
        Posted("depreciation", "Avskrivninger", LineKind.Cost),
        Posted("other_operating_costs", "Andre driftskostnader", LineKind.Cost),
        Sum("total_other_operating_costs", "SUM ANDRE DRIFTSKOSTNADER", LineKind.Cost, Plus("depreciation"), Plus("other_operating_costs")),
        Sum("total_operating_costs", "SUM DRIFTSKOSTNADER", LineKind.Cost, Plus("total_payroll_costs"), Plus("total_other_operating_costs")),
        Sum(OperatingResult, "DRIFTSRESULTAT", LineKind.Result, Plus("total_operating_revenue"), Minus("total_operating_costs")),
        Posted("financial_income", "Finansinntekter", LineKind.Revenue),
        Posted("financial_costs", "Finanskostnader", LineKind.Cost),
        Sum("net_financial_result", "FINANSRESULTAT", LineKind.Result, Plus("financial_income"), Minus("financial_costs")),
        Sum(OrdinaryResult, "ORDINÆRT RESULTAT", LineKind.Result, Plus(OperatingResult), Plus("net_financial_result")),
    ]);
}

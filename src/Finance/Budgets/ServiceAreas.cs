namespace Hemit.Finance.Budgets;

/// <summary>A tjenesteområde: one of the ten areas the service budget (tjenestebudsjettet) is split in.</summary>
public sealed record ServiceArea(string Code, string Name);

public static class ServiceAreas
{
    public const string TotalCode = "total_service_areas";
    public const string TotalName = "Sum kostnader tjenesteområdet";

    /// <summary>The ten areas in the board paper's order.</summary>
    public static readonly IReadOnlyList<ServiceArea> All =
    [
        new("healthcare_administration", "Administrasjon av helsehjelp"),
        new("research_and_quality_improvement", "Forskning og kvalitetsforbedring"),
        new("clinical_support", "Klinisk støtte"),
        new("cost_reduction_measures", "Kostnadsreduserende tiltak"),
        new("logistics_and_finance", "Logistikk og økonomi"),
        new("new_services", "Nye tjenester"),
        new("patient_treatment", "Pasientbehandling"),
        new("advisory", "Rådgiving"),
        new("technology_and_infrastructure", "Teknologi og infrastruktur"),
        new("business_support_and_administration", "Virksomhetsstøtte og administrative tjenester"),
    ];

    public static ServiceArea? Find(string code) => All.FirstOrDefault(a => a.Code == code);
}

namespace Hemit.Contracts.Events.Finance;

/// <summary>The annual forecast (årsprognose) made in a month moved; figures are whole-year NOK.</summary>
/// <param name="Month">The month the forecast was made in.</param>
/// <param name="PreviousOrdinaryResultForecast">Prognose for ordinært resultat before the change.</param>
/// <param name="OrdinaryResultForecast">Prognose for ordinært resultat after the change.</param>
/// <param name="OperatingResultForecast">Prognose for driftsresultat after the change.</param>
public sealed record ForecastChanged(
    int Year,
    int Month,
    decimal PreviousOrdinaryResultForecast,
    decimal OrdinaryResultForecast,
    decimal OperatingResultForecast) : IntegrationEvent;

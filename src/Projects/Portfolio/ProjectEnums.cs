using Hemit.Projects.Reporting;

namespace Hemit.Projects.Portfolio;

/// <summary>Porteføljer, in the board paper's order.</summary>
public enum ProjectPortfolio
{
    RegionalEHealth,
    TrustSpecific,
    Infrastructure,
    Interregional,
    ExternalCustomer,
}

/// <summary>Faser, from idea to closed.</summary>
public enum ProjectPhase
{
    Concept,
    Planning,
    Execution,
    Closing,
    Closed,
}

/// <summary>A status colour for schedule (fremdrift), cost (kostnad) or scope (omfang).</summary>
public enum StatusColour
{
    Green,
    Yellow,
    Red,
}

public static class ProjectCodes
{
    public static readonly Codes<ProjectPortfolio> Portfolio = new(
        (ProjectPortfolio.RegionalEHealth, "regional_ehealth"),
        (ProjectPortfolio.TrustSpecific, "trust_specific"),
        (ProjectPortfolio.Infrastructure, "infrastructure"),
        (ProjectPortfolio.Interregional, "interregional"),
        (ProjectPortfolio.ExternalCustomer, "external_customer"));

    public static readonly Codes<ProjectPhase> Phase = new(
        (ProjectPhase.Concept, "concept"),
        (ProjectPhase.Planning, "planning"),
        (ProjectPhase.Execution, "execution"),
        (ProjectPhase.Closing, "closing"),
        (ProjectPhase.Closed, "closed"));

    public static readonly Codes<StatusColour> Colour = new(
        (StatusColour.Green, "green"),
        (StatusColour.Yellow, "yellow"),
        (StatusColour.Red, "red"));
}

namespace Hemit.Governance.Risks;

/// <summary>One risk in the register (topp ti risiko): what it is, who owns it (a role), and what is done about it.</summary>
public sealed class Risk
{
    public string Code { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public string Measures { get; set; } = string.Empty;

    public List<RiskAssessment> Assessments { get; set; } = [];
}

/// <summary>A tertial's judgement of a risk: probability (sannsynlighet) and consequence (konsekvens), each 1-5.</summary>
public sealed class RiskAssessment
{
    public string RiskCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Tertial { get; set; }

    public int Probability { get; set; }

    public int Consequence { get; set; }

    public int Score => RiskScore.Of(Probability, Consequence);
}

namespace Hemit.Finance.IncomeStatements;

/// <summary>Decides how a line's variance is signed so that a favourable deviation is positive.</summary>
public enum LineKind
{
    /// <summary>Inntekt: more than budget is good.</summary>
    Revenue,

    /// <summary>Kostnad: less than budget is good.</summary>
    Cost,

    /// <summary>Resultat: more than budget is good.</summary>
    Result,
}

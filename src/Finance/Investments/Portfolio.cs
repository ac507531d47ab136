namespace Hemit.Finance.Investments;

/// <summary>Which of the board's two investment tables an item belongs to: programområder or infrastruktur.</summary>
public enum Portfolio
{
    ProgrammeAreas,
    Infrastructure,
}

/// <summary>The code a portfolio is stored and exported as; the enum is the only way in or out.</summary>
public static class PortfolioCodes
{
    public static readonly IReadOnlyList<Portfolio> InBoardOrder = [Portfolio.ProgrammeAreas, Portfolio.Infrastructure];

    public static string ToText(this Portfolio portfolio) => portfolio switch
    {
        Portfolio.ProgrammeAreas => "programme_areas",
        Portfolio.Infrastructure => "infrastructure",
        _ => throw new ArgumentOutOfRangeException(nameof(portfolio), portfolio, null),
    };

    public static Portfolio Parse(string text) => text switch
    {
        "programme_areas" => Portfolio.ProgrammeAreas,
        "infrastructure" => Portfolio.Infrastructure,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown investment portfolio."),
    };
}

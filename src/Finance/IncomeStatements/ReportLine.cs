namespace Hemit.Finance.IncomeStatements;

/// <summary>One line of a report: either posted (amounts are pushed for it) or a sum of other lines.</summary>
/// <param name="Terms">For a sum line, the lines it adds (+1) or subtracts (−1); empty for a posted line.</param>
public sealed record ReportLine(string Code, string Name, LineKind Kind, IReadOnlyList<SumTerm> Terms)
{
    public bool IsSum => Terms.Count > 0;

    public static ReportLine Posted(string code, string name, LineKind kind) => new(code, name, kind, []);

    public static ReportLine Sum(string code, string name, LineKind kind, params SumTerm[] terms) => new(code, name, kind, terms);
}

/// <summary>A line that a sum line adds (sign +1) or subtracts (sign −1).</summary>
public sealed record SumTerm(string Code, int Sign)
{
    public static SumTerm Plus(string code) => new(code, 1);

    public static SumTerm Minus(string code) => new(code, -1);
}

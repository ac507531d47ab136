namespace Hemit.Finance.IncomeStatements;

/// <summary>An ordered set of report lines whose sum lines are computed from the posted ones.</summary>
public sealed class ReportLineCatalogue
{
    private readonly Dictionary<string, ReportLine> _byCode;

    public ReportLineCatalogue(IReadOnlyList<ReportLine> lines)
    {
        Lines = lines;
        _byCode = lines.ToDictionary(l => l.Code, StringComparer.Ordinal);
        foreach (var term in lines.SelectMany(l => l.Terms))
        {
            if (!_byCode.ContainsKey(term.Code))
            {
                throw new ArgumentException($"Sum term '{term.Code}' is not a line of the catalogue.", nameof(lines));
            }
        }
    }

    /// <summary>Every line in the board paper's order.</summary>
    public IReadOnlyList<ReportLine> Lines { get; }

    public IEnumerable<ReportLine> PostedLines => Lines.Where(l => !l.IsSum);

    public ReportLine? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Every line's amount: posted lines from <paramref name="posted"/> (missing is zero), sum lines computed.</summary>
    public IReadOnlyDictionary<string, decimal> Evaluate(Func<string, decimal> posted)
    {
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in Lines)
        {
            Resolve(line);
        }

        return amounts;

        decimal Resolve(ReportLine line)
        {
            if (amounts.TryGetValue(line.Code, out var known))
            {
                return known;
            }

            var amount = line.IsSum
                ? line.Terms.Sum(term => term.Sign * Resolve(_byCode[term.Code]))
                : posted(line.Code);
            amounts[line.Code] = amount;
            return amount;
        }
    }
}

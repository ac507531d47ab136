using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>What changed in the sources since approval: every figure whose value now differs from the approved version's.</summary>
public static class StatusReportDifferences
{
    public static IEnumerable<Wire.StatusReportDifference> Between(Wire.StatusReport approved, Wire.StatusReport current)
    {
        var approvedFigures = approved.Sections.SelectMany(s => s.Figures).ToDictionary(f => f.Key);
        var currentFigures = current.Sections.SelectMany(s => s.Figures).ToDictionary(f => f.Key);
        // Report order: the current figures, then those that are gone from it.
        var keys = currentFigures.Keys.Concat(approvedFigures.Keys.Where(k => !currentFigures.ContainsKey(k)));
        foreach (var key in keys)
        {
            approvedFigures.TryGetValue(key, out var before);
            currentFigures.TryGetValue(key, out var now);
            if (Equals(before?.Value, now?.Value))
            {
                continue;
            }

            var figure = now ?? before!;
            yield return new Wire.StatusReportDifference
            {
                Key = key,
                Group = figure.Group,
                Label = figure.Label,
                Unit = figure.Unit,
                Decimals = figure.Decimals,
                ApprovedValue = before?.Value,
                CurrentValue = now?.Value,
            };
        }
    }
}

using Hemit.Dashboard.Telemetry;

namespace Hemit.Dashboard.Components.Shared;

/// <summary>A span in waterfall order: parents before children, siblings by start time, with its depth.</summary>
public sealed record WaterfallRow(SpanRecord Span, int Depth)
{
    /// <summary>
    /// Orders a trace's spans as a tree. A span whose parent never arrived is shown as a root; so is a span caught
    /// in a parent cycle (bad input must not hide spans or loop the walk).
    /// </summary>
    public static List<WaterfallRow> Build(IReadOnlyList<SpanRecord> spans)
    {
        var ids = new HashSet<string>(spans.Select(span => span.SpanId), StringComparer.Ordinal);
        var children = spans
            .Where(span => span.ParentSpanId.Length > 0 && ids.Contains(span.ParentSpanId))
            .GroupBy(span => span.ParentSpanId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderBy(span => span.StartUnixNano).ToList(), StringComparer.Ordinal);
        var roots = spans
            .Where(span => span.ParentSpanId.Length == 0 || !ids.Contains(span.ParentSpanId))
            .OrderBy(span => span.StartUnixNano)
            .ToList();

        var rows = new List<WaterfallRow>(spans.Count);
        var visited = new HashSet<SpanRecord>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            Walk(root, children, visited, rows);
        }

        foreach (var leftOver in spans.OrderBy(span => span.StartUnixNano))
        {
            Walk(leftOver, children, visited, rows);
        }

        return rows;
    }

    private static void Walk(SpanRecord root, Dictionary<string, List<SpanRecord>> children, HashSet<SpanRecord> visited, List<WaterfallRow> rows)
    {
        var pending = new Stack<(SpanRecord Span, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var next))
        {
            if (!visited.Add(next.Span))
            {
                continue;
            }

            rows.Add(new WaterfallRow(next.Span, next.Depth));
            if (children.TryGetValue(next.Span.SpanId, out var below))
            {
                for (var index = below.Count - 1; index >= 0; index--)
                {
                    pending.Push((below[index], next.Depth + 1));
                }
            }
        }
    }
}

namespace Hemit.Dashboard.Telemetry;

/// <summary>
/// The spans received so far for one trace id, the figures the trace list shows, and small indexes for its
/// filters (distinct resources, distinct span names, attribute fingerprints) so a query over a full store
/// reads a few compact arrays per trace instead of every span.
/// Mutable, and only touched under the store's lock; pages get <see cref="TraceSummary"/> or <see cref="TraceDetail"/> copies.
/// </summary>
internal sealed class TraceRecord
{
    private TelemetryResource[] resources = new TelemetryResource[1];
    private int resourceCount;
    private string[] names = new string[4];
    private int nameCount;
    private ulong[] attributeHashes = new ulong[8];
    private int attributeHashCount;

    public TraceRecord(string traceId) => TraceId = traceId;

    public string TraceId { get; }

    /// <summary>In arrival order, so the spans of the oldest storage segment are always at the front.</summary>
    public List<SpanRecord> Spans { get; } = new(4);

    /// <summary>Spans.Count kept beside the figures, so a scan over all traces does not touch each span list.</summary>
    public int SpanCount { get; private set; }

    public ulong StartUnixNano { get; private set; } = ulong.MaxValue;

    public ulong EndUnixNano { get; private set; }

    public int ErrorCount { get; private set; }

    public SpanRecord? Root { get; private set; }

    public ReadOnlySpan<TelemetryResource> Resources => resources.AsSpan(0, resourceCount);

    /// <summary>Distinct span names (by reference: names are pooled at ingest, so this stays short).</summary>
    public ReadOnlySpan<string> Names => names.AsSpan(0, nameCount);

    public void Add(SpanRecord span)
    {
        Spans.Add(span);
        Include(span);
    }

    /// <summary>Drops the spans that arrived in segments up to <paramref name="segment"/>; true when none is left.</summary>
    public bool DropUpTo(long segment)
    {
        var dropped = 0;
        while (dropped < Spans.Count && Spans[dropped].Segment <= segment)
        {
            dropped++;
        }

        if (dropped == 0)
        {
            return Spans.Count == 0;
        }

        Spans.RemoveRange(0, dropped);
        SpanCount = 0;
        StartUnixNano = ulong.MaxValue;
        EndUnixNano = 0;
        ErrorCount = 0;
        Root = null;
        resourceCount = 0;
        nameCount = 0;
        attributeHashCount = 0;
        foreach (var span in Spans)
        {
            Include(span);
        }

        return Spans.Count == 0;
    }

    public TimeSpan Duration => EndUnixNano > StartUnixNano
        ? TimeSpan.FromTicks((long)((EndUnixNano - StartUnixNano) / 100))
        : TimeSpan.Zero;

    /// <summary>The root span's name, or while the root has not arrived, the earliest span's.</summary>
    public string DisplayName
    {
        get
        {
            if (Root is not null)
            {
                return Root.Name;
            }

            SpanRecord? earliest = null;
            foreach (var span in Spans)
            {
                if (earliest is null || span.StartUnixNano < earliest.StartUnixNano)
                {
                    earliest = span;
                }
            }

            return earliest?.Name ?? "";
        }
    }

    public bool HasResource(string serviceName)
    {
        foreach (var resource in Resources)
        {
            if (string.Equals(resource.ServiceName, serviceName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some span may carry the attribute; a fingerprint match (a false match is about 2^-64 likely).</summary>
    public bool MayHaveAttribute(ulong fingerprint) => attributeHashes.AsSpan(0, attributeHashCount).BinarySearch(fingerprint) >= 0;

    private void Include(SpanRecord span)
    {
        SpanCount++;
        if (span.StartUnixNano < StartUnixNano)
        {
            StartUnixNano = span.StartUnixNano;
        }

        if (span.EndUnixNano > EndUnixNano)
        {
            EndUnixNano = span.EndUnixNano;
        }

        if (span.Status == SpanStatus.Error)
        {
            ErrorCount++;
        }

        if (span.ParentSpanId.Length == 0)
        {
            Root = span;
        }

        if (Resources.IndexOf(span.Resource) < 0)
        {
            Append(ref resources, ref resourceCount, span.Resource);
        }

        if (!Names.Contains(span.Name))
        {
            Append(ref names, ref nameCount, span.Name);
        }

        foreach (var attribute in span.Attributes)
        {
            AddFingerprint(AttributeHash.OfKey(attribute.Key));
            AddFingerprint(AttributeHash.OfPair(attribute.Key, attribute.Value));
        }
    }

    private void AddFingerprint(ulong fingerprint)
    {
        var index = attributeHashes.AsSpan(0, attributeHashCount).BinarySearch(fingerprint);
        if (index >= 0)
        {
            return;
        }

        index = ~index;
        if (attributeHashCount == attributeHashes.Length)
        {
            Array.Resize(ref attributeHashes, attributeHashes.Length * 2);
        }

        Array.Copy(attributeHashes, index, attributeHashes, index + 1, attributeHashCount - index);
        attributeHashes[index] = fingerprint;
        attributeHashCount++;
    }

    private static void Append<T>(ref T[] items, ref int count, T item)
    {
        if (count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[count++] = item;
    }
}

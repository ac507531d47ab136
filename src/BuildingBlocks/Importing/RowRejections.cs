using Hemit.Contracts.Common.V1;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>Collects every bad row of a pushed batch (row = 1-based position in the stream) before anything is written.</summary>
public sealed class RowRejections
{
    private readonly List<RowRejection> _rejections = [];

    public IReadOnlyList<RowRejection> All => _rejections;

    public bool Any => _rejections.Count > 0;

    public void Add(long row, string field, string reason) =>
        _rejections.Add(new RowRejection { Row = row, Field = field, Reason = reason });
}

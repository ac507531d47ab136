using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Hemit.Dashboard.Telemetry.Storage;

/// <summary>
/// The telemetry on disk: numbered segment files of length-prefixed, checksummed OTLP export requests.
/// Appends go to the newest segment; when the files together would pass the size bound, whole segments are
/// deleted oldest first. Not thread-safe: the store serialises appends.
/// </summary>
internal sealed class SegmentLog : IDisposable
{
    /// <summary>Payload length (4 bytes), kind (1), CRC-32 of the payload (4).</summary>
    public const int HeaderBytes = 9;

    /// <summary>The bound is spent in about this many segments, so dropping the oldest frees a sixteenth at a time.</summary>
    private const int SegmentsPerBound = 16;

    private const string FilePrefix = "segment-";
    private const string FileExtension = ".otlp";

    private readonly string directory;
    private readonly ILogger logger;
    private readonly LinkedList<(long Id, long Bytes)> closedSegments = new();
    private FileStream? current;
    private long currentId;
    private long nextId = 1;

    public SegmentLog(string directory, long maxBytes, ILogger logger)
    {
        if (maxBytes < 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The telemetry store needs at least 1 MiB.");
        }

        this.directory = directory;
        this.logger = logger;
        MaxBytes = maxBytes;
        SegmentMaxBytes = Math.Max(64 * 1024, maxBytes / SegmentsPerBound);
        Directory.CreateDirectory(directory);
    }

    public long MaxBytes { get; }

    public long SegmentMaxBytes { get; }

    /// <summary>Bytes in all segment files now.</summary>
    public long TotalBytes => closedSegments.Sum(segment => segment.Bytes) + (current?.Length ?? 0);

    public int SegmentCount => closedSegments.Count + (current is null ? 0 : 1);

    /// <summary>
    /// Reads every record kept from earlier runs, oldest first, cutting off a record torn by a crash, and drops
    /// the oldest segments if the bound has shrunk since. Call once, before the first <see cref="Append"/>.
    /// </summary>
    public IEnumerable<StoredRecord> ReadExisting(List<long> droppedSegments)
    {
        var segments = Directory.EnumerateFiles(directory, FilePrefix + "*" + FileExtension)
            .Select(path => (Path: path, Id: ParseId(path)))
            .Where(segment => segment.Id > 0)
            .OrderBy(segment => segment.Id)
            .ToList();

        foreach (var segment in segments)
        {
            closedSegments.AddLast((segment.Id, new FileInfo(segment.Path).Length));
            nextId = segment.Id + 1;
        }

        while (closedSegments.Count > 0 && TotalBytes > MaxBytes)
        {
            droppedSegments.Add(DeleteOldest());
        }

        foreach (var (id, _) in closedSegments.ToList())
        {
            foreach (var record in ReadSegment(id))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// Appends one export request and returns the segment it went into; <paramref name="droppedSegments"/>
    /// receives the ids of the segments deleted to stay within the bound.
    /// </summary>
    public long Append(TelemetryKind kind, ReadOnlySpan<byte> payload, List<long> droppedSegments)
    {
        long recordBytes = HeaderBytes + payload.Length;
        if (recordBytes > MaxBytes)
        {
            throw new TelemetryTooLargeException(recordBytes, MaxBytes);
        }

        if (current is null || (current.Length > 0 && current.Length + recordBytes > SegmentMaxBytes))
        {
            Roll();
        }

        while (closedSegments.Count > 0 && TotalBytes + recordBytes > MaxBytes)
        {
            droppedSegments.Add(DeleteOldest());
        }

        Span<byte> header = stackalloc byte[HeaderBytes];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        header[4] = (byte)kind;
        BinaryPrimitives.WriteUInt32LittleEndian(header[5..], Crc32.Compute(payload));
        current!.Write(header);
        current.Write(payload);
        current.Flush();
        return currentId;
    }

    /// <summary>Deletes every segment; the next append starts a new one.</summary>
    public List<long> Clear()
    {
        var dropped = new List<long>();
        Roll();
        while (closedSegments.Count > 0)
        {
            dropped.Add(DeleteOldest());
        }

        return dropped;
    }

    public void Dispose()
    {
        current?.Dispose();
        current = null;
    }

    private void Roll()
    {
        if (current is not null)
        {
            var bytes = current.Length;
            current.Dispose();
            closedSegments.AddLast((currentId, bytes));
        }

        currentId = nextId++;
        current = new FileStream(PathOf(currentId), FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
    }

    private long DeleteOldest()
    {
        var (id, _) = closedSegments.First!.Value;
        closedSegments.RemoveFirst();
        File.Delete(PathOf(id));
        return id;
    }

    private IEnumerable<StoredRecord> ReadSegment(long id)
    {
        var path = PathOf(id);
        var records = new List<StoredRecord>();
        long validLength;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
        {
            var header = new byte[HeaderBytes];
            validLength = 0;
            while (true)
            {
                if (stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes)
                {
                    break;
                }

                var length = BinaryPrimitives.ReadInt32LittleEndian(header);
                var kind = (TelemetryKind)header[4];
                var checksum = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(5));
                if (length < 0 || length > stream.Length - stream.Position || !Enum.IsDefined(kind))
                {
                    break;
                }

                var payload = new byte[length];
                stream.ReadExactly(payload);
                if (Crc32.Compute(payload) != checksum)
                {
                    break;
                }

                records.Add(new StoredRecord(id, kind, payload));
                validLength = stream.Position;
            }

            if (validLength < stream.Length)
            {
                logger.LogWarning(
                    "Telemetry segment {Path} ends in a torn record after {ValidBytes} of {Bytes} bytes; the torn tail is dropped.",
                    path, validLength, stream.Length);
            }
        }

        var fileLength = new FileInfo(path).Length;
        if (validLength < fileLength)
        {
            using var truncate = new FileStream(path, FileMode.Open, FileAccess.Write);
            truncate.SetLength(validLength);
            var node = closedSegments.Find(closedSegments.First(segment => segment.Id == id))!;
            node.Value = (id, validLength);
        }

        return records;
    }

    private string PathOf(long id) =>
        Path.Combine(directory, FilePrefix + id.ToString("D10", CultureInfo.InvariantCulture) + FileExtension);

    private static long ParseId(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return long.TryParse(name.AsSpan(FilePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }
}

using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Hemit.Cli;
using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.HostileInput.Tests.Support;

namespace Hemit.HostileInput.Tests.Csv;

/// <summary>
/// One kind of file <c>hemit … import</c> reads: its columns, how a row becomes a message, the service entry point it is
/// sent to (the gRPC corpus's <see cref="Ingest{TMessage}"/>), and a sound three-row file with Norwegian text.
/// </summary>
public sealed class CsvKind<TMessage> where TMessage : class, IMessage<TMessage>, IDeepCloneable<TMessage>
{
    public required string Name { get; init; }

    public required ImportFileLayout Layout { get; init; }

    public required Func<CsvRow, TMessage> ToMessage { get; init; }

    public required Ingest<TMessage> Ingest { get; init; }

    /// <summary>The streaming call <c>hemit</c> opens; null for governance's assignments (sent in one request after reading).</summary>
    public Func<IngestHosts, CancellationToken, AsyncClientStreamingCall<TMessage, ImportSummary>>? StartCall { get; init; }

    /// <summary>Header and three rows, comma-separated, unique to the seed.</summary>
    public required Func<int, string> Valid { get; init; }

    /// <summary>A column whose cells carry Norwegian text (æ, ø, å), where the file has one.</summary>
    public string? TextColumn { get; init; }

    /// <summary>A numeric column, where the file has one.</summary>
    public string? NumberColumn { get; init; }

    /// <summary>The cases every file kind must refuse, built from its own valid file.</summary>
    public IEnumerable<IIngestCase> Cases()
    {
        var first = Layout.Required[0];
        var last = Layout.Required[^1];
        yield return Refuses("a required column renamed in the header", text => Lines.Header(text, h => Lines.Rename(h, last, last + "_nok")), Where.Header(last));
        yield return Refuses("a required column missing", text => Lines.DropColumn(text, first), Where.Header(first));
        yield return Refuses("a column named twice in the header", text => Lines.Header(text, h => h + "," + first), Where.Header(first));
        yield return Refuses("an extra column", text => Lines.AddColumn(text, "merknad", "ekstra"), Where.Header("merknad"));
        yield return Refuses("tab-separated", text => text.Replace(',', '\t'), Where.Header(first));
        yield return Refuses("an empty file", _ => string.Empty, Where.Header(first));
        yield return Refuses("a header and no rows", text => Lines.Of(text)[0] + "\n", new Where(1, first));
        yield return Refuses("a row with too few cells", text => Lines.Row(text, 2, r => r[..r.LastIndexOf(',')]), new Where(2, Lines.HeaderOf(Valid(0))[^1]));
        yield return Refuses("a row with too many cells", text => Lines.Row(text, 3, r => r + ",ekstra"), new Where(3, $"column {Lines.HeaderOf(Valid(0)).Count + 1}"));
        yield return Refuses("an empty required cell", text => Lines.Cell(text, 1, first, _ => string.Empty), new Where(1, first));
        var quoted = TextColumn ?? first;
        yield return Refuses("a quote that never closes", text => Lines.Cell(text, 2, quoted, c => "\"" + c), new Where(2, quoted));
        yield return Refuses("a stray quote inside a cell", text => Lines.Cell(text, 1, quoted, c => c[..1] + "\"" + c[1..]), new Where(1, quoted));
        if (NumberColumn is { } number)
        {
            yield return Refuses("a number with thousands separators", text => Lines.Cell(text, 2, number, _ => "12.345.678"), new Where(2, number));
            yield return Refuses("a number with a decimal comma in a comma file", text => Lines.Cell(text, 3, number, c => $"\"{c},5\""), new Where(3, number));
        }

        if (Lines.FirstNonAscii(Valid(0)) is { } nonAscii)
        {
            // Older Excel saves "Brukerstøtte" as Windows-1252: ø is the single byte 0xF8. The corrected file is UTF-8 with a BOM.
            yield return new CsvCase<TMessage>(this, "Windows-1252 bytes (the corrected file has a UTF-8 BOM)",
                text => Encoding.GetEncoding(1252).GetBytes(text), nonAscii, correctedWithBom: true);
        }
    }

    public IIngestCase Refuses(string name, Func<string, string> spoil, Where where) =>
        new CsvCase<TMessage>(this, name, text => Encoding.UTF8.GetBytes(spoil(text)), where, correctedWithBom: false);
}

/// <summary>Where a refusal must point: a data row (1 = the first under the header; 0 = the header, line 1) and a column.</summary>
public sealed record Where(int Row, string Column)
{
    public static Where Header(string column) => new(0, column);
}

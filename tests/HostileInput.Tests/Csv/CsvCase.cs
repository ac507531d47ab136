using System.Text;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Hemit.Cli;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.HostileInput.Tests.Support;

namespace Hemit.HostileInput.Tests.Csv;

/// <summary>
/// A bad file: <c>hemit</c> refuses it naming the row (line 1 for the header) and the column, opens no call and nothing
/// is written; the same file corrected is read without a problem and accepted whole by the service.
/// </summary>
internal sealed class CsvCase<TMessage>(CsvKind<TMessage> kind, string name, Func<string, byte[]> spoil, Where where, bool correctedWithBom)
    : IIngestCase where TMessage : class, IMessage<TMessage>, IDeepCloneable<TMessage>
{
    public string EntryPoint => $"csv:{kind.Name}";

    public string Name { get; } = $"csv:{kind.Name}: {name}";

    public async Task RunAsync(IngestHosts hosts, int seed)
    {
        var valid = kind.Valid(seed);
        var folder = Directory.CreateTempSubdirectory("hemit-hostile-");
        try
        {
            var bad = new FileInfo(Path.Combine(folder.FullName, $"{kind.Name}.csv"));
            await File.WriteAllBytesAsync(bad.FullName, spoil(valid));
            var before = await kind.Ingest.CountAsync(hosts);

            var refusal = await RefusalAsync(hosts, bad);

            Assert.True(Names(refusal), $"{Name}: expected row {where.Row} and column {where.Column} named; got: {refusal}");
            Assert.Equal(before, await kind.Ingest.CountAsync(hosts));

            var corrected = new FileInfo(Path.Combine(folder.FullName, $"{kind.Name}-rettet.csv"));
            await File.WriteAllBytesAsync(corrected.FullName, [.. (correctedWithBom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(valid)]);
            var (messages, problems) = CsvImporter.Read(corrected, kind.Layout, kind.ToMessage);
            Assert.Empty(problems);
            Assert.Equal(messages.Count, await kind.Ingest.PushAsync(hosts, messages));
            Assert.True((await kind.Ingest.CountAsync(hosts)).Rows > before.Rows, $"{Name}: the corrected file was accepted but its table did not grow");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>What the user is told: the CLI's sentence for the whole file, or its lines per bad row; or the service's violations.</summary>
    private async Task<string> RefusalAsync(IngestHosts hosts, FileInfo file)
    {
        var callsStarted = 0;
        try
        {
            var (_, problems) = CsvImporter.Read(file, kind.Layout, kind.ToMessage);
            if (problems.Count > 0)
            {
                if (kind.StartCall is { } start)
                {
                    // The real command: it reports the same rows and opens no call.
                    var exitCode = await CsvImporter.ImportAsync(file, kind.Layout, kind.ToMessage,
                        ct => { callsStarted++; return start(hosts, ct); }, OutputFormat.Json, CancellationToken.None);
                    Assert.Equal(1, exitCode);
                    Assert.Equal(0, callsStarted);
                }

                return string.Join("\n", problems.Select(p => $"row {p.Row}, {p.Field}: {p.Reason}"));
            }

            // Readable: the service must refuse it, naming the row's field.
            var (messages, _) = CsvImporter.Read(file, kind.Layout, kind.ToMessage);
            var rpc = await Assert.ThrowsAsync<RpcException>(() => kind.Ingest.PushAsync(hosts, messages));
            return string.Join("\n", rpc.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => $"{v.Field}: {v.Description}") ?? [rpc.Status.Detail]);
        }
        catch (CliException refusal)
        {
            Assert.Equal(0, callsStarted);
            return refusal.Message;
        }
    }

    private bool Names(string refusal) =>
        where.Row == 0
            ? refusal.Contains("line 1", StringComparison.Ordinal) && refusal.Contains(where.Column, StringComparison.Ordinal)
            : refusal.Split('\n').Any(line =>
                (line.Contains($"row {where.Row},", StringComparison.Ordinal) || line.Contains($"row {where.Row})", StringComparison.Ordinal)
                 || line.Contains($"row {where.Row} (", StringComparison.Ordinal)
                 || line.StartsWith($"row {where.Row}:", StringComparison.Ordinal) || line.Contains($"[{where.Row - 1}].{where.Column}", StringComparison.Ordinal))
                && line.Contains(where.Column, StringComparison.Ordinal));
}

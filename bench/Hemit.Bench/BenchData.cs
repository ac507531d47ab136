using Grpc.Core;
using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;

namespace Hemit.Bench;

/// <summary>The test files the benchmarks load (copied beside the program), and pushing rows as the CLI does.</summary>
public static class BenchData
{
    public static List<T> Read<T>(string file, ImportFileLayout layout, Func<CsvRow, T> toMessage) where T : class
    {
        var (messages, problems) = CsvImporter.Read(new FileInfo(Path.Combine(AppContext.BaseDirectory, "TestData", file)), layout, toMessage);
        return problems.Count == 0 ? messages : throw new InvalidOperationException($"{file}: {problems.Count} bad rows");
    }

    /// <summary>2021's ledger from the seed's file (through October, the whole year's budget), November and December actuals as October's.</summary>
    public static List<LedgerLine> Ledger2021()
    {
        var seed = Read("ledger-2021-seed-october.csv", LedgerFile.Layout, LedgerFile.ToMessage);
        return seed.Concat(seed.Where(l => l.Period.Month == 10 && l.Scenario == Scenario.Actual)
            .SelectMany(l => new[] { 11, 12 }.Select(month => new LedgerLine(l) { Period = Period.Of(2021, month) }))).ToList();
    }

    /// <summary>Streams all <paramref name="rows"/> as one client-streaming call, as the CLI imports.</summary>
    public static async Task<TResponse> PushAsync<T, TResponse>(AsyncClientStreamingCall<T, TResponse> call, IEnumerable<T> rows)
    {
        using (call)
        {
            foreach (var row in rows)
            {
                await call.RequestStream.WriteAsync(row);
            }

            await call.RequestStream.CompleteAsync();
            return await call;
        }
    }
}

using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.ServiceTestHost;

namespace Hemit.Cli.Tests.Support;

/// <summary>The seed's October 2021 ledger, read as <c>hemit finance import ledger</c> reads it and pushed in one stream.</summary>
public static class SeedLedger
{
    public static readonly Period October2021 = Period.Of(2021, 10);

    public static async Task PushAsync(ServiceUnderTest<FinanceGrpcService, FinanceDbContext> finance)
    {
        var (lines, problems) = CsvImporter.Read(TestFiles.File(TestFiles.SeedLedger), LedgerFile.Layout, LedgerFile.ToMessage);
        Assert.Empty(problems);
        var summary = await ServiceUnderTest<FinanceGrpcService, FinanceDbContext>.PushAsync(
            new FinanceService.FinanceServiceClient(finance.Channel).ImportLedgerLines(), lines);
        Assert.Equal((lines.Count, 0), (summary.Accepted, summary.Rejected));
    }
}

using Hemit.Cli.Finance;
using Hemit.Cli.Importing;

namespace Hemit.Finance.Tests.Cli;

/// <summary>The CLI reads finance files strictly and names every bad cell before anything is sent.</summary>
public sealed class FinanceFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hemit-finance-cli-").FullName;

    private FileInfo Write(string content)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return new FileInfo(path);
    }

    [Fact]
    public void The_seed_ledger_file_reads_without_problems()
    {
        Assert.Equal(254, SeedOctober2021.ReadLedger().Count);
    }

    [Fact]
    public void Bad_ledger_cells_are_named_by_row_and_column()
    {
        var file = Write("""
            period,line,scenario,amount
            2021-10,salaries_permanent,actual,21382000
            2021-13,salaries_permanent,actual,1
            2021-10,depreciation,plan,1
            2021-10,depreciation,actual,1.234
            2021-10,depreciation,actual,12 000
            """);

        var (messages, problems) = CsvImporter.Read(file, LedgerFile.Layout, LedgerFile.ToMessage);

        Assert.Single(messages);
        Assert.Equal(["2:period", "3:scenario", "4:amount", "5:amount"], problems.Select(p => $"{p.Row}:{p.Field}"));
    }

    [Fact]
    public void A_wrong_header_is_refused_with_the_expected_one()
    {
        var file = Write("period,line,amount\n2021-10,depreciation,1\n");

        var refusal = Assert.Throws<Hemit.Cli.CliException>(() => CsvImporter.Read(file, LedgerFile.Layout, LedgerFile.ToMessage));

        Assert.Contains("period,line,scenario,amount", refusal.Message);
    }

    [Fact]
    public void Percent_gains_become_hundredths_of_a_percent()
    {
        var file = Write("year,activity,status,gain_unit,gain_low,gain_high,gain_percent_of\n2021,Effektivisering,Forslag,percent,1.5,2,899509000\n");

        var (messages, problems) = CsvImporter.Read(file, CostMeasureFile.Layout, CostMeasureFile.ToMessage);

        Assert.Empty(problems);
        Assert.Equal((150, 200), (messages[0].GainLowBasisPoints, messages[0].GainHighBasisPoints));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

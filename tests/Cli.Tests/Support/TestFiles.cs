namespace Hemit.Cli.Tests.Support;

/// <summary>The CSV files under TestData: the services' seed files (linked from their test projects) and this project's own.</summary>
public static class TestFiles
{
    /// <summary>Seed 001's October 2021 income statement as ledger lines (tests/Finance.Tests/TestData).</summary>
    public const string SeedLedger = "ledger-2021-seed-october.csv";

    /// <summary>Readable, but row 3 posts to a sum line, which the finance service refuses (tests/Finance.Tests/TestData).</summary>
    public const string LedgerWithOneRefusedRow = "ledger-one-bad-row.csv";

    /// <summary>Seed 001's 2.1 sick-leave table for 2020 and 2021 over five units (tests/HrMetrics.Tests/TestData).</summary>
    public const string SeedSickLeave = "sick-leave-2020-2021.csv";

    public static FileInfo File(string name) => new(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}

using Hemit.BuildingBlocks.Importing;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.Staffing;
using Hemit.HrMetrics.WorkingTime;

namespace Hemit.HrMetrics.Tests;

/// <summary>
/// The CSV fixtures under TestData, read the way <c>hemit hr import</c> reads them and checked the way the service checks them.
/// sick-leave-2020-2021.csv reproduces the board paper's 2.1 table (per October 2021) over five units;
/// staffing-2021.csv holds the paper's September and October 2021 figures in 2.3.
/// </summary>
public static class TestFiles
{
    public const string SickLeave = "sick-leave-2020-2021.csv";
    public const string WorkingTimeViolations = "working-time-violations-2024-2025.csv";
    public const string Staffing = "staffing-2021.csv";

    public static FileInfo File(string name) => new(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static List<SickLeaveRecord> SickLeaveRecords(string name = SickLeave) =>
        Read(name, HrImportFiles.SickLeave, HrImportFiles.ToSickLeave);

    public static List<WorkingTimeViolationRecord> ViolationRecords(string name = WorkingTimeViolations) =>
        Read(name, HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation);

    public static List<StaffingRecord> StaffingRecords(string name = Staffing) =>
        Read(name, HrImportFiles.Staffing, HrImportFiles.ToStaffing);

    public static List<SickLeaveEntry> SickLeaveEntries() => Valid(SickLeaveRecords(), SickLeaveRowValidator.Batch);

    public static List<WorkingTimeViolationEntry> ViolationEntries() => Valid(ViolationRecords(), WorkingTimeViolationRowValidator.Batch);

    public static List<StaffingEntry> StaffingEntries() => Valid(StaffingRecords(), StaffingRowValidator.Batch);

    private static List<T> Read<T>(string name, ImportFileLayout layout, Func<CsvRow, T> toMessage) where T : class
    {
        var (messages, problems) = CsvImporter.Read(File(name), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }

    private static List<TEntry> Valid<TRecord, TEntry, TKey>(List<TRecord> records, BatchRules<TRecord, TEntry, TKey> batch)
        where TEntry : class
        where TKey : notnull
    {
        var result = batch.Check(records);
        Assert.Empty(result.Rejections);
        Assert.Equal(records.Count, result.Rows.Count);
        return result.Rows.ToList();
    }
}

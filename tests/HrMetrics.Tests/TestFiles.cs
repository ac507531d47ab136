using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;
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

    public static List<SickLeaveEntry> SickLeaveEntries() => Valid(SickLeaveRecords(), SickLeaveRowValidator.Validate);

    public static List<WorkingTimeViolationEntry> ViolationEntries() => Valid(ViolationRecords(), WorkingTimeViolationRowValidator.Validate);

    public static List<StaffingEntry> StaffingEntries() => Valid(StaffingRecords(), StaffingRowValidator.Validate);

    private static List<T> Read<T>(string name, ImportFileLayout layout, Func<CsvRow, T> toMessage) where T : class
    {
        var (messages, problems) = CsvImporter.Read(File(name), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }

    private static List<TEntry> Valid<TRecord, TEntry>(List<TRecord> records, Func<IReadOnlyList<TRecord>, RowProblems, List<TEntry>> validate)
    {
        var problems = new RowProblems();
        var entries = validate(records, problems);
        Assert.Empty(problems.Rejections);
        Assert.Equal(records.Count, entries.Count);
        return entries;
    }
}

using Hemit.Cli;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;

namespace Hemit.HrMetrics.Tests.Cli;

/// <summary>How <c>hemit hr import …</c> reads its files before anything is sent.</summary>
public sealed class HrImportFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hemit-hr-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileInfo Write(string text)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return new FileInfo(path);
    }

    [Fact]
    public void Decimal_days_and_the_optional_self_certified_column_are_read_exactly()
    {
        var (messages, problems) = CsvImporter.Read(
            Write("period,unit,agreed_work_days,sick_leave_days,self_certified_days\n2021-07,U-DRIFT,1400.5,84.41,\n2021-08,U-DRIFT,2800,150.25,40.125\n"),
            HrImportFiles.SickLeave, HrImportFiles.ToSickLeave);

        Assert.Empty(problems);
        Assert.Equal((1400.5m, 84.41m), (messages[0].AgreedWorkDays.ToDecimal(), messages[0].SickLeaveDays.ToDecimal()));
        Assert.Null(messages[0].SelfCertifiedDays);
        Assert.Equal(40.125m, messages[1].SelfCertifiedDays.ToDecimal());
    }

    [Fact]
    public void A_malformed_period_or_number_is_named_by_row_and_column()
    {
        var (_, problems) = CsvImporter.Read(
            Write("period,unit,agreed_work_days,sick_leave_days\n2021-01,U-A,100,1\n2021/02,U-A,100,1\n2021-03,U-A,1 000,1\n"),
            HrImportFiles.SickLeave, HrImportFiles.ToSickLeave);

        Assert.Equal([(2L, "period"), (3L, "agreed_work_days")], problems.Select(p => (p.Row, p.Field)));
    }

    [Fact]
    public void A_missing_column_refuses_the_file_with_the_expected_header()
    {
        var exception = Assert.Throws<CliException>(() => CsvImporter.Read(
            Write("period,category,headcount\n2021-09,permanent,355\n"), HrImportFiles.Staffing, HrImportFiles.ToStaffing));

        Assert.Contains("missing column(s) fte_months", exception.Message);
        Assert.Contains("period,category,fte_months,headcount,[starters],[leavers]", exception.Message);
    }

    [Fact]
    public void Starters_and_leavers_are_optional_and_stay_absent_when_blank()
    {
        var (messages, problems) = CsvImporter.Read(
            Write("period,category,fte_months,headcount,starters,leavers\n2021-09,permanent,340.5,355,4,3\n2021-09,consultant,38,40,,\n"),
            HrImportFiles.Staffing, HrImportFiles.ToStaffing);

        Assert.Empty(problems);
        Assert.Equal((true, 4, 3), (messages[0].HasStarters, messages[0].Starters, messages[0].Leavers));
        Assert.False(messages[1].HasStarters);
        Assert.False(messages[1].HasLeavers);
    }

    [Fact]
    public void A_violation_row_without_cause_sends_an_unspecified_cause()
    {
        var (messages, _) = CsvImporter.Read(
            Write("period,unit,rule,count,cause\n2025-01,U-DRIFT,overtime,6,\n"),
            HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation);

        Assert.Equal((Hemit.Contracts.HrMetrics.V1.WorkingTimeRule.Overtime, 6, Hemit.Contracts.HrMetrics.V1.ViolationCause.Unspecified),
            (messages[0].Rule, messages[0].Count, messages[0].Cause));
    }
}

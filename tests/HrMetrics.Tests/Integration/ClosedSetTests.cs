using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Decimal = Hemit.Contracts.Common.V1.Decimal;
using Domain = Hemit.HrMetrics;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>Staffing category, working-time rule and cause are enums from the wire to the database, stored as their codes.</summary>
[Collection(ServersCollection.Name)]
public sealed class ClosedSetTests(PlatformServers servers)
{
    [Fact]
    public async Task Rule_cause_and_category_go_in_as_wire_enums_are_stored_as_codes_and_come_back_as_enums()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        await HrMetricsHost.PushAsync(hr.Client.ImportWorkingTimeViolations(), [
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 2), Unit = "Drift og infrastruktur", Rule = WorkingTimeRule.SundayWork, Cause = ViolationCause.SicknessCover, Count = 7 },
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 2), Unit = "Drift og infrastruktur", Rule = WorkingTimeRule.DailyRest, Count = 2 },
        ]);
        await HrMetricsHost.PushAsync(hr.Client.ImportStaffing(), [
            new StaffingRecord { Period = Period.Of(2025, 2), Category = StaffingCategory.TempAgency, FteMonths = Decimal.FromDecimal(4.5m), Headcount = 5 },
        ]);

        var stored = await hr.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT rule || '/' || cause AS \"Value\" FROM working_time_violations ORDER BY count DESC").ToListAsync());
        Assert.Equal(["sunday_work/sickness_cover", "daily_rest/unspecified"], stored);
        Assert.Equal("temp_agency", await hr.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT category AS \"Value\" FROM staffing").SingleAsync()));

        var report = await hr.Client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = 2025 });
        Assert.Equal([(WorkingTimeRule.SundayWork, 7), (WorkingTimeRule.DailyRest, 2)], report.ByRule.Select(r => (r.Rule, r.YearToDate)));
        Assert.Equal([(ViolationCause.SicknessCover, 7), (ViolationCause.Unspecified, 2)], report.ByCause.Select(c => (c.Cause, c.YearToDate)));
        var staffing = await hr.Client.GetStaffingAsync(new GetStaffingRequest { Year = 2025 });
        Assert.Equal(StaffingCategory.TempAgency, Assert.Single(Assert.Single(staffing.Months).Categories).Category);
        Assert.Equal([StaffingCategory.Permanent, StaffingCategory.Temporary, StaffingCategory.Consultant], staffing.Months[0].MissingCategories);
    }

    [Fact]
    public async Task The_database_refuses_a_code_outside_the_closed_set()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => hr.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO staffing (year, month, category, fte_months, headcount, updated_at) VALUES (2025, 1, 'intern', 1, 1, now())")));

        Assert.Equal("ck_staffing_category", refusal.ConstraintName);
    }

    [Fact]
    public async Task Free_cause_codes_stored_before_the_closed_set_are_folded_into_other_and_the_month_total_is_kept()
    {
        var connectionString = await servers.CreateDatabaseAsync("hr_closed_sets");
        var options = new DbContextOptionsBuilder<HrMetricsDbContext>().UseNpgsql(connectionString).Options;
        await using (var before = new HrMetricsDbContext(options))
        {
            var migrator = before.GetService<IMigrator>();
            var previous = before.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_ClosedSetsAsEnums", StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(previous);
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO working_time_violations (year, month, unit, rule, cause, count, updated_at) VALUES
                  (2024, 11, 'U-DRIFT', 'overtime', 'incident', 3, now()),
                  (2024, 11, 'U-DRIFT', 'overtime', 'vacation_cover', 4, now()),
                  (2024, 11, 'U-DRIFT', 'overtime', 'audit', 5, now()),
                  (2024, 11, 'U-DRIFT', 'overtime', 'other', 1, now()),
                  (2024, 11, 'U-DRIFT', 'night_work', 'audit', 2, now())
                """);
            await migrator.MigrateAsync();
        }

        await using var after = new HrMetricsDbContext(options);
        var rows = await after.WorkingTimeViolations.OrderBy(e => e.Count).ToListAsync();
        Assert.Equal(15, rows.Sum(e => e.Count));
        Assert.Equal(
            [
                (Domain.WorkingTime.WorkingTimeRule.NightWork, Domain.WorkingTime.ViolationCause.Other, 2),
                (Domain.WorkingTime.WorkingTimeRule.Overtime, Domain.WorkingTime.ViolationCause.Incident, 3),
                (Domain.WorkingTime.WorkingTimeRule.Overtime, Domain.WorkingTime.ViolationCause.Other, 10),
            ],
            rows.Select(e => (e.Rule, e.Cause, e.Count)));
    }
}

using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Projects.Data;
using Hemit.Projects.Importing;
using Hemit.Projects.Portfolio;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.Benefits;

/// <summary>
/// Ingest of benefits: a project's (a known project id) or a measure's (its name), a known unit, a real year, expected
/// and realised not negative with at most two decimals; idempotent on benefit id + year.
/// </summary>
public sealed class BenefitImporter(ProjectsDbContext db)
{
    public static readonly BatchRules<Wire.Benefit, BenefitEntry, (string, int)> Batch =
        new("Benefit import", "benefits", Validate, b => (b.BenefitId, b.Year), b => ("benefit_id", $"benefit {b.BenefitId} in {b.Year}"));

    public static BenefitEntry? Validate(Wire.Benefit message, long row, RowRejections rejections)
    {
        var ok = IdRule.Check(rejections, row, "benefit_id", message.BenefitId, "benefit", "GEV-SDDC-1");
        var fromProject = message.ProjectId.Length > 0;
        if (fromProject == (message.Measure.Length > 0))
        {
            ok = rejections.Check(row, "project_id", "give either the project's id or the measure's name, not both and not neither");
        }
        else if (fromProject)
        {
            ok &= IdRule.Check(rejections, row, "project_id", message.ProjectId, "project", "P-SDDC");
        }
        else
        {
            ok &= rejections.CheckName(row, "measure", message.Measure, "measure", "Automatisert fakturamatch");
        }

        if (string.IsNullOrWhiteSpace(message.Description))
        {
            ok = rejections.Check(row, "description", "missing; say what the benefit is, e.g. Lavere lisenskostnader");
        }
        else
        {
            ok &= rejections.CheckFreeText(row, "description", message.Description);
        }

        var unit = ProjectRowValidator.Code(BenefitCodes.Unit, (int)message.Unit, row, "unit", rejections, ref ok);
        ok &= rejections.CheckYear(row, "year", message.Year);
        var expected = Quantity(message.Expected, required: true, row, "expected", rejections, ref ok);
        var realised = Quantity(message.Realised, required: false, row, "realised", rejections, ref ok);
        return ok
            ? new BenefitEntry
            {
                BenefitId = message.BenefitId, Year = message.Year, ProjectId = fromProject ? message.ProjectId : null,
                Measure = fromProject ? null : message.Measure, Description = message.Description, Unit = unit!.Value,
                Expected = expected!.Value, Realised = realised,
            }
            : null;
    }

    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.Benefit> stream, CancellationToken cancellationToken)
    {
        var benefits = await Batch.ReadAsync(stream, cancellationToken);
        var named = benefits.Where(b => b.ProjectId is not null).Select(b => b.ProjectId!).Distinct().ToList();
        var known = (await db.Projects.AsNoTracking().Where(p => named.Contains(p.ProjectId)).Select(p => p.ProjectId).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var rejections = new RowRejections();
        for (var i = 0; i < benefits.Count; i++)
        {
            if (benefits[i].ProjectId is { } project && !known.Contains(project))
            {
                rejections.Add(i + 1, "project_id", $"{project} is not a known project; push the project first (import projects)");
            }
        }

        if (rejections.Any)
        {
            throw InvalidArgument.ForRows(rejections.All, Batch.What, Batch.Rows);
        }

        // Yearly records: no month to find closed.
        return await ImportTransaction.RunAsync(db, [], (import, ct) => import.UpsertAndCountAsync(benefits, ct), cancellationToken);
    }

    /// <summary>A quantity (NOK or hours) with at most two decimals, not negative.</summary>
    private static decimal? Quantity(Contracts.Common.V1.Decimal? value, bool required, long row, string field, RowRejections rejections, ref bool ok)
    {
        if (value is null)
        {
            if (required)
            {
                ok = rejections.Check(row, field, "missing; give the amount per year (NOK or hours)");
            }

            return null;
        }

        var number = value.IsWellFormed ? value.ToDecimal() : (decimal?)null;
        var problem = number is null ? $"not a valid number (units {value.Units}, nanos {value.Nanos})"
            : number < 0 ? $"{number} is negative; a benefit is 0 or more"
            : decimal.Round(number.Value, 2) != number ? $"{number} has more than two decimals"
            : null;
        ok &= rejections.Check(row, field, problem);
        return problem is null ? number : null;
    }
}

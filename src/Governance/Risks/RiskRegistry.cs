using Hemit.Governance.Calendar;
using Hemit.Governance.Data;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Risks;

/// <summary>The risk register's records: risks, their tertial assessments, and the top ten of a tertial.</summary>
public sealed class RiskRegistry(GovernanceDbContext db)
{
    public async Task<Risk> SaveAsync(string code, string title, string owner, string measures, CancellationToken cancellationToken)
    {
        var problems = new Problems();
        problems.Require(code.Trim().Length > 0, "code", "a risk needs a code, e.g. R-03");
        problems.Require(title.Trim().Length > 0, "title", "a risk needs a title");
        problems.ThrowIfAny();
        var risk = await db.Risks.Include(r => r.Assessments).FirstOrDefaultAsync(r => r.Code == code.Trim(), cancellationToken);
        if (risk is null)
        {
            risk = new Risk { Code = code.Trim() };
            db.Risks.Add(risk);
        }

        risk.Title = title.Trim();
        risk.Owner = owner.Trim();
        risk.Measures = measures.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return risk;
    }

    public async Task<Risk> AssessAsync(string code, Tertial tertial, int probability, int consequence, CancellationToken cancellationToken)
    {
        var problems = new Problems();
        problems.Require(RiskScore.InScale(probability), "probability", $"probability (sannsynlighet) is 1-5; got {probability}");
        problems.Require(RiskScore.InScale(consequence), "consequence", $"consequence (konsekvens) is 1-5; got {consequence}");
        problems.ThrowIfAny();
        var risk = await db.Risks.Include(r => r.Assessments).FirstOrDefaultAsync(r => r.Code == code.Trim(), cancellationToken)
            ?? throw new NotFoundException($"risks/{code}");
        var assessment = risk.Assessments.FirstOrDefault(a => a.Year == tertial.Year && a.Tertial == tertial.Number);
        if (assessment is null)
        {
            assessment = new RiskAssessment { RiskCode = risk.Code, Year = tertial.Year, Tertial = tertial.Number };
            risk.Assessments.Add(assessment);
        }

        assessment.Probability = probability;
        assessment.Consequence = consequence;
        await db.SaveChangesAsync(cancellationToken);
        return risk;
    }

    public async Task<RiskRegister> RegisterAsync(Tertial tertial, CancellationToken cancellationToken)
    {
        var previous = tertial.Previous;
        var risks = await db.Risks.AsNoTracking()
            .Include(r => r.Assessments.Where(a => (a.Year == tertial.Year && a.Tertial == tertial.Number) || (a.Year == previous.Year && a.Tertial == previous.Number)))
            .ToListAsync(cancellationToken);
        return RiskRegister.For(tertial, risks);
    }
}

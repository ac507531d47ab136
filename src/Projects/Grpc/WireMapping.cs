using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Projects.Benefits;
using Hemit.Projects.Dependencies;
using Hemit.Projects.Portfolio;
using Hemit.Projects.Reporting;
using Hemit.Projects.Snapshots;
using Hemit.Projects.WorkOrders;
using Wire = Hemit.Contracts.Projects.V1;
using WireDecimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Projects.Grpc;

/// <summary>The reports on the wire: domain figures to messages, nothing computed here.</summary>
public static class WireMapping
{
    public static Wire.FigureStatus ToWire(this FigureStatus status) => status switch
    {
        FigureStatus.Met => Wire.FigureStatus.Met,
        FigureStatus.NotMet => Wire.FigureStatus.NotMet,
        _ => Wire.FigureStatus.NoTarget,
    };

    private static Money ToMoney(decimal amount) => Money.FromDecimal(amount);

    private static WireDecimal? ToWire(decimal? value) => value.ToWireDecimal();

    private static Wire.RiskChain? ToWire(IReadOnlyList<GraphNode>? chain)
    {
        if (chain is null)
        {
            return null;
        }

        var wire = new Wire.RiskChain();
        wire.Links.AddRange(chain.Select(c => new Wire.ChainLink { Id = c.Id, Name = c.Name, IsMilestone = c.IsMilestone }));
        return wire;
    }

    public static Wire.GetPortfolioResponse ToResponse(this PortfolioReport report)
    {
        var response = new Wire.GetPortfolioResponse { Period = Period.Of(report.Year, report.Month) };
        foreach (var line in report.Projects)
        {
            var p = line.Project;
            var wire = new Wire.ProjectLine
            {
                ProjectId = p.ProjectId,
                Name = p.Name,
                Portfolio = (Wire.ProjectPortfolio)ProjectCodes.Portfolio.ToWire(p.Portfolio),
                Customer = p.Customer,
                Phase = (Wire.ProjectPhase)ProjectCodes.Phase.ToWire(p.Phase),
                StartDate = DateRules.ToText(p.StartDate),
                PlannedEnd = DateRules.ToText(p.PlannedEnd),
                BudgetTotal = ToMoney(p.BudgetTotal),
                SpentToDate = ToMoney(p.SpentToDate),
                Forecast = ToMoney(p.Forecast),
                ForecastVariance = ToMoney(line.ForecastVariance),
                ForecastStatus = line.ForecastStatus.ToWire(),
                BudgetConsumptionPercent = ToWire(line.ConsumptionPercent),
                ScheduleStatus = (Wire.StatusColour)ProjectCodes.Colour.ToWire(p.Schedule),
                CostStatus = (Wire.StatusColour)ProjectCodes.Colour.ToWire(p.Cost),
                ScopeStatus = (Wire.StatusColour)ProjectCodes.Colour.ToWire(p.Scope),
                Status = line.Status.ToWire(),
                StatusComment = p.StatusComment,
                ManagerRole = p.ManagerRole,
                InterregionalRisk = line.InterregionalChain is not null,
                InterregionalChain = ToWire(line.InterregionalChain),
                MilestoneRisk = line.MilestoneChain is not null,
                MilestoneChain = ToWire(line.MilestoneChain),
            };
            wire.DependsOn.AddRange(line.DependsOn);
            wire.BudgetByYear.AddRange(line.YearBudgets.Select(b => new Wire.YearBudget { Year = b.BudgetYear, Budget = ToMoney(b.Budget) }));
            response.Projects.Add(wire);
        }

        response.ByPortfolioAndPhase.AddRange(report.ByPortfolioAndPhase.Select(c => new Wire.PortfolioPhaseCell
        {
            Portfolio = (Wire.ProjectPortfolio)ProjectCodes.Portfolio.ToWire(c.Portfolio),
            Phase = (Wire.ProjectPhase)ProjectCodes.Phase.ToWire(c.Phase),
            Projects = c.Projects,
            BudgetTotal = ToMoney(c.BudgetTotal),
        }));
        var t = report.Totals;
        response.Totals = new Wire.PortfolioTotals
        {
            Projects = t.Projects,
            BudgetTotal = ToMoney(t.BudgetTotal),
            SpentToDate = ToMoney(t.SpentToDate),
            Forecast = ToMoney(t.Forecast),
            ForecastVariance = ToMoney(t.ForecastVariance),
            ForecastStatus = t.ForecastStatus.ToWire(),
            BudgetConsumptionPercent = ToWire(t.ConsumptionPercent),
            RedProjects = t.RedProjects,
            RedProjectsStatus = t.RedProjectsStatus.ToWire(),
            OverBudgetProjects = t.OverBudgetProjects,
            OverBudgetStatus = t.OverBudgetStatus.ToWire(),
            InterregionalRiskProjects = t.InterregionalRiskProjects,
            MilestoneRiskProjects = t.MilestoneRiskProjects,
        };
        foreach (var moved in report.MovedMilestones)
        {
            var m = moved.Milestone;
            var wire = new Wire.MovedMilestone
            {
                MilestoneId = m.MilestoneId, Name = m.Name, ProjectId = m.ProjectId ?? string.Empty, Owner = m.Owner ?? string.Empty,
                BaselineDate = DateRules.ToText(m.BaselineDate), DueDate = DateRules.ToText(m.DueDate),
            };
            wire.ProjectsAtRisk.AddRange(moved.ProjectsAtRisk);
            response.MovedMilestones.Add(wire);
        }

        return response;
    }

    public static Wire.SnapshotHeader ToHeader(this SnapshotEntry entry) => new()
    {
        SnapshotId = entry.SnapshotId.ToString(),
        Period = Period.Of(entry.Year, entry.Month),
        Label = entry.Label,
        TakenAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(entry.TakenAt),
        Projects = entry.Projects,
    };

    public static Wire.Snapshot ToWire(this Snapshot snapshot) => new()
    {
        SnapshotId = snapshot.Header.SnapshotId.ToString(),
        Period = Period.Of(snapshot.Header.Year, snapshot.Header.Month),
        Label = snapshot.Header.Label,
        TakenAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(snapshot.Header.TakenAt),
        Portfolio = snapshot.Report.ToResponse(),
    };

    public static Wire.CompareSnapshotsResponse ToResponse(Snapshot from, Snapshot to, IReadOnlyList<ProjectChange> changes)
    {
        var response = new Wire.CompareSnapshotsResponse { From = from.Header.ToHeader(), To = to.Header.ToHeader() };
        response.Changes.AddRange(changes.Select(c => new Wire.ProjectChange { ProjectId = c.ProjectId, Name = c.Name, Field = c.Field, Before = c.Before, After = c.After }));
        return response;
    }

    private static Wire.WorkOrderDeliveries ToWire(WorkOrderDeliveries d) => new()
    {
        Period = Period.Of(d.Year, d.Month),
        Received = d.Received,
        Delivered = d.Delivered,
        DeliveredOnTime = d.DeliveredOnTime,
        AverageLeadTimeDays = ToWire(d.AverageLeadTimeDays),
        OnTimePercent = ToWire(d.OnTimePercent),
        OnTimeTargetPercent = ToWire(d.TargetPercent),
        OnTimeStatus = d.OnTimeStatus.ToWire(),
    };

    public static Wire.GetWorkOrderReportResponse ToResponse(this WorkOrderFigures figures)
    {
        var response = new Wire.GetWorkOrderReportResponse { Period = Period.Of(figures.Year, figures.Month), YearToDate = ToWire(figures.YearToDate) };
        response.Months.AddRange(figures.Months.Select(ToWire));
        response.OpenByAge.AddRange(figures.OpenByAge.Select(b => new Wire.AgeBand { Band = b.Band, Open = b.Open, Overdue = b.Overdue }));
        response.ByCustomer.AddRange(figures.ByCustomer.Select(c => new Wire.CustomerWorkOrders
        {
            Customer = c.Customer,
            Received = c.Deliveries.Received,
            Delivered = c.Deliveries.Delivered,
            DeliveredOnTime = c.Deliveries.DeliveredOnTime,
            OnTimePercent = ToWire(c.Deliveries.OnTimePercent),
            OnTimeStatus = c.Deliveries.OnTimeStatus.ToWire(),
            Open = c.Open,
        }));
        response.ByCategory.AddRange(figures.ByCategory.Select(c => new Wire.CategoryWorkOrders
        {
            Category = (Wire.WorkOrderCategory)WorkOrderCodes.Category.ToWire(c.Category), Received = c.Received, Delivered = c.Delivered, Open = c.Open,
        }));
        return response;
    }

    public static Wire.GetBenefitsResponse ToResponse(this BenefitFigures figures)
    {
        var response = new Wire.GetBenefitsResponse { Year = figures.Year };
        response.Benefits.AddRange(figures.Benefits.Select(l => new Wire.BenefitLine
        {
            BenefitId = l.Benefit.BenefitId,
            ProjectId = l.Benefit.ProjectId ?? string.Empty,
            Source = l.Source,
            Description = l.Benefit.Description,
            Unit = (Wire.BenefitUnit)BenefitCodes.Unit.ToWire(l.Benefit.Unit),
            Expected = WireDecimal.FromDecimal(l.Benefit.Expected),
            Realised = ToWire(l.Benefit.Realised),
            RealisedPercent = ToWire(l.RealisedPercent),
            Status = l.Status.ToWire(),
        }));
        response.Totals.AddRange(figures.Totals.Select(t => new Wire.BenefitTotal
        {
            Unit = (Wire.BenefitUnit)BenefitCodes.Unit.ToWire(t.Unit),
            Expected = WireDecimal.FromDecimal(t.Expected),
            Realised = ToWire(t.Realised),
            ExpectedOfMeasured = WireDecimal.FromDecimal(t.ExpectedOfMeasured),
            RealisedPercent = ToWire(t.RealisedPercent),
            Status = t.Status.ToWire(),
            Benefits = t.Benefits,
            Measured = t.Measured,
        }));
        return response;
    }
}

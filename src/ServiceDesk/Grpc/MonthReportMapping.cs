using Hemit.ServiceDesk.Availability;
using Hemit.ServiceDesk.Releases;
using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Tickets;
using Hemit.Contracts.Common.V1;
using Wire = Hemit.Contracts.ServiceDesk.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.ServiceDesk.Grpc;

/// <summary>The month's figures on the wire: exact rates, codes for types.</summary>
public static class MonthReportMapping
{
    public static Wire.GetMonthReportResponse ToResponse(this MonthFigures figures)
    {
        var response = new Wire.GetMonthReportResponse
        {
            Period = Period.Of(figures.Month.Year, figures.Month.Month),
            FirstLine = new Wire.FirstLineResolution
            {
                Resolved = figures.FirstLine.Resolved,
                FirstLine = figures.FirstLine.FirstLine,
                RatePercent = figures.FirstLine.RatePercent.ToWireDecimal(),
                TargetPercent = Decimal.FromDecimal(figures.FirstLine.TargetPercent),
                TargetMet = figures.FirstLine.TargetMet,
            },
        };
        response.TicketsByType.AddRange(figures.ByType.Select(t => new Wire.TicketTypeCount
        {
            Type = ToWire(t.Type),
            Count = t.Count,
            SameMonthLastYear = t.SameMonthLastYear,
            ChangePercent = t.ChangePercent.ToWireDecimal(),
        }));
        response.DeadlineResolution.AddRange(figures.Deadlines.Select(d => new Wire.DeadlineResolution
        {
            Priority = d.Priority ?? 0,
            Resolved = d.Resolved,
            WithinDeadline = d.WithinDeadline,
            RatePercent = d.RatePercent.ToWireDecimal(),
            TargetPercent = Decimal.FromDecimal(d.TargetPercent),
            TargetMet = d.TargetMet,
        }));
        response.TopServices.AddRange(figures.TopServices.Select(s => new Wire.ServiceTicketCount { Service = s.Service, Count = s.Count }));
        var calls = figures.Calls;
        response.Calls = new Wire.CallFigures
        {
            Answered = calls.Answered,
            SameMonthLastYear = calls.SameMonthLastYear,
            ChangePercent = calls.ChangePercent.ToWireDecimal(),
            AverageWaitSeconds = calls.AverageWaitSeconds.ToWireDecimal(),
            TargetWaitSeconds = Decimal.FromDecimal(calls.TargetWaitSeconds),
            TargetMet = calls.TargetMet,
        };
        response.Backlog.AddRange(figures.Backlog.Select(b => new Wire.BacklogCount { Service = b.Service, Responsible = b.Responsible, Count = b.Count }));
        return response;
    }

    public static Wire.GetReleasesResponse ToResponse(this ReleaseFigures figures)
    {
        var response = new Wire.GetReleasesResponse
        {
            Year = figures.Year,
            Through = Period.Of(figures.Year, figures.ThroughMonth),
            CarriedOut = figures.CarriedOut,
            OnPlan = figures.OnPlan,
            OnPlanPercent = figures.OnPlanPercent.ToWireDecimal(),
        };
        response.Late.AddRange(figures.Late.Select(r => new Wire.LateRelease
        {
            ReleaseId = r.ReleaseId,
            Service = r.Service,
            PlannedDate = r.PlannedDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ActualDate = r.ActualDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        }));
        return response;
    }

    public static Wire.GetAvailabilityResponse ToResponse(this AvailabilityFigures figures)
    {
        var response = new Wire.GetAvailabilityResponse { Period = Period.Of(figures.Month.Year, figures.Month.Month) };
        response.Services.AddRange(figures.Services.Select(s => new Wire.ServiceUptime
        {
            Service = s.Service,
            Level = s.Level,
            DowntimeMinutes = Decimal.FromDecimal((decimal)s.Downtime.TotalMinutes),
            UptimePercent = Decimal.FromDecimal(s.UptimePercent),
        }));
        response.SlaBreaches.AddRange(figures.SlaBreaches.Select(ToWire));
        response.PlannedOutsideWindow.AddRange(figures.PlannedOutsideWindow.Select(ToWire));
        response.OtherDowntime.AddRange(figures.OtherDowntime.Select(ToWire));
        return response;
    }

    private static Wire.DowntimeLine ToWire(DowntimeLine line) => new()
    {
        Service = line.Downtime.Service,
        Start = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(line.Downtime.Start),
        End = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(line.Downtime.End),
        Description = line.Downtime.Description,
        Minutes = Decimal.FromDecimal((decimal)line.Counted.TotalMinutes),
    };

    private static Wire.TicketType ToWire(TicketType? type) => type switch
    {
        TicketType.Incident => Wire.TicketType.Incident,
        TicketType.Support => Wire.TicketType.Support,
        TicketType.Order => Wire.TicketType.Order,
        _ => Wire.TicketType.Unspecified,
    };
}

using System.Globalization;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.TestSupport;

namespace Hemit.Portal.Tests;

/// <summary>
/// Approving a month's status report places "Statusrapport pr. &lt;måned&gt;" as a decision item (B) on the next board
/// meeting: the approval's event goes through governance's outbox and RabbitMQ to its own board side.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed class ApprovalToAgendaTests(ReportStack stack)
{
    [Fact]
    public async Task An_approved_report_becomes_a_decision_item_on_the_next_meeting_and_only_once()
    {
        var board = new BoardService.BoardServiceClient(stack.Governance.Channel);
        // Two meetings ahead of today's approval: the item goes to the nearer one.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime);
        var next = today.AddDays(40);
        var later = today.AddDays(90);
        foreach (var date in new[] { next, later })
        {
            await board.CreateMeetingAsync(new CreateMeetingRequest
            {
                Date = Iso(date), Place = "Hemit, Trondheim", Board = new MeetingPart { Start = "12:00", End = "15:00" },
            });
        }

        var may = Period.Of(2019, 5);
        await stack.CloseAsync(may, "finance", "hrmetrics", "servicedesk", "projects");
        await stack.ReportInStateAsync(may, StatusReportState.Final);
        await stack.Governance.Client.ApproveStatusReportAsync(new ApproveStatusReportRequest { Period = may, ApprovedBy = "Styret" });

        var meeting = await Eventually.ReachAsync(
            async () => await board.GetMeetingAsync(new GetMeetingRequest { MeetingId = Iso(next) }),
            m => m.Items.Any(i => i.Title.StartsWith("Statusrapport pr. mai 2019", StringComparison.Ordinal)),
            "the approved report is on the next meeting's agenda", TimeSpan.FromSeconds(60));

        var item = meeting.Items.Single(i => i.Title.StartsWith("Statusrapport pr. mai 2019", StringComparison.Ordinal));
        Assert.Equal(AgendaItemType.Decision, item.Type);
        Assert.Equal("Administrerende direktør", item.ResponsibleManager);
        // After the generated first item, within the board part.
        Assert.Equal(("12:05", "12:20"), (item.Start, item.End));
        Assert.Contains("til orientering", item.ProposedResolution);
        var laterMeeting = await board.GetMeetingAsync(new GetMeetingRequest { MeetingId = Iso(later) });
        Assert.DoesNotContain(laterMeeting.Items, i => i.Title.StartsWith("Statusrapport", StringComparison.Ordinal));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

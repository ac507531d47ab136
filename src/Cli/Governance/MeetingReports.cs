using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary>The year's meetings and one meeting's minutes (protokoll), as the board secretary reads them.</summary>
public static class MeetingReports
{
    public static ReportTable Meetings(int year, IEnumerable<Meeting> meetings)
    {
        var table = new ReportTable($"Styremøter {year}", [
            new ReportColumn("date", "Dato", Display: v => BoardTexts.Date((string)v!)),
            new ReportColumn("time", "Tid"),
            new ReportColumn("state", "Status"),
            new ReportColumn("items", "Saker"),
            new ReportColumn("notice_issued_on", "Innkalt", Display: v => BoardTexts.Date((string?)v ?? "")) { DropOrder = 1 },
            new ReportColumn("place", "Sted") { DropOrder = 2 },
        ]);
        foreach (var meeting in meetings)
        {
            var agenda = meeting.Items.Where(i => i.Status == AgendaItemStatus.Active).ToList();
            var numbers = agenda.Where(i => i.Number.Length > 0).Select(i => i.Number).ToList();
            var start = meeting.Seminar is { Start.Length: > 0 } seminar && string.CompareOrdinal(seminar.Start, meeting.Board.Start) < 0 ? seminar.Start : meeting.Board.Start;
            table.AddRow(meeting.Date, $"{start}-{meeting.Board.End}", BoardTexts.State(meeting.State),
                numbers.Count > 0 ? $"{numbers[0]}-{numbers[^1]}" : $"{agenda.Count} uten nr.", meeting.NoticeIssuedOn, meeting.Place);
        }

        return table;
    }

    public static IReadOnlyList<ReportTable> Minutes(Minutes minutes, OutputFormat format, int width)
    {
        var date = BoardTexts.Date(minutes.MeetingDate);
        var attendance = new ReportTable($"Møteprotokoll styremøte {date}: {BoardTexts.State(minutes.State).ToLowerInvariant()}", [
            new ReportColumn("attendance", "Fremmøte"),
            new ReportColumn("who", "Hvem"),
        ]);
        attendance.AddRow("Til stede", string.Join(", ", minutes.Attendance?.Present ?? []));
        attendance.AddRow("Forfall", string.Join(", ", minutes.Attendance?.Absent ?? []));
        attendance.Notes.Add(minutes.ApprovedAtMeetingDate.Length > 0
            ? $"Protokollen ble godkjent i møtet {BoardTexts.Date(minutes.ApprovedAtMeetingDate)} og kan ikke endres."
            : "Protokollen godkjennes i neste møte (sak 1 i det møtet).");

        var resolutions = new ReportTable("Vedtak", [
            new ReportColumn("number", "Sak"),
            new ReportColumn("title", "Sak tittel") { InTable = false },
            new ReportColumn("resolution", "Vedtak"),
        ]);
        foreach (var item in minutes.Items)
        {
            var lines = NoticeReport.Lines(item.AdoptedResolution.Length > 0 ? item.AdoptedResolution : "(ikke protokollført)", format, width - 7);
            resolutions.AddRow(item.Number.Length > 0 ? item.Number : "-", item.Title, lines[0]);
            foreach (var continuation in lines.Skip(1))
            {
                resolutions.AddRow(null, null, continuation);
            }
        }

        return [attendance, resolutions];
    }
}

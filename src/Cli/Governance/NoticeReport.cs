using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary>
/// The notice (innkalling) as the board paper sets it out: when and where, the seminar's programme, the agenda
/// (number, type, time, title), the attachments, the signatures, and whether it went out seven days ahead.
/// </summary>
public static class NoticeReport
{
    /// <summary>Sak, Type, Tid and the gaps before the title: what is left of the width for the title.</summary>
    private const int AgendaColumnsBeforeTitle = 5 + 2 + 4 + 2 + 9 + 2;

    /// <param name="width">The table's width; in a table a long title continues on the next line, as in the seed's notice.</param>
    public static IReadOnlyList<ReportTable> Build(Notice notice, OutputFormat format, int width)
    {
        var date = BoardTexts.Date(notice.MeetingDate);
        var parts = new ReportTable($"Innkalling styremøte Hemit HF {date}{(notice.Issued ? string.Empty : " (utkast)")}", [
            new ReportColumn("part", "Del"),
            new ReportColumn("time", "Tid"),
            new ReportColumn("programme", "Program") { DropOrder = 1 },
        ]);
        if (notice.Seminar is { } seminar)
        {
            parts.AddRow(seminar.Title.Length > 0 ? seminar.Title : "Styreseminar", $"{seminar.Start}-{seminar.End}", string.Join("; ", seminar.Programme));
        }

        parts.AddRow("Styremøte", $"{notice.Board.Start}-{notice.Board.End}", string.Empty);
        parts.Notes.Add($"{BoardTexts.LongDate(notice.MeetingDate)} kl. {notice.Start}-{notice.End}.");
        parts.Notes.Add($"Møtested: {notice.Place}.");

        var agenda = new ReportTable($"Saksliste styremøte {notice.Board.Start}-{notice.Board.End}", [
            new ReportColumn("number", "Sak"),
            new ReportColumn("type", "Type"),
            new ReportColumn("time", "Tid"),
            new ReportColumn("title", "Saksliste"),
            new ReportColumn("case_handler", "Saksbehandler") { InTable = false },
            new ReportColumn("case_folder", "Saksmappe") { InTable = false },
            new ReportColumn("attachments", "Vedlegg") { InTable = false },
            new ReportColumn("id", "Id") { InTable = false },
        ]);
        foreach (var item in notice.Items)
        {
            var number = item.Number.Length > 0 ? item.Number : "-";
            var lines = Lines(item.Title, format, width - AgendaColumnsBeforeTitle);
            agenda.AddRow(number, BoardTexts.Type(item.Type), BoardTexts.Slot(item.Start, item.End), lines[0],
                item.CaseHandler, item.CaseFolder, string.Join("; ", item.Attachments), item.Id);
            foreach (var continuation in lines.Skip(1))
            {
                agenda.AddRow(null, null, null, continuation, null, null, null, null);
            }
        }

        agenda.Notes.AddRange(notice.Attachments);
        agenda.Notes.AddRange(notice.Notes);
        if (!notice.Issued)
        {
            agenda.Notes.Add("Saksnumrene settes når innkallingen sendes (hemit governance notice --meeting DATO --issue).");
        }

        var signed = new ReportTable($"{notice.SignedAt}, {BoardTexts.Date(notice.IssuedOn)}", [
            new ReportColumn("role", "Rolle"),
            new ReportColumn("name", "Navn"),
        ]);
        foreach (var signatory in notice.Signatories)
        {
            signed.AddRow(signatory.Role, signatory.Name);
        }

        signed.Notes.Add(notice.LateByDays > 0
            ? $"Innkallingen er for sen: sendt {notice.DaysBefore} dager før møtet, {notice.LateByDays} dager etter fristen på {notice.RequiredDays} dager."
            : $"Innkallingen er i tide: sendt {notice.DaysBefore} dager før møtet (minst {notice.RequiredDays}).");
        return [parts, agenda, signed];
    }

    /// <summary>
    /// A long text in a table's last column: in a table it goes on over the next lines (rows with only this cell),
    /// as the board paper breaks a long title; csv and json keep it whole.
    /// </summary>
    public static IReadOnlyList<string> Lines(string text, OutputFormat format, int width) =>
        format == OutputFormat.Table ? TableLayout.Wrap(text, Math.Max(20, width)) : [text];
}

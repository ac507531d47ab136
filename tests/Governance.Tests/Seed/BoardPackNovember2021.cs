using Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Tests.Seed;

/// <summary>
/// Seed 001: the notice of 12 November 2021 for the board's seminar and meeting on Friday 19 November 2021, items
/// 8/21-13/21 as the secretary enters them (7/21 is generated). Case handlers and managers are entered as roles, not
/// the seed's names. The meeting of 29 October 2021 is the one before it; the seed gives only its date and that its
/// items end at 6/21, so its five items besides the generated one are the board's usual first-meeting business.
/// </summary>
public static class BoardPackNovember2021
{
    public const string November19 = "2021-11-19";
    public const string October29 = "2021-10-29";
    public const string Place = "Abels gt. 9, 4.egt. møterom Gråkallen";
    public const string CaseFolder = "2021/996";
    public const string Ceo = "Administrerende direktør";

    public static CreateMeetingRequest Meeting() => new()
    {
        Date = November19,
        Place = Place,
        Seminar = new MeetingPart
        {
            Title = "Styreseminar: Introduksjon til Hemit",
            Start = "10:00",
            End = "12:00",
            Programme = { "Organisasjon, tjenester, oppgaver", "Virksomhetsstyring og ledelsessystem", "Økonomimodell" },
        },
        Board = new MeetingPart { Start = "12:00", End = "14:00" },
    };

    /// <summary>The notice's agenda as printed: number, type, time, title.</summary>
    public static readonly IReadOnlyList<(string Number, string Type, string Time, string Title)> PrintedAgenda =
    [
        ("7/21", "B", "1200-1205", "Godkjenning av innkalling, agenda og møteprotokoll av 29.10.2021"),
        ("8/21", "O", "1205-1225", "Administrerende direktørs orienteringer"),
        ("9/21", "B", "1225-1255", "Statusrapport pr. oktober"),
        ("10/21", "B", "1255-1325", "Budsjett 2022"),
        ("11/21", "B", "1325-1330", "Konsernkontoordning for Hemit HF"),
        ("12/21", "O", "1330-1350", "Felles styresak informasjonssikkerhet"),
        ("13/21", "B", "1350-1400", "Årshjul og møteplan 2022"),
    ];

    public static IReadOnlyList<AddAgendaItemRequest> Items() =>
    [
        Item(AgendaItemType.Information, "12:05", "12:25", "Administrerende direktørs orienteringer",
            "Styret i Hemit HF tar saken til orientering",
            "Sak 8-2021 vedlegg 1 - Etablering og drift av Azure tenant for Helseplattformen",
            "Sak 8-2021 vedlegg 2 – Måloppnåelse og overordnet risikovurdering (10 på topp) Helse Midt-Norge IT - T2 2021",
            "Sak 8-2021 vedlegg 3 - Oppdragsbrev Helse Midt-Norge IT 2021 - Tertialrapportering T2 2021"),
        Item(AgendaItemType.Decision, "12:25", "12:55", "Statusrapport pr. oktober",
            "Styret for Hemit HF godkjenner statusrapporten per oktober 2021.",
            "Sak 9-2021 vedlegg 1-Hemit driftsrapport oktober 2021"),
        Item(AgendaItemType.Decision, "12:55", "13:25", "Budsjett 2022",
            "1. Styret vedtar budsjett for 2022 i samsvar med Tabell 1. og i tråd med eventuelle justeringer som legges fram i møtet. " +
            "2. Administrerende direktør kan justere enkeltposter i henhold til beslutning om prosjekt og investeringer i SDS og rammer gitt av styret i Helse Midt-Norge."),
        Item(AgendaItemType.Decision, "13:25", "13:30", "Konsernkontoordning for Hemit HF",
            "Styret for Hemit HF godkjenner tiltredelsen av foretakets konto inn i konsernkontosystemet til eier Helse Midt-Norge RHF."),
        Item(AgendaItemType.Information, "13:30", "13:50", "Felles styresak informasjonssikkerhet",
            "Styret i Hemit HF tar informasjon om regional handlingsplan for informasjonssikkerhet og personvern til orientering.",
            "Sak 12-2021 vedlegg 1 - Mål og strategi for informasjonssikkerhet og personvern i Helse Midt-Norge",
            "Sak 12-2021 vedlegg 2 - Regional handlingsplan for informasjonssikkerhet og personvern"),
        Item(AgendaItemType.Decision, "13:50", "14:00", "Årshjul og møteplan 2022",
            "1. Styret i Hemit HF vedtar fremlagte årshjul 2. Styret i Hemit HF vedtar følgende møtedatoer for 2022",
            "Sak 13-2021 Vedlegg 1- Årshjul 2022"),
    ];

    /// <summary>The meeting of 29 October 2021: the board's first, so its first item approves only notice and agenda.</summary>
    public static CreateMeetingRequest OctoberMeeting() => new()
    {
        Date = October29,
        Place = Place,
        Board = new MeetingPart { Start = "10:00", End = "14:00" },
    };

    public static IReadOnlyList<AddAgendaItemRequest> OctoberItems() =>
    [
        Item(AgendaItemType.Information, "10:05", "10:30", "Administrerende direktørs orienteringer", "Styret i Hemit HF tar saken til orientering"),
        Item(AgendaItemType.Decision, "10:30", "11:00", "Statusrapport pr. september", "Styret for Hemit HF godkjenner statusrapporten per september 2021."),
        Item(AgendaItemType.Decision, "11:00", "11:30", "Instruks for styret", "Styret vedtar instruks for styret."),
        Item(AgendaItemType.Decision, "11:30", "12:00", "Instruks for administrerende direktør", "Styret vedtar instruks for administrerende direktør."),
        Item(AgendaItemType.Decision, "12:00", "12:30", "Fullmaktsstruktur", "Styret vedtar fullmaktsstrukturen."),
    ];

    private static AddAgendaItemRequest Item(AgendaItemType type, string start, string end, string title, string proposal, params string[] attachments) => new()
    {
        Item = new AgendaItem
        {
            Type = type,
            Start = start,
            End = end,
            Title = title,
            CaseHandler = Ceo,
            ResponsibleManager = Ceo,
            CaseFolder = CaseFolder,
            ProposedResolution = proposal,
            Attachments = { attachments },
            CeoRecommendation = $"{Ceo} anbefaler at styret vedtar forslaget.",
        },
    };
}

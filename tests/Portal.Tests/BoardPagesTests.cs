using System.Globalization;
using Hemit.Contracts.Governance.V1;
using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>
/// The board's own pages in real headless Chromium, on what governance holds after gRPC calls as a board secretary
/// makes them: today's meeting (seminar, two saker after the generated first; the secretary adds the third and calls it
/// in the portal, then its minutes are kept), a draft meeting two years ahead, the årshjul of a generated plan, the owner's
/// assignments of 2025 with their indicators, the risk register and the audits of 2025-T2, and the reporting calendar
/// of 2025 read as of 1 June 2025. Seeded once for the class, in years (2025, two and three years ahead) and risk codes no
/// other test of the stack uses; today's meeting ends held, so it takes no other test's agenda items.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed class BoardPagesTests(ReportStack stack) : IAsyncLifetime
{
    private const string Place = "Abels gt. 9, 4. etg. møterom Gråkallen";
    private static readonly SeedOnce Seed = new();

    /// <summary>Today in Oslo: a notice may not be issued for a day before it, minutes not recorded for a day after it.</summary>
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime);

    private static readonly DateOnly Later = new(Today.Year + 2, 1, 13);

    private static readonly int PlanYear = Today.Year + 3;

    private static string Yy => (Today.Year % 100).ToString("00", CultureInfo.InvariantCulture);

    private BoardService.BoardServiceClient Board => new(stack.Governance.Channel);

    public Task InitializeAsync() => Seed.RunAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// One meeting's life: the secretary adds the last sak and calls the meeting in the portal, the minutes are recorded
    /// (as `hemit governance meetings minutes --record` does), and a board member reads it all. Today's meeting, since a
    /// notice may not go out for a day gone and minutes not be kept for a day to come; and held at the end, since a
    /// called meeting ahead would take other tests' agenda items and block meetings before it.
    /// </summary>
    [Fact]
    public async Task The_secretary_calls_todays_meeting_and_a_board_member_reads_its_notice_agenda_case_papers_and_minutes()
    {
        var secretary = await stack.Browsers.PageAsAsync(PortalPerson.BoardSecretary, 1280, 800);
        await secretary.GotoAsync(new Uri(stack.Portal.Address, $"styremoter/{Iso(Today)}").ToString());
        Assert.Equal($"Styremøte Hemit HF {Norwegian(Today)} Utkast", Squeezed(await secretary.Locator("h1").InnerTextAsync()));
        Assert.Contains("Innkallingen er ikke sendt.", await secretary.Locator("#innkalling .draft-note").InnerTextAsync());
        Assert.Equal(["–", "–", "–"], await secretary.Locator("#innkalling table.agenda tbody th").AllInnerTextsAsync());

        await secretary.GetByText("Legg til sak", new() { Exact = true }).ClickAsync();
        await secretary.Locator("#item-type").SelectOptionAsync("B");
        await secretary.Locator("#item-start").FillAsync("12:55");
        await secretary.Locator("#item-end").FillAsync("13:25");
        await secretary.Locator("#item-title").FillAsync("Budsjett 2022");
        await secretary.Locator("#item-handler").FillAsync("Økonomisjef");
        await secretary.Locator("#item-manager").FillAsync("Administrerende direktør");
        await secretary.Locator("#item-folder").FillAsync("2021/996");
        await secretary.Locator("#item-proposal").FillAsync("Styret vedtar budsjett for 2022.");
        await secretary.Locator("form.item-form").ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifacts.PathFor("styremote-ny-sak.png") });
        await secretary.GetByText("Legg til saken").ClickAsync();
        await secretary.Locator("#innkalling table.agenda").GetByText("Budsjett 2022").WaitForAsync();
        Assert.Equal(0, await secretary.Locator("p.problem").CountAsync());

        await secretary.GetByText("Send innkallingen").ClickAsync();
        await secretary.Locator("h1 .badge", new() { HasText = "Innkalt" }).WaitForAsync();
        await secretary.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("styremote-innkalt.png"), FullPage = true });
        Assert.Equal([$"Sak 1/{Yy}", $"Sak 2/{Yy}", $"Sak 3/{Yy}", $"Sak 4/{Yy}"], await secretary.Locator("#innkalling table.agenda tbody th").AllInnerTextsAsync());
        Assert.Equal($"Trondheim, {Norwegian(Today)}", await secretary.Locator(".signed-at").InnerTextAsync());
        await secretary.CloseAsync();

        var meeting = await Board.GetMeetingAsync(new GetMeetingRequest { MeetingId = Iso(Today) });
        Assert.Equal(MeetingState.Called, meeting.State);
        var budget = meeting.Items.Single(i => i.Title == "Budsjett 2022");
        Assert.Equal((AgendaItemType.Decision, "Økonomisjef", "2021/996", $"4/{Yy}"), (budget.Type, budget.CaseHandler, budget.CaseFolder, budget.Number));
        await Board.RecordMinutesAsync(new RecordMinutesRequest
        {
            MeetingId = Iso(Today),
            Attendance = new Attendance { Present = { "Styrets leder", "Nestleder", "Styremedlem (ansattvalgt)" }, Absent = { "Styremedlem" } },
            Resolutions = { new ItemResolution { ItemId = budget.Id, AdoptedResolution = "Styret vedtar budsjett for 2022 med de endringer som kom fram i møtet." } },
        });

        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember, 1280, 800);
        await page.GotoAsync(stack.Portal.Address.ToString());
        // The board member's navigation: the board's pages, not the operations page.
        Assert.Equal(["Statusrapport", "Tertialrapport", "Styremøter", "Årshjul", "Oppdrag og indikatorer", "Risiko", "Tilsyn og revisjoner", "Rapporteringskalender"],
            await page.Locator(".portal-nav a").AllInnerTextsAsync());

        await page.Locator(".portal-nav").GetByText("Styremøter").ClickAsync();
        await page.WaitForURLAsync("**/styremoter");
        Assert.Equal($"Styremøter {Today.Year}", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Styremøter", await page.Locator(".portal-nav a.active").InnerTextAsync());
        var row = page.Locator($"tr[data-meeting='{Iso(Today)}']");
        Assert.Equal([$"{Norwegian(Today)} {Weekday(Today)}", "10:00–14:00", Place, "Avholdt", $"1/{Yy}–4/{Yy}", Norwegian(Today)],
            await row.Locator("th, td").AllInnerTextsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("styremoter.png"), FullPage = true });

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync($"**/styremoter/{Iso(Today)}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("styremote.png"), FullPage = true });
        Assert.Equal($"Styremøte Hemit HF {Norwegian(Today)} Avholdt", Squeezed(await page.Locator("h1").InnerTextAsync()));
        Assert.Equal(0, await page.GetByText("Send innkallingen").CountAsync());
        Assert.Equal(0, await page.GetByText("Legg til sak", new() { Exact = true }).CountAsync());

        // The notice as the seed's: seminar programme, then the agenda with numbers, types and slots.
        var notice = page.Locator("#innkalling");
        Assert.Contains("Det kalles med dette inn til styreseminar og styremøte i Hemit HF.", await notice.InnerTextAsync());
        Assert.Contains($"{char.ToUpperInvariant(Weekday(Today)[0])}{Weekday(Today)[1..]} {LongDate(Today)} kl. 10:00–14:00", await notice.InnerTextAsync());
        Assert.Equal(["Organisasjon, tjenester, oppgaver", "Virksomhetsstyring og ledelsessystem", "Økonomimodell"], await notice.Locator("ul li").AllInnerTextsAsync());
        Assert.Equal(
        [
            $"Sak 1/{Yy}", "B", "1200-1205", "Godkjenning av innkalling og agenda",
            $"Sak 2/{Yy}", "O", "1205-1225", "Administrerende direktørs orienteringer",
            $"Sak 3/{Yy}", "B", "1225-1255", "Statusrapport pr. oktober",
            $"Sak 4/{Yy}", "B", "1255-1325", "Budsjett 2022",
        ], await notice.Locator("table.agenda tbody th, table.agenda tbody td").AllInnerTextsAsync());
        // Issued today for today: seven days too late, and the page says so.
        Assert.Equal("For sen Innkallingen ble sendt 0 dager før møtet, 7 dager etter fristen på 7 dager.", Squeezed(await notice.Locator(".late").InnerTextAsync()));

        // From the agenda to the case paper of 3/yy.
        await notice.GetByRole(AriaRole.Link, new() { Name = "Statusrapport pr. oktober" }).ClickAsync();
        var paper = page.Locator($"#sak-3-{Yy}");
        Assert.Equal($"Sak 3/{Yy} – Statusrapport pr. oktober", await paper.Locator("h3").InnerTextAsync());
        Assert.Equal(["Type", "Vedtakssak (B)", "Saksbehandler", "Økonomisjef", "Ansvarlig leder", "Administrerende direktør", "Saksmappe", "2021/996",
                "Dato for styremøte", LongDate(Today, withWeekday: true)],
            await paper.Locator("dt, dd").AllInnerTextsAsync());
        Assert.Equal(["Forslag til vedtak", "Vedlegg"], await paper.Locator("h4").AllInnerTextsAsync());
        Assert.Equal("Styret tar statusrapporten pr. oktober til orientering.", await paper.Locator("p.resolution").InnerTextAsync());
        Assert.Equal(["Statusrapport pr. oktober 2021"], await paper.Locator("ol li").AllInnerTextsAsync());

        // The minutes: attendance and the resolution adopted per sak, the budget's as amended in the meeting.
        var minutes = page.Locator("#protokoll");
        Assert.Contains("Protokollen godkjennes i neste møte (sak 1 i det møtet).", await minutes.InnerTextAsync());
        Assert.Equal(["Til stede", "Styrets leder, Nestleder, Styremedlem (ansattvalgt)", "Forfall", "Styremedlem"],
            await minutes.Locator("dl.attendance dt, dl.attendance dd").AllInnerTextsAsync());
        Assert.Equal([$"4/{Yy}", "Budsjett 2022", "Styret vedtar budsjett for 2022 med de endringer som kom fram i møtet."],
            await minutes.Locator($"tr[data-item='4/{Yy}'] th, tr[data-item='4/{Yy}'] td").AllInnerTextsAsync());
        Assert.Equal("Styret tar statusrapporten pr. oktober til orientering.", await minutes.Locator($"tr[data-item='3/{Yy}'] td.resolution").InnerTextAsync());

        // Printed, the page keeps its papers and drops the navigation.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".portal-nav").IsVisibleAsync());
        Assert.True(await paper.IsVisibleAsync());
        await page.PdfAsync(new PagePdfOptions { Path = Artifacts.PathFor("styremote.pdf"), Format = "A4" });
        Assert.Contains($"Sak 4/{Yy}", string.Join("\n", await PdfText.PagesAsync(Artifacts.PathFor("styremote.pdf"))));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_draft_meeting_ahead_shows_its_notice_as_it_would_go_out_without_numbers_or_actions_for_a_board_member()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember, 1280, 800);
        await page.GotoAsync(new Uri(stack.Portal.Address, $"styremoter/{Iso(Later)}").ToString());
        Assert.Equal($"Styremøte Hemit HF {Norwegian(Later)} Utkast", Squeezed(await page.Locator("h1").InnerTextAsync()));
        Assert.StartsWith("Innkallingen er ikke sendt.", await page.Locator("#innkalling .draft-note").InnerTextAsync());
        Assert.Equal(["–", "O", "1035-1055", "Administrerende direktørs orienteringer"],
            await page.Locator("#innkalling table.agenda tbody tr").Nth(1).Locator("th, td").AllInnerTextsAsync());
        Assert.StartsWith($"Innkallingen sendes {Later.DayNumber - Today.DayNumber} dager før møtet", await page.Locator(".in-time").InnerTextAsync());
        Assert.Equal("Protokollen føres når møtet er holdt.", await page.Locator("#protokoll .empty").InnerTextAsync());
        Assert.Equal(0, await page.GetByText("Send innkallingen").CountAsync());
        Assert.Equal(0, await page.GetByText("Legg til sak", new() { Exact = true }).CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_annual_cycle_shows_each_planned_meeting_with_its_recurring_saker()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember, 1280, 800);
        await page.GotoAsync(stack.Portal.Address.ToString());
        await page.Locator(".portal-nav").GetByText("Årshjul").ClickAsync();
        await page.Locator("#aar").FillAsync(PlanYear.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await page.WaitForURLAsync($"**/arshjul?aar={PlanYear}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("arshjul.png"), FullPage = true });

        Assert.Equal(PlanDates.Select(Iso).ToArray(), await page.Locator("li.cycle-meeting").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.meeting)"));
        var first = page.Locator($"li[data-meeting='{Iso(PlanDates[0])}'] ul li");
        Assert.Equal(["O Administrerende direktørs orienteringer", "B Statusrapport pr. desember", $"B Årlig melding {PlanYear - 1}", $"B Tertialrapport T3 {PlanYear - 1}"],
            (await first.AllInnerTextsAsync()).Skip(1).ToArray());
        var last = page.Locator($"li[data-meeting='{Iso(PlanDates[^1])}'] ul li");
        Assert.Equal(["O Administrerende direktørs orienteringer", "B Statusrapport pr. november", $"B Budsjett {PlanYear + 1}", $"B Årshjul og møteplan {PlanYear + 1}"],
            (await last.AllInnerTextsAsync()).Skip(1).ToArray());
        Assert.Contains($"B Tertialrapport T1 {PlanYear}", await page.Locator($"li[data-meeting='{Iso(PlanDates[2])}'] ul li").AllInnerTextsAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Assignments_show_status_risk_and_overdue_and_the_indicators_are_those_hr_metrics_computes()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember, 1280, 800);
        await page.GotoAsync(new Uri(stack.Portal.Address, "oppdrag?aar=2025").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("oppdrag-2025.png"), FullPage = true });

        Assert.Equal(["HMN25-016", "HMN25-021", "HMN25-133"], await page.Locator(".owner-assignments table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.assignment)"));
        Assert.Equal(["HMN25-021 Sykefravær Hovedmål 4", "Leder", "", "Pågår", "Middels", "Handlingsplan i alle avdelinger (2025-T2)"],
            await Cells(page, "tr[data-assignment='HMN25-021']"));
        Assert.Equal(["HMN25-133 Plan for automatisert overføring av data Hovedmål 3", "Bidrar", "01.03.2025 Forfalt", "Pågår", "Høy", "Planen er forsinket (2025-T2)"],
            await Cells(page, "tr[data-assignment='HMN25-133']"));
        Assert.Equal("overdue", await page.Locator("tr[data-assignment='HMN25-133']").GetAttributeAsync("class"));
        Assert.Null(await page.Locator("tr[data-assignment='HMN25-016']").GetAttributeAsync("class"));
        Assert.Equal(["1 høy risiko", "1 forfalt", "1 fullført"], await page.Locator(".summary-line .badge").AllInnerTextsAsync());

        // The indicators as HR metrics computed them now: one row each, its verdict as the service gave it.
        var indicators = (await new OwnerAssignmentService.OwnerAssignmentServiceClient(stack.Governance.Channel)
            .GetIndicatorsAsync(new GetOwnerIndicatorsRequest { Year = 2025 })).Indicators;
        Assert.NotEmpty(indicators);
        Assert.Equal(indicators.Select(i => i.Name).ToArray(), await page.Locator(".indicators table tbody th").AllInnerTextsAsync());
        Assert.Equal(indicators.Select(i => !i.HasFigures ? "Mangler tall" : i.OnTrack ? "I rute" : "Ikke i rute").ToArray(),
            await page.Locator(".indicators table tbody td .badge").AllInnerTextsAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_risk_register_audits_and_reporting_calendar_show_what_is_high_late_and_due_next()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember, 1280, 800);
        await page.GotoAsync(new Uri(stack.Portal.Address, "risiko?tertial=2025-T2").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("risiko-2025-T2.png"), FullPage = true });
        Assert.Equal("Topp ti risiko 2025-T2", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["R-07", "R-12", "R-11"], await page.Locator("table.risks tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.risk)"));
        Assert.Equal(["1", "R-07 Manglende kapasitet innen IKT-sikkerhet", "Direktør drift", "4", "5", "20", "Økt (fra 12)", "Rekruttering og innleie"],
            await Cells(page, "tr[data-risk='R-07']"));
        Assert.Equal(["3", "R-11 Leverandør av sentralbord går konkurs", "Direktør kunde", "2", "3", "6", "Ny", ""], await Cells(page, "tr[data-risk='R-11']"));
        Assert.Equal("Uendret", await page.Locator("tr[data-risk='R-12'] td").Nth(5).InnerTextAsync());
        Assert.Equal("R-07", await page.Locator("td[data-cell='4-5']").InnerTextAsync());
        Assert.Equal("R-12", await page.Locator("td[data-cell='3-3']").InnerTextAsync());

        await page.Locator(".portal-nav").GetByText("Tilsyn og revisjoner").ClickAsync();
        await page.Locator("#tertial").FillAsync("2025-T2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await page.WaitForURLAsync("**/tilsyn?tertial=2025-T2");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("tilsyn-2025-T2.png"), FullPage = true });
        Assert.Equal("Varslet 0 · pågående 1 · avsluttet 1 1 med passert frist", Squeezed(await page.Locator("[data-counts='audits']").InnerTextAsync()));
        var labour = page.Locator(".audits table tbody tr", new() { HasText = "Arbeidstilsynet" });
        Assert.Equal(["Arbeidstilsynet Arbeidstid og hviletid i driftsavdelingen", "Pågående", "12.05.2025", "", "3", "2", "30.09.2025 Frist passert", "Plan for lukking sendt"],
            (await labour.Locator("th, td").AllInnerTextsAsync()).Select(Squeezed));
        Assert.Equal("overdue", await labour.GetAttributeAsync("class"));
        var closed = page.Locator(".audits table tbody tr", new() { HasText = "Datatilsynet" });
        Assert.Equal(["Avsluttet", "01.03.2025", "20.06.2025", "1", "0", ""], (await closed.Locator("td").AllInnerTextsAsync()).Take(6).ToArray());

        // The reporting calendar as it stood on 1 June 2025: April's report and T1 late, May's next.
        await page.GotoAsync(new Uri(stack.Portal.Address, "rapportering?aar=2025&per=2025-06-01").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("rapportering-2025.png"), FullPage = true });
        Assert.Equal("Per 01.06.2025.", await page.Locator(".calendar-summary .report-meta").InnerTextAsync());
        Assert.StartsWith("2 forsinket", await page.Locator(".late-count").InnerTextAsync());
        var calendar = await new RiskAndAuditService.RiskAndAuditServiceClient(stack.Governance.Channel)
            .GetReportingCalendarAsync(new GetReportingCalendarRequest { Year = 2025, AsOf = "2025-06-01" });
        Assert.Equal($"Neste frist: {calendar.NextDue.Label}, 16.06.2025", await page.Locator(".next-due").InnerTextAsync());
        var april = page.Locator("tr[data-covers='2025-04']");
        Assert.Equal("late", await april.GetAttributeAsync("class"));
        Assert.Equal(["2025-04", "15.05.2025", "", "Forsinket", "17"], await april.Locator("td").AllInnerTextsAsync());
        Assert.Equal(["2025-T1", "20.05.2025", "", "Forsinket", "12"], await page.Locator("tr[data-covers='2025-T1'] td").AllInnerTextsAsync());
        Assert.Equal(["2025-03", "15.04.2025", "14.04.2025", "Sendt", ""], await page.Locator("tr[data-covers='2025-03'] td").AllInnerTextsAsync());
        Assert.Equal("next", await page.Locator("tr[data-covers='2025-05']").GetAttributeAsync("class"));
        Assert.Equal("Kommende (neste frist)", Squeezed(await page.Locator("tr[data-covers='2025-05'] td").Nth(3).InnerTextAsync()));
        await page.CloseAsync();
    }

    private static readonly DateOnly[] PlanDates =
    [
        new(PlanYear, 1, 13), new(PlanYear, 3, 23), new(PlanYear, 6, 9), new(PlanYear, 9, 15), new(PlanYear, 10, 26), new(PlanYear, 12, 1),
    ];

    private async Task SeedAsync()
    {
        var board = Board;
        await board.CreateMeetingAsync(new CreateMeetingRequest
        {
            Date = Iso(Today), Place = Place,
            Seminar = new MeetingPart { Start = "10:00", End = "12:00", Title = "Styreseminar: Introduksjon til Hemit",
                Programme = { "Organisasjon, tjenester, oppgaver", "Virksomhetsstyring og ledelsessystem", "Økonomimodell" } },
            Board = new MeetingPart { Start = "12:00", End = "14:00" },
        });
        await AddAsync(Today, AgendaItemType.Information, "12:05", "12:25", "Administrerende direktørs orienteringer", "");
        var status = await AddAsync(Today, AgendaItemType.Decision, "12:25", "12:55", "Statusrapport pr. oktober", "Styret tar statusrapporten pr. oktober til orientering.",
            "Statusrapport pr. oktober 2021");
        Assert.Equal(AgendaItemType.Decision, status.Type);

        await board.CreateMeetingAsync(new CreateMeetingRequest { Date = Iso(Later), Place = "Hemit, Trondheim", Board = new MeetingPart { Start = "10:30", End = "14:30" } });
        await AddAsync(Later, AgendaItemType.Information, "10:35", "10:55", "Administrerende direktørs orienteringer", "");

        var plan = new GenerateMeetingPlanRequest { Year = PlanYear };
        plan.Meetings.AddRange(PlanDates.Select(d => new PlannedMeeting { Date = Iso(d), Start = "12:00", End = "16:00", Place = "Hemit, Trondheim" }));
        await board.GenerateMeetingPlanAsync(plan);

        var assignments = new OwnerAssignmentService.OwnerAssignmentServiceClient(stack.Governance.Channel);
        await assignments.SaveAssignmentsAsync(new SaveAssignmentsRequest
        {
            Assignments =
            {
                new OwnerAssignment { Code = "HMN25-021", Title = "Sykefravær", GoalArea = "Hovedmål 4", Role = HemitRole.Leads, ReportedPerTertial = true, ReportedInAnnualReport = true },
                new OwnerAssignment { Code = "HMN25-133", Title = "Plan for automatisert overføring av data", GoalArea = "Hovedmål 3", Deadline = "2025-03-01", Role = HemitRole.Contributes },
                new OwnerAssignment { Code = "HMN25-016", Title = "Bedre bruk av helsedata", GoalArea = "Hovedmål 3", Deadline = "2025-06-30", Role = HemitRole.Contributes },
            },
        });
        foreach (var (code, tertial, state, risk, comment) in new[]
                 {
                     ("HMN25-021", "2025-T1", AssignmentStatus.InProgress, GoalRisk.High, "Fraværet øker"),
                     ("HMN25-021", "2025-T2", AssignmentStatus.InProgress, GoalRisk.Medium, "Handlingsplan i alle avdelinger"),
                     ("HMN25-133", "2025-T2", AssignmentStatus.InProgress, GoalRisk.High, "Planen er forsinket"),
                     ("HMN25-016", "2025-T2", AssignmentStatus.Completed, GoalRisk.Low, "Regional plan vedtatt"),
                 })
        {
            await assignments.ReportAssignmentStatusAsync(new ReportAssignmentStatusRequest { Code = code, Tertial = tertial, Status = state, Risk = risk, Comment = comment });
        }

        var register = new RiskAndAuditService.RiskAndAuditServiceClient(stack.Governance.Channel);
        await register.SaveRiskAsync(new SaveRiskRequest { Code = "R-07", Title = "Manglende kapasitet innen IKT-sikkerhet", Owner = "Direktør drift", Measures = "Rekruttering og innleie" });
        await register.SaveRiskAsync(new SaveRiskRequest { Code = "R-11", Title = "Leverandør av sentralbord går konkurs", Owner = "Direktør kunde" });
        await register.SaveRiskAsync(new SaveRiskRequest { Code = "R-12", Title = "Forsinket utfasing av eldre journalsystem", Owner = "Direktør utvikling", Measures = "Egen plan for utfasing" });
        foreach (var (code, tertial, probability, consequence) in new[]
                 {
                     ("R-07", "2025-T1", 3, 4), ("R-07", "2025-T2", 4, 5), ("R-12", "2025-T1", 3, 3), ("R-12", "2025-T2", 3, 3), ("R-11", "2025-T2", 2, 3),
                 })
        {
            await register.AssessRiskAsync(new AssessRiskRequest { Code = code, Tertial = tertial, Probability = probability, Consequence = consequence });
        }

        await register.SaveAuditAsync(new SaveAuditRequest { Audit = new Audit
        {
            Authority = "Arbeidstilsynet", Subject = "Arbeidstid og hviletid i driftsavdelingen", State = AuditState.Ongoing, NotifiedOn = "2025-05-12",
            Findings = 3, OpenFindings = 2, Deadline = "2025-09-30", Comment = "Plan for lukking sendt",
        } });
        await register.SaveAuditAsync(new SaveAuditRequest { Audit = new Audit
        {
            Authority = "Datatilsynet", Subject = "Behandling av personopplysninger i pasientreiser", State = AuditState.Closed, NotifiedOn = "2025-03-01",
            ClosedOn = "2025-06-20", Findings = 1, OpenFindings = 0,
        } });

        foreach (var (kind, covers, due) in new[]
                 {
                     (ReportKind.Monthly, "2025-03", "2025-04-15"), (ReportKind.Monthly, "2025-04", "2025-05-15"), (ReportKind.Monthly, "2025-05", "2025-06-16"),
                     (ReportKind.Tertial, "2025-T1", "2025-05-20"),
                 })
        {
            await register.SetReportingDeadlineAsync(new SetReportingDeadlineRequest { Kind = kind, Covers = covers, Due = due });
        }

        foreach (var (kind, covers, on) in new[]
                 {
                     (ReportKind.Monthly, "2025-03", "2025-04-14"), (ReportKind.AnnualAdministrative, "2024", "2025-01-31"), (ReportKind.AnnualBoardApproved, "2024", "2025-02-14"),
                 })
        {
            await register.MarkReportSubmittedAsync(new MarkReportSubmittedRequest { Kind = kind, Covers = covers, SubmittedOn = on });
        }
    }

    private async Task<AgendaItem> AddAsync(DateOnly meeting, AgendaItemType type, string start, string end, string title, string proposal, params string[] attachments) =>
        await Board.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            MeetingId = Iso(meeting),
            Item = new AgendaItem
            {
                Type = type, Start = start, End = end, Title = title, CaseHandler = type == AgendaItemType.Decision ? "Økonomisjef" : "Administrerende direktør",
                ResponsibleManager = "Administrerende direktør", CaseFolder = "2021/996", ProposedResolution = proposal, Attachments = { attachments },
            },
        });

    private static async Task<string[]> Cells(IPage page, string row) => [.. (await page.Locator($"{row} th, {row} td").AllInnerTextsAsync()).Select(Squeezed)];

    /// <summary>
    /// A cell's text with its line breaks and runs of spaces as single spaces, as a person reads it (a MudChip is a flex
    /// box, so innerText breaks the line before its words, where the screen shows them on the line).
    /// </summary>
    private static string Squeezed(string text) => string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Norwegian(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Weekday(DateOnly date) => date.ToString("dddd", CultureInfo.GetCultureInfo("nb-NO"));

    private static string LongDate(DateOnly date, bool withWeekday = false) =>
        date.ToString(withWeekday ? "dddd d. MMMM yyyy" : "d. MMMM yyyy", CultureInfo.GetCultureInfo("nb-NO"));
}

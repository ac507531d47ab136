using System.Text;
using System.Text.Json;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.Projects;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Projects.Tests.Integration;

namespace Hemit.Projects.Tests.Cli;

/// <summary>What <c>hemit projects portfolio|work-orders|benefits</c> print from the real service: 80 columns, Norwegian names and words.</summary>
public sealed class PortfolioOutputTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private const int Narrow = 80;

    private async Task<IReadOnlyList<ReportTable>> PortfolioAsync()
    {
        await host.PushSeedAsync();
        return PortfolioCommand.Tables(await host.Client.GetPortfolioAsync(new GetPortfolioRequest { Period = Period.Of(2021, 10) }));
    }

    private static void FitsIn(string printed, int width) =>
        Assert.All(printed.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= width, $"{line.TrimEnd('\r').Length} > {width}: {line}"));

    private static string From(string printed, string title) => printed[printed.IndexOf(title, StringComparison.Ordinal)..];

    [Fact]
    public async Task The_portfolio_fits_80_columns_with_norwegian_names_colours_and_thousands()
    {
        var printed = PrintedReport.Of(await PortfolioAsync(), OutputFormat.Table, Narrow);

        FitsIn(printed, Narrow);
        var projects = new PrintedTable(printed);
        Assert.Equal(["Nytt sikkerhetsbygg Østmarka", "18 700", "18 650", "grønn grønn grønn"], projects.Cells("Nytt sikkerhetsbygg Østmarka"));
        Assert.Equal(["Ålesund sjukehus – IKT", "27 500", "27 500", "grønn grønn gul"], projects.Cells("Ålesund sjukehus – IKT"));
        Assert.Equal(["SNR IKT", "145 000", "151 000", "rød gul grønn"], projects.Cells("SNR IKT"));
        Assert.Equal(["Totalt", "427 600", "443 150"], projects.Cells("Totalt"));
        Assert.Contains("Utelatt ved 80 tegns bredde: Kunde, Portefølje, Planlagt slutt, Påløpt, Fase, Avvik, Forbruk.", printed.ReplaceLineEndings(" "));

        var scope = new PrintedTable(From(printed, "Omfang og faser pr. oktober 2021"));
        Assert.Equal(["Infrastruktur", "Konsept", "1", "4 000"], scope.Cells("Infrastruktur"));
        Assert.Equal(["Nasjonale og interregionale", "Gjennomføring", "2", "54 000"], scope.Cells("Nasjonale og interregionale"));
        Assert.Equal(["Totalt", "15", "427 600"], scope.Cells("Totalt"));

        var figures = new PrintedTable(From(printed, "Nøkkeltall pr. oktober 2021"));
        Assert.Equal(["Prosjekter med rød status", "4", "ikke nådd"], figures.Cells("Prosjekter med rød status"));
        Assert.Equal(["Prosjekter med prognose over budsjett", "7", "ikke nådd"], figures.Cells("Prosjekter med prognose over budsjett"));

        Assert.Equal(["AMK IKT", "fremdrift, kostnad"], new PrintedTable(From(printed, "Prosjekter med rød status pr.")).Cells("AMK IKT"));
        var interregional = new PrintedTable(From(printed, "Avhengighet til interregionale prosjekter (høy risiko)"));
        Assert.Equal(["SNR IKT", "AMK IKT → Ny AMK-løsning Midt-Norge"], interregional.Cells("SNR IKT"));
        Assert.Equal(["Lukket legemiddelsløyfe", "Reseptur og Butikkdata (RBD)"], interregional.Cells("Lukket legemiddelsløyfe"));
    }

    [Fact]
    public async Task Csv_and_json_carry_codes_exact_amounts_and_norwegian_letters_as_themselves()
    {
        var tables = await PortfolioAsync();

        var csv = PrintedReport.Of(tables[0], OutputFormat.Csv);
        Assert.StartsWith("project_id,name,portfolio,customer,phase,planned_end,budget_total,spent_to_date,budget_consumption_percent,forecast,forecast_variance,status,", csv);
        Assert.Contains("P-SNR-IKT,SNR IKT,trust_specific,Helse Møre og Romsdal,execution,2025-03-31,145000000,61300000,", csv);
        Assert.Contains(",red/yellow/green,red,yellow,green,not_met,Programleder bygg-IKT", csv);

        var json = JsonDocument.Parse(PrintedReport.Of(tables[0], OutputFormat.Json)).RootElement;
        var ostmarka = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("project_id").GetString() == "P-OSTMARKA");
        Assert.Equal(("Nytt sikkerhetsbygg Østmarka", "closing", -50000m), (ostmarka.GetProperty("name").GetString(), ostmarka.GetProperty("phase").GetString(),
            ostmarka.GetProperty("forecast_variance").GetDecimal()));
        Assert.Contains("\"Nytt sikkerhetsbygg Østmarka\"", PrintedReport.Of(tables[0], OutputFormat.Json));
    }

    [Fact]
    public async Task The_work_order_report_fits_80_columns_month_by_month_with_the_year_to_date()
    {
        await host.PushAsync(ProjectsHost.Read("work-orders-2021.csv", ProjectsImportFiles.WorkOrders, ProjectsImportFiles.ToWorkOrder));
        var response = await host.Client.GetWorkOrderReportAsync(new GetWorkOrderReportRequest { Period = Period.Of(2021, 10) });
        var printed = PrintedReport.Of(WorkOrdersCommand.Tables(response), OutputFormat.Table, Narrow);

        FitsIn(printed, Narrow);
        var months = new PrintedTable(printed);
        Assert.Equal(["oktober 2021", "4", "5", "4", "80,0 %", "35,6", "80 %", "nådd"], months.Cells("oktober 2021"));
        Assert.Equal(["september 2021", "2", "2", "1", "50,0 %", "65,0", "80 %", "ikke nådd"], months.Cells("september 2021"));
        Assert.Equal(["februar 2021", "0", "0", "0", "…", "…", "80 %"], months.Cells("februar 2021"));
        Assert.Equal(["Hiå", "13", "8", "6", "75,0 %", "48,1", "80 %", "ikke nådd"], months.Cells("Hiå"));
        var age = new PrintedTable(From(printed, "Åpne oppdrag etter alder"));
        Assert.Equal(["over 180 dager", "1", "1"], age.Cells("over 180 dager"));
        Assert.Equal(["Totalt", "5", "2"], age.Cells("Totalt"));
        var customers = new PrintedTable(From(printed, "Oppdrag per kunde i oktober 2021"));
        Assert.Equal(["Helse Møre og Romsdal", "1", "1", "0,0 %", "ikke nådd", "1"], customers.Cells("Helse Møre og Romsdal"));
        Assert.Equal(["Sykehusapotekene i Midt-Norge", "1", "1", "100,0 %", "nådd", "0"], customers.Cells("Sykehusapotekene i Midt-Norge"));
        Assert.Equal(["Rådgivning", "1", "0", "2"], new PrintedTable(From(printed, "Oppdrag per kategori")).Cells("Rådgivning"));
    }

    [Fact]
    public async Task Benefits_print_realised_against_expected_per_unit_in_norwegian()
    {
        await host.PushSeedAsync();
        await host.PushAsync(ProjectsHost.Read("benefits-2025.csv", ProjectsImportFiles.Benefits, ProjectsImportFiles.ToBenefit));
        var printed = PrintedReport.Of(BenefitsCommand.Tables(await host.Client.GetBenefitsAsync(new GetBenefitsRequest { Year = 2025 })), OutputFormat.Table, Narrow);

        FitsIn(printed, Narrow);
        Assert.Equal(["Automatisert fakturamatch", "timer per år", "5 000", "4 100,5", "82 %"], new PrintedTable(printed).Cells("Automatisert fakturamatch"));
        Assert.Equal(["Mobile enheter og telefoni", "kr per år", "2 500 000", "…"], new PrintedTable(printed).Cells("Mobile enheter og telefoni"));
        var totals = new PrintedTable(From(printed, "Gevinster 2025 samlet"));
        Assert.Equal(["kr per år", "8 500 000", "2", "1", "6 000 000", "4 500 000", "75 %", "ikke nådd"], totals.Cells("kr per år"));
    }

    [Fact]
    public void A_project_file_with_a_norwegian_colour_word_or_a_bad_year_list_is_refused_before_anything_is_sent_naming_row_and_column()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("hemit-projects-").FullName, "portefølje.csv");
        var lines = File.ReadAllLines(ProjectsHost.TestData("portfolio-2021-10.csv"), Encoding.UTF8).Take(3).ToArray();
        lines[2] = lines[2].Replace(",green,green,green,", ",grønn,green,green,", StringComparison.Ordinal).Replace("2021=9000000|2022=13000000", "2021:9000000", StringComparison.Ordinal);
        File.WriteAllLines(path, lines, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (_, problems) = CsvImporter.Read(new FileInfo(path), ProjectsImportFiles.Projects, ProjectsImportFiles.ToProject);

        Assert.Equal([(2L, "schedule_status"), (2L, "budget_by_year")], problems.Select(p => (p.Row, p.Field)));
        Assert.Equal("'grønn' is not one of green, yellow, red", problems[0].Reason);
        Assert.StartsWith("'2021:9000000' is not YEAR=AMOUNT", problems[1].Reason);
    }
}

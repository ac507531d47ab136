using Hemit.Cli.Finance;
using Hemit.Cli.Governance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Projects;
using Hemit.Cli.ServiceDesk;
using Hemit.HostileInput.Tests.Grpc;
using Hemit.HostileInput.Tests.Support;

namespace Hemit.HostileInput.Tests.Csv;

/// <summary>Every file <c>hemit</c> imports (finance, hr, servicedesk, projects, governance), each with a sound three-row file.</summary>
public static class CsvKinds
{
    public static IEnumerable<IIngestCase> All =>
    [
        .. new CsvKind<Contracts.Finance.V1.LedgerLine>
        {
            Name = "finance ledger", Layout = LedgerFile.Layout, ToMessage = LedgerFile.ToMessage, Ingest = FinanceCases.Ledger,
            StartCall = (h, ct) => h.FinanceClient.ImportLedgerLines(cancellationToken: ct), NumberColumn = "amount",
            Valid = s => $"period,line,scenario,amount\n{Y(s)}-01,salaries_permanent,actual,1234567.89\n{Y(s)}-02,salaries_permanent,budget,-100\n{Y(s)}-03,earmarked_grants,actual,0.5\n",
        }.Cases(),
        .. new CsvKind<Contracts.Finance.V1.CategoryBudget>
        {
            Name = "finance category-budgets", Layout = BudgetFiles.CategoryLayout, ToMessage = BudgetFiles.ToCategoryBudget, Ingest = FinanceCases.CategoryBudgets,
            StartCall = (h, ct) => h.FinanceClient.ImportCategoryBudgets(cancellationToken: ct), NumberColumn = "budget",
            Valid = s => $"budget_year,category,budget,previous_budget,previous_forecast\n{Y(s)},service_agreement,899509000,881342000,\n{Y(s)},operations_lo,34210000,,\n{Y(s)},regional_project_portfolio,74321000.5,,0\n",
        }.Cases(),
        .. new CsvKind<Contracts.Finance.V1.ServiceAreaBudget>
        {
            Name = "finance service-area-budgets", Layout = BudgetFiles.ServiceAreaLayout, ToMessage = BudgetFiles.ToServiceAreaBudget, Ingest = FinanceCases.ServiceAreaBudgets,
            StartCall = (h, ct) => h.FinanceClient.ImportServiceAreaBudgets(cancellationToken: ct), NumberColumn = "original_proposal",
            Valid = s => $"budget_year,area,previous_budget,previous_forecast,long_term_budget,original_proposal\n{Y(s)},clinical_support,,,,120000000\n{Y(s)},advisory,10000000,,,11000000\n{Y(s)},patient_treatment,,,50000000,7\n",
        }.Cases(),
        .. new CsvKind<Contracts.Finance.V1.ServiceAreaBudgetAdjustment>
        {
            Name = "finance service-area-budget-adjustments", Layout = BudgetFiles.AdjustmentLayout, ToMessage = BudgetFiles.ToAdjustment, Ingest = FinanceCases.Adjustments,
            StartCall = (h, ct) => h.FinanceClient.ImportServiceAreaBudgetAdjustments(cancellationToken: ct), NumberColumn = "amount", TextColumn = "reason",
            Valid = s => $"budget_year,area,amount,reason\n{Y(s)},clinical_support,1500000,Økning anbefalt av lederforum LØ\n{Y(s)},advisory,-250000.25,Nedjustering etter årsoppgjør på Tiller\n{Y(s)},clinical_support,10,Lønnsoppgjør for fagområde å\n",
        }.Cases(),
        .. new CsvKind<Contracts.Finance.V1.Investment>
        {
            Name = "finance investments", Layout = InvestmentFile.Layout, ToMessage = InvestmentFile.ToMessage, Ingest = FinanceCases.Investments,
            StartCall = (h, ct) => h.FinanceClient.ImportInvestments(cancellationToken: ct), NumberColumn = "budget", TextColumn = "item",
            Valid = s => $"year,portfolio,item,budget,long_term_budget,spent_to_date,forecast\n{Y(s)},programme_areas,Klinisk støtte og pasientbehandling,120000000,,1,\n{Y(s)},infrastructure,Drift og infrastruktur,45000000,,,\n{Y(s)},infrastructure,Nettverk på Ørland,3000000.75,,,2\n",
        }.Cases(),
        .. new CsvKind<Contracts.Finance.V1.CostMeasure>
        {
            Name = "finance cost-measures", Layout = CostMeasureFile.Layout, ToMessage = CostMeasureFile.ToMessage, Ingest = FinanceCases.CostMeasures,
            StartCall = (h, ct) => h.FinanceClient.ImportCostMeasures(cancellationToken: ct), NumberColumn = "gain_percent_of", TextColumn = "activity",
            Valid = s => $"year,activity,status,gain_unit,gain_low,gain_high,gain_percent_of,next_step\n{Y(s)},Felles innkjøp av lisenser,Pågår,nok,1000000,2000000,,Forhandling med leverandør\n{Y(s)},Færre skrivere på sykehusene,Utredes,percent,1.5,3,10000000,\n{Y(s)},Økt selvbetjening,Ikke startet,percent,1,2,500000,Se på Åsen\n",
        }.Cases(),
        .. new CsvKind<Contracts.HrMetrics.V1.SickLeaveRecord>
        {
            Name = "hr sick-leave", Layout = HrImportFiles.SickLeave, ToMessage = HrImportFiles.ToSickLeave, Ingest = HrMetricsCases.SickLeave,
            StartCall = (h, ct) => h.HrClient.ImportSickLeave(cancellationToken: ct), NumberColumn = "sick_leave_days", TextColumn = "unit",
            Valid = s => $"period,unit,agreed_work_days,sick_leave_days,self_certified_days\n{Y(s)}-10,Brukerstøtte,1200,61.5,12\n{Y(s)}-10,Drift og infrastruktur,2300.25,98,\n{Y(s)}-11,Økonomi og innkjøp på Åsen,400,0,0\n",
        }.Cases(),
        .. new CsvKind<Contracts.HrMetrics.V1.WorkingTimeViolationRecord>
        {
            Name = "hr working-time-violations", Layout = HrImportFiles.WorkingTimeViolations, ToMessage = HrImportFiles.ToWorkingTimeViolation, Ingest = HrMetricsCases.WorkingTime,
            StartCall = (h, ct) => h.HrClient.ImportWorkingTimeViolations(cancellationToken: ct), NumberColumn = "count", TextColumn = "unit",
            Valid = s => $"period,unit,rule,count,cause\n{Y(s)}-03,Brukerstøtte,daily_rest,4,on_call_callout\n{Y(s)}-03,Brukerstøtte,overtime,0,\n{Y(s)}-04,Nettverk og sikkerhet på Øya,night_work,12,deployment\n",
        }.Cases(),
        .. new CsvKind<Contracts.HrMetrics.V1.StaffingRecord>
        {
            Name = "hr staffing", Layout = HrImportFiles.Staffing, ToMessage = HrImportFiles.ToStaffing, Ingest = HrMetricsCases.Staffing,
            StartCall = (h, ct) => h.HrClient.ImportStaffing(cancellationToken: ct), NumberColumn = "fte_months",
            Valid = s => $"period,category,fte_months,headcount,starters,leavers\n{Y(s)}-06,permanent,612.5,640,3,2\n{Y(s)}-06,temporary,21,25,,\n{Y(s)}-06,consultant,40.25,44,0,1\n",
        }.Cases(),
        .. new CsvKind<Contracts.Projects.V1.Project>
        {
            Name = "projects projects", Layout = ProjectsImportFiles.Projects, ToMessage = ProjectsImportFiles.ToProject, Ingest = ProjectsCases.Projects,
            StartCall = (h, ct) => h.ProjectsClient.ImportProjects(cancellationToken: ct), NumberColumn = "spent_to_date", TextColumn = "name",
            Valid = s => "period,project_id,name,portfolio,customer,phase,start_date,planned_end,budget_total,spent_to_date,forecast,schedule_status,cost_status,scope_status,manager_role,status_comment,budget_by_year,depends_on\n"
                + $"{Y(s)}-10,P-{s}-A,Sårbarhetsstyring,regional_ehealth,Helse Møre og Romsdal,execution,{Y(s)}-01-01,{Y(s) + 1}-12-31,10000000,1000000.5,10000000,green,yellow,green,Prosjektleder infrastruktur,Går etter planen,{Y(s)}=4000000|{Y(s) + 1}=6000000,\n"
                + $"{Y(s)}-10,P-{s}-B,Ny kjernejournal på Ørland,trust_specific,St. Olavs hospital,planning,{Y(s)}-02-01,{Y(s)}-12-31,500000,0,450000,green,green,green,Prosjektleder klinikk,,,P-{s}-A\n"
                + $"{Y(s)}-10,P-{s}-C,Trådløst nett på Østmarka,infrastructure,Helse Nord-Trøndelag,concept,{Y(s)}-03-01,{Y(s)}-09-30,100,0,100,red,green,yellow,Prosjektleder nettverk,Må følge opp,,\n",
        }.Cases(),
        .. new CsvKind<Contracts.Projects.V1.Milestone>
        {
            Name = "projects milestones", Layout = ProjectsImportFiles.Milestones, ToMessage = ProjectsImportFiles.ToMilestone, Ingest = ProjectsCases.Milestones,
            StartCall = (h, ct) => h.ProjectsClient.ImportMilestones(cancellationToken: ct), TextColumn = "name",
            Valid = s => $"milestone_id,name,due_date,project_id,owner,completed_date\nHP-{s}-1,Helseplattformen PD1 på Øya,{Y(s)}-03-01,,Helseplattformen AS,\nHP-{s}-2,Opplæring av førstelinje,{Y(s)}-04-15,,Helse Nord-Trøndelag,{Y(s)}-04-14\nHP-{s}-3,Går i drift,{Y(s)}-09-30,,Helseplattformen AS,\n",
        }.Cases(),
        .. new CsvKind<Contracts.Projects.V1.WorkOrder>
        {
            Name = "projects work-orders", Layout = ProjectsImportFiles.WorkOrders, ToMessage = ProjectsImportFiles.ToWorkOrder, Ingest = ProjectsCases.WorkOrders,
            StartCall = (h, ct) => h.ProjectsClient.ImportWorkOrders(cancellationToken: ct), TextColumn = "customer",
            Valid = s => $"order_id,category,customer,received_date,due_date,delivered_date\nOPP-{s}-1,new_solution,St. Olavs hospital,{Y(s)}-02-01,{Y(s)}-03-01,{Y(s)}-02-20\nOPP-{s}-2,network,Helse Møre og Romsdal,{Y(s)}-02-03,{Y(s)}-02-28,{Y(s)}-02-27\nOPP-{s}-3,advisory,Sykehusapotekene på Øya,{Y(s)}-02-05,{Y(s)}-04-01,{Y(s)}-03-01\n",
        }.Cases(),
        .. new CsvKind<Contracts.Projects.V1.Benefit>
        {
            Name = "projects benefits", Layout = ProjectsImportFiles.Benefits, ToMessage = ProjectsImportFiles.ToBenefit, Ingest = ProjectsCases.Benefits,
            StartCall = (h, ct) => h.ProjectsClient.ImportBenefits(cancellationToken: ct), NumberColumn = "expected", TextColumn = "description",
            Valid = s => $"benefit_id,description,unit,year,expected,project_id,measure,realised\nGEV-{s}-1,Lavere lisenskostnader på Øya,nok_per_year,{Y(s)},100000,,Automatisert fakturamatch,5000.5\nGEV-{s}-2,Færre henvendelser til brukerstøtte,hours_per_year,{Y(s)},1200,,Selvbetjent passordbytte,\nGEV-{s}-3,Bedre priser på utstyr,nok_per_year,{Y(s)},0,,Felles innkjøp,0\n",
        }.Cases(),
        .. new CsvKind<Contracts.ServiceDesk.V1.TicketEvent>
        {
            Name = "servicedesk ticket-events", Layout = ServiceDeskImportFiles.TicketEvents, ToMessage = ServiceDeskImportFiles.ToTicketEvent, Ingest = ServiceDeskCases.TicketEvents,
            StartCall = (h, ct) => h.ServiceDeskClient.ImportTicketEvents(cancellationToken: ct), NumberColumn = "priority", TextColumn = "service",
            Valid = s => $"ticket_id,occurred_at,event,type,priority,service,responsible,first_line_resolved\nINC{s:D4}01,{Y(s)}-09-06T09:15:00+02:00,created,incident,2,Doculive EPJ,Hemit brukerstøtte,\nINC{s:D4}01,{Y(s)}-09-06T11:00:00+02:00,resolved,,,,,ja\nINC{s:D4}02,{Y(s)}-09-07T10:00:00+02:00,created,support,3,Økonomisystem på Øya,Leverandør Åsgård,\n",
        }.Cases(),
        .. new CsvKind<Contracts.ServiceDesk.V1.CallInterval>
        {
            Name = "servicedesk calls", Layout = ServiceDeskImportFiles.Calls, ToMessage = ServiceDeskImportFiles.ToCallInterval, Ingest = ServiceDeskCases.Calls,
            StartCall = (h, ct) => h.ServiceDeskClient.ImportCalls(cancellationToken: ct), NumberColumn = "answered",
            Valid = s => $"interval_start,answered,total_wait_seconds\n{Y(s)}-10-04T08:00:00+02:00,10,300\n{Y(s)}-10-04T08:15:00+02:00,0,0\n{Y(s)}-10-04T08:30:00+02:00,7,1260\n",
        }.Cases(),
        .. new CsvKind<Contracts.ServiceDesk.V1.Release>
        {
            Name = "servicedesk releases", Layout = ServiceDeskImportFiles.Releases, ToMessage = ServiceDeskImportFiles.ToRelease, Ingest = ServiceDeskCases.Releases,
            StartCall = (h, ct) => h.ServiceDeskClient.ImportReleases(cancellationToken: ct), TextColumn = "service",
            Valid = s => $"release_id,service,planned_date,actual_date\nREL-{Y(s)}-001,Doculive EPJ,{Y(s)}-05-01,{Y(s)}-05-03\nREL-{Y(s)}-002,Økonomisystem på Øya,{Y(s)}-06-10,\nREL-{Y(s)}-003,Lønn og personal,{Y(s)}-07-01,{Y(s)}-07-01\n",
        }.Cases(),
        .. new CsvKind<Contracts.ServiceDesk.V1.ServiceLevel>
        {
            Name = "servicedesk service-levels", Layout = ServiceDeskImportFiles.ServiceLevels, ToMessage = ServiceDeskImportFiles.ToServiceLevel, Ingest = ServiceDeskCases.ServiceLevels,
            StartCall = (h, ct) => h.ServiceDeskClient.ImportServiceLevels(cancellationToken: ct), NumberColumn = "level", TextColumn = "service",
            Valid = s => $"service,level,window_weekday,window_start,window_end\nDoculive EPJ {s},1,7,22:00,23:30\nØkonomisystem {s},2,,,\nSårbarhetsskanner {s},3,,,\n",
        }.Cases(),
        .. new CsvKind<Contracts.ServiceDesk.V1.Downtime>
        {
            Name = "servicedesk downtime", Layout = ServiceDeskImportFiles.Downtime, ToMessage = ServiceDeskImportFiles.ToDowntime, Ingest = ServiceDeskCases.Downtime,
            StartCall = (h, ct) => h.ServiceDeskClient.ImportDowntime(cancellationToken: ct), TextColumn = "description",
            Valid = s => $"service,start,end,planned,description,outside_hemit\nDoculive EPJ,{Y(s)}-10-04T09:00:00+02:00,{Y(s)}-10-04T10:30:00+02:00,nei,Problemer med oppkobling mot IDS 7 på Øya,nei\nDoculive EPJ,{Y(s)}-10-05T22:00:00+02:00,{Y(s)}-10-05T23:00:00+02:00,ja,Planlagt vedlikehold,nei\nLønn og personal,{Y(s)}-10-06T12:00:00+02:00,{Y(s)}-10-06T12:05:00+02:00,nei,Feil hos leverandør i Ålesund,ja\n",
        }.Cases(),
        .. new CsvKind<Contracts.Governance.V1.OwnerAssignment>
        {
            Name = "governance assignments", Layout = AssignmentFile.Layout, ToMessage = AssignmentFile.ToAssignment, Ingest = GovernanceCases.Assignments, TextColumn = "title",
            Valid = s => $"code,title,role,text,goal_area,deadline,per_tertial,annual_report\n{Code(s, 1)},Styrke informasjonssikkerheten på Øya,leder,Hemit skal følge opp Normen,Hovedmål 4,2025-12-31,nei,ja\n{Code(s, 2)},Felles journal i Midt-Norge,bidrar,,,,ja,nei\n{Code(s, 3)},Økt bruk av skytjenester,leads,,,,nei,nei\n",
        }.Cases(),
    ];

    private static int Y(int seed) => 2000 + seed;

    private static string Code(int seed, int row) => $"HMN{seed % 100:D2}-{seed / 100 * 10 + row:D3}";
}

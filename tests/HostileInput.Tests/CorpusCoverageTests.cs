using System.CommandLine;
using Google.Protobuf.Reflection;
using Hemit.Cli.Finance;
using Hemit.Cli.Governance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Projects;
using Hemit.Cli.ServiceDesk;
using Hemit.HostileInput.Tests.Csv;
using Hemit.HostileInput.Tests.Grpc;

namespace Hemit.HostileInput.Tests;

/// <summary>The corpus reaches every ingest entry point: a new import method or import file without bad inputs fails here.</summary>
public sealed class CorpusCoverageTests
{
    private static readonly ServiceDescriptor[] Services =
    [
        Contracts.Finance.V1.FinanceService.Descriptor,
        Contracts.HrMetrics.V1.HrMetricsService.Descriptor,
        Contracts.ServiceDesk.V1.ServiceDeskService.Descriptor,
        Contracts.Projects.V1.ProjectsService.Descriptor,
        Contracts.Governance.V1.GovernanceService.Descriptor,
        Contracts.Governance.V1.OwnerAssignmentService.Descriptor,
        Contracts.Governance.V1.BoardService.Descriptor,
        Contracts.Governance.V1.RiskAndAuditService.Descriptor,
    ];

    [Fact]
    public void Every_client_streaming_import_method_of_every_service_has_at_least_five_bad_batches()
    {
        var methods = Services.SelectMany(s => s.Methods).Where(m => m.IsClientStreaming)
            .Select(m => $"{m.Service.File.Package.Split('.')[1]}.{m.Name}").ToList();

        Assert.Equal(20, methods.Count);
        foreach (var method in methods)
        {
            Assert.True(GrpcCorpusTests.Cases.Count(c => c.EntryPoint == method) >= 5, $"{method} has fewer than five bad batches in the corpus");
        }

        // Governance's batch ingest is unary: the owner's assignments in one request.
        Assert.True(GrpcCorpusTests.Cases.Count(c => c.EntryPoint == "governance.SaveAssignments") >= 5);
    }

    [Fact]
    public void Every_file_hemit_imports_has_bad_files_in_the_corpus()
    {
        var roots = new[] { FinanceCommands.Create(), HrCommands.Create(), ServiceDeskCommands.Create(), ProjectsCommands.Create(), GovernanceCommands.Create() };
        var files = roots.SelectMany(root => root.Subcommands.Where(c => c.Name == "import").SelectMany(import => import.Subcommands)
            .Select(kind => $"csv:{root.Name} {kind.Name}")).ToList();

        Assert.Equal(19, files.Count);
        foreach (var file in files)
        {
            Assert.True(CsvCorpusTests.Cases.Count(c => c.EntryPoint == file) >= 10, $"{file} has fewer than ten bad files in the corpus");
        }
    }

    [Fact]
    public void The_corpus_holds_well_over_a_hundred_bad_inputs_each_named_once()
    {
        var all = GrpcCorpusTests.Cases.Concat(CsvCorpusTests.Cases).ToList();

        Assert.True(all.Count >= 100, $"only {all.Count} bad inputs");
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct().Count());
    }
}

using Hemit.Projects.Dependencies;

namespace Hemit.Projects.Tests.Dependencies;

/// <summary>Who is at risk when something moves, and which dependencies are refused as a cycle.</summary>
public sealed class DependencyGraphTests
{
    private static readonly MilestoneNode Pd1 = new("HP-PD1", "Helseplattformen PD1", null);

    private static DependencyGraph Graph(IEnumerable<MilestoneNode> milestones, params (string Project, string DependsOn)[] dependencies)
    {
        var projects = dependencies.SelectMany(d => new[] { d.Project, d.DependsOn }).Append("P-OTHER")
            .Where(id => !id.StartsWith("HP-", StringComparison.Ordinal) && !id.StartsWith("M-", StringComparison.Ordinal))
            .Distinct().Select(id => new GraphNode(id, $"Prosjekt {id}", false));
        return new DependencyGraph(projects, milestones, dependencies.Select(d => new Dependency(d.Project, d.DependsOn)));
    }

    private static string Chain(ReachedProject reached) => string.Join(" → ", reached.Chain.Select(c => c.Id));

    [Fact]
    public void A_moved_external_milestone_puts_every_project_down_a_chain_at_risk_with_its_chain()
    {
        var graph = Graph([Pd1], ("P-MET", "HP-PD1"), ("P-SMARTTLF", "P-MET"), ("P-APPS", "P-SMARTTLF"));

        var atRisk = graph.DependentsOf("HP-PD1");

        Assert.Equal(["HP-PD1 → P-MET", "HP-PD1 → P-MET → P-SMARTTLF", "HP-PD1 → P-MET → P-SMARTTLF → P-APPS"], atRisk.Select(Chain));
        Assert.Equal("Helseplattformen PD1", atRisk[0].Chain[0].Name);
        Assert.True(atRisk[0].Chain[0].IsMilestone);
    }

    [Fact]
    public void A_diamond_reports_the_project_where_two_paths_meet_once_with_the_shortest_chain()
    {
        // P-MOBHA depends on both P-EUD and P-MET, which both wait for PD1; P-APPS waits for P-MOBHA.
        var graph = Graph([Pd1], ("P-EUD", "HP-PD1"), ("P-MET", "HP-PD1"), ("P-MOBHA", "P-EUD"), ("P-MOBHA", "P-MET"), ("P-APPS", "P-MOBHA"));

        var atRisk = graph.DependentsOf("HP-PD1");

        Assert.Equal(["P-EUD", "P-MET", "P-MOBHA", "P-APPS"], atRisk.Select(r => r.ProjectId));
        Assert.Equal("HP-PD1 → P-EUD → P-MOBHA", Chain(atRisk.Single(r => r.ProjectId == "P-MOBHA")));
        Assert.Equal("HP-PD1 → P-EUD → P-MOBHA → P-APPS", Chain(atRisk.Single(r => r.ProjectId == "P-APPS")));
        Assert.DoesNotContain(atRisk, r => r.ProjectId == "P-OTHER");
        Assert.Null(graph.FindCycle());
    }

    [Fact]
    public void A_projects_own_milestone_puts_those_depending_on_the_project_or_on_the_milestone_at_risk_but_not_the_project()
    {
        var cutover = new MilestoneNode("M-SNR-CUTOVER", "SNR IKT klar for innflytting", "P-SNR-IKT");
        var graph = Graph([cutover], ("P-SNR-KLINIKK", "P-SNR-IKT"), ("P-SNR-LAB", "M-SNR-CUTOVER"), ("P-SNR-FLYTT", "P-SNR-LAB"));

        var atRisk = graph.DependentsOf("M-SNR-CUTOVER");

        Assert.Equal(
            ["M-SNR-CUTOVER → P-SNR-IKT → P-SNR-KLINIKK", "M-SNR-CUTOVER → P-SNR-LAB", "M-SNR-CUTOVER → P-SNR-LAB → P-SNR-FLYTT"],
            atRisk.Select(Chain).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(atRisk, r => r.ProjectId == "P-SNR-IKT");
    }

    [Fact]
    public void Several_moved_milestones_give_each_project_its_nearest_chain()
    {
        var amk = new MilestoneNode("M-AMK-GOLIVE", "AMK IKT i drift", "P-AMK-IKT");
        var graph = Graph([Pd1, amk], ("P-AMK-MIDT", "M-AMK-GOLIVE"), ("P-SNR-IKT", "P-AMK-MIDT"), ("P-SNR-IKT", "HP-PD1"));

        var atRisk = graph.DependentsOf(["HP-PD1", "M-AMK-GOLIVE"]).ToDictionary(r => r.ProjectId, Chain);

        Assert.Equal("HP-PD1 → P-SNR-IKT", atRisk["P-SNR-IKT"]);
        Assert.Equal("M-AMK-GOLIVE → P-AMK-MIDT", atRisk["P-AMK-MIDT"]);
        Assert.Equal(2, atRisk.Count);
    }

    [Fact]
    public void A_cycle_of_projects_is_found_and_named_round()
    {
        var graph = Graph([], ("P-A", "P-B"), ("P-B", "P-C"), ("P-C", "P-A"), ("P-D", "P-A"));

        Assert.Equal(["P-A", "P-B", "P-C", "P-A"], graph.FindCycle());
    }

    [Fact]
    public void A_cycle_through_a_projects_milestone_is_a_cycle_and_names_the_milestone()
    {
        // P-AMK-MIDT waits for AMK IKT's go-live milestone, while AMK IKT waits for P-AMK-MIDT.
        var golive = new MilestoneNode("M-AMK-GOLIVE", "AMK IKT i drift", "P-AMK-IKT");
        var graph = Graph([golive], ("P-AMK-MIDT", "M-AMK-GOLIVE"), ("P-AMK-IKT", "P-AMK-MIDT"));

        Assert.Equal(["P-AMK-IKT", "P-AMK-MIDT", "M-AMK-GOLIVE (P-AMK-IKT)"], graph.FindCycle());
    }

    [Fact]
    public void A_project_depending_on_its_own_milestone_is_a_cycle()
    {
        var own = new MilestoneNode("M-SDDC-1", "Servere flyttet", "P-SDDC");
        var graph = Graph([own], ("P-SDDC", "M-SDDC-1"));

        Assert.Equal(["P-SDDC", "M-SDDC-1 (P-SDDC)"], graph.FindCycle());
    }

    [Fact]
    public void A_chain_without_a_loop_is_no_cycle()
    {
        var graph = Graph([Pd1], ("P-MET", "HP-PD1"), ("P-SMARTTLF", "P-MET"), ("P-MOBHA", "P-SMARTTLF"), ("P-MOBHA", "P-MET"));

        Assert.Null(graph.FindCycle());
    }
}

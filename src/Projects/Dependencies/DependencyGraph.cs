namespace Hemit.Projects.Dependencies;

/// <summary>A project or milestone as the graph names it.</summary>
public sealed record GraphNode(string Id, string Name, bool IsMilestone);

/// <summary>A milestone as the graph sees it: a project's own (<see cref="ProjectId"/>) or an external one (null).</summary>
public sealed record MilestoneNode(string Id, string Name, string? ProjectId);

/// <summary>One dependency: <see cref="ProjectId"/> needs <see cref="DependsOn"/> (a project's or a milestone's id).</summary>
public sealed record Dependency(string ProjectId, string DependsOn);

/// <summary>A project reached from a source, and the chain that links them (first the source, last the project).</summary>
public sealed record ReachedProject(string ProjectId, IReadOnlyList<GraphNode> Chain);

/// <summary>
/// Who depends on whom. A project's own milestones stand for the project itself: a project is late when one of its
/// milestones is, and a milestone waits for its project. So a dependency on a project's milestone is a dependency on
/// that project for cycles and for risk, while the chain still names the milestone. External milestones
/// (Helseplattformen PD1) are nodes of their own that depend on nothing. Pure: no database, no clock.
/// </summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ownerOf = new(StringComparer.Ordinal);
    // Dependent → (prerequisite node, the id it named), in id order so every walk is deterministic.
    private readonly Dictionary<string, List<(string Node, string Named)>> _prerequisites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Node, string Named)>> _dependents = new(StringComparer.Ordinal);

    public DependencyGraph(IEnumerable<GraphNode> projects, IEnumerable<MilestoneNode> milestones, IEnumerable<Dependency> dependencies)
    {
        foreach (var project in projects)
        {
            _nodes[project.Id] = project with { IsMilestone = false };
        }

        foreach (var milestone in milestones)
        {
            _nodes[milestone.Id] = new GraphNode(milestone.Id, milestone.Name, IsMilestone: true);
            if (milestone.ProjectId is { } owner)
            {
                _ownerOf[milestone.Id] = owner;
            }
        }

        foreach (var dependency in dependencies.OrderBy(d => d.ProjectId, StringComparer.Ordinal).ThenBy(d => d.DependsOn, StringComparer.Ordinal))
        {
            var target = NodeOf(dependency.DependsOn);
            Add(_prerequisites, dependency.ProjectId, (target, dependency.DependsOn));
            Add(_dependents, target, (dependency.ProjectId, dependency.DependsOn));
        }
    }

    /// <summary>True when the id is a project or milestone the graph knows.</summary>
    public bool Knows(string id) => _nodes.ContainsKey(id);

    public GraphNode Node(string id) => _nodes.TryGetValue(id, out var node) ? node : new GraphNode(id, id, false);

    /// <summary>
    /// A dependency cycle, as the ids a reader follows round it (the first again at the end, a milestone named where the
    /// dependency named one); null when there is none.
    /// </summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        var path = new List<(string Node, string Named)>();
        foreach (var start in _prerequisites.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start, start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        IReadOnlyList<string>? Visit(string node, string named)
        {
            if (state.TryGetValue(node, out var done))
            {
                if (done)
                {
                    return null;
                }

                var from = path.FindIndex(p => p.Node == node);
                var ids = path.Skip(from + 1).Select(Label).Prepend(node).Append(Label((node, named))).ToList();
                return ids;
            }

            state[node] = false;
            path.Add((node, named));
            foreach (var (next, nextNamed) in _prerequisites.GetValueOrDefault(node) ?? [])
            {
                if (Visit(next, nextNamed) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = true;
            return null;
        }
    }

    /// <summary>
    /// Every project that depends on <paramref name="sourceId"/> (a milestone or a project), directly or through
    /// others, once each with its shortest chain (a diamond gives one chain, the first in id order). A project's own
    /// milestone puts the projects depending on that project at risk, not the project itself.
    /// </summary>
    public IReadOnlyList<ReachedProject> DependentsOf(string sourceId) => DependentsOf([sourceId]);

    /// <summary>The same from several sources at once: each project with its shortest chain from the nearest source.</summary>
    public IReadOnlyList<ReachedProject> DependentsOf(IEnumerable<string> sourceIds)
    {
        var chains = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sourceIds.Order(StringComparer.Ordinal))
        {
            var node = NodeOf(source);
            var chain = node == source ? [Node(source)] : new List<GraphNode> { Node(source), Node(node) };
            if (sources.Add(node))
            {
                chains[node] = chain;
                queue.Enqueue(node);
            }
        }

        var reached = new List<ReachedProject>();
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (dependent, named) in _dependents.GetValueOrDefault(node) ?? [])
            {
                if (chains.ContainsKey(dependent))
                {
                    continue;
                }

                var upTo = chains[node];
                // A dependency on one of the node's milestones names it; on the moved milestone itself, straight from it.
                List<GraphNode> chain = named == node ? [.. upTo] : upTo[0].Id == named ? [upTo[0]] : [.. upTo, Node(named)];
                chain.Add(Node(dependent));
                chains[dependent] = chain;
                reached.Add(new ReachedProject(dependent, chain));
                queue.Enqueue(dependent);
            }
        }

        return reached;
    }

    /// <summary>A step of a cycle as a reader follows it: the project, or "milestone (its project)".</summary>
    private static string Label((string Node, string Named) step) => step.Named == step.Node ? step.Node : $"{step.Named} ({step.Node})";

    /// <summary>The node a dependency on <paramref name="id"/> lands on: a project milestone's project, else the id.</summary>
    private string NodeOf(string id) => _ownerOf.TryGetValue(id, out var owner) ? owner : id;

    private static void Add(Dictionary<string, List<(string, string)>> edges, string from, (string, string) to)
    {
        if (!edges.TryGetValue(from, out var list))
        {
            edges[from] = list = [];
        }

        list.Add(to);
    }
}

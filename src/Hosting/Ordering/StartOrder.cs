using Hemit.Hosting.ApplicationModel;

namespace Hemit.Hosting.Ordering;

/// <summary>
/// Which resource starts after which: a resource waits for what it names in WaitFor and for its parent (a database
/// for its server). Stopping goes the other way.
/// </summary>
internal sealed class StartOrder
{
    private readonly Dictionary<IResource, IReadOnlyList<IResource>> _dependencies;

    private StartOrder(IReadOnlyList<IResource> sequence, Dictionary<IResource, IReadOnlyList<IResource>> dependencies)
    {
        Sequence = sequence;
        _dependencies = dependencies;
    }

    /// <summary>Every resource after everything it waits for.</summary>
    public IReadOnlyList<IResource> Sequence { get; }

    /// <summary>What must be healthy before <paramref name="resource"/> starts.</summary>
    public IReadOnlyList<IResource> DependenciesOf(IResource resource) => _dependencies[resource];

    /// <summary>Groups that can start together: each group needs only earlier groups.</summary>
    public IReadOnlyList<IReadOnlyList<IResource>> Waves()
    {
        var wave = new Dictionary<IResource, int>();
        foreach (var resource in Sequence)
        {
            wave[resource] = _dependencies[resource].Count == 0 ? 0 : _dependencies[resource].Max(d => wave[d]) + 1;
        }

        return [.. Sequence.GroupBy(r => wave[r]).OrderBy(g => g.Key).Select(g => (IReadOnlyList<IResource>)[.. g])];
    }

    public static StartOrder Create(IReadOnlyList<IResource> resources)
    {
        var known = new HashSet<IResource>(resources);
        var dependencies = new Dictionary<IResource, IReadOnlyList<IResource>>();

        foreach (var resource in resources)
        {
            var startDependencies = StartDependencies(resource).Distinct().ToList();
            foreach (var dependency in startDependencies.Concat(References(resource)))
            {
                if (!known.Contains(dependency))
                {
                    throw new DistributedApplicationException(
                        $"'{resource.Name}' depends on '{dependency.Name}', which is not a resource of this application.");
                }
            }

            dependencies[resource] = startDependencies;
        }

        var sequence = Sort(resources, dependencies);
        return new StartOrder(sequence, dependencies);
    }

    private static IEnumerable<IResource> StartDependencies(IResource resource)
    {
        if (resource is IResourceWithParent child)
        {
            yield return child.Parent;
        }

        if (resource is Resource withWaits)
        {
            foreach (var waited in withWaits.WaitsFor)
            {
                yield return waited;
            }
        }
    }

    private static IEnumerable<IResource> References(IResource resource) =>
        resource is ProjectResource project ? project.References : [];

    /// <summary>Depth-first topological sort; a resource met again while its own dependencies are visited closes a cycle.</summary>
    private static List<IResource> Sort(IReadOnlyList<IResource> resources, Dictionary<IResource, IReadOnlyList<IResource>> dependencies)
    {
        var sequence = new List<IResource>();
        var done = new HashSet<IResource>();
        var path = new List<IResource>();

        void Visit(IResource resource)
        {
            if (done.Contains(resource))
            {
                return;
            }

            var position = path.IndexOf(resource);
            if (position >= 0)
            {
                var cycle = path.Skip(position).Append(resource).Select(r => r.Name);
                throw new DistributedApplicationException($"Resources wait for each other in a cycle: {string.Join(" -> ", cycle)}.");
            }

            path.Add(resource);
            foreach (var dependency in dependencies[resource])
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            done.Add(resource);
            sequence.Add(resource);
        }

        foreach (var resource in resources)
        {
            Visit(resource);
        }

        return sequence;
    }
}

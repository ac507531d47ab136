namespace Hemit.Governance.Refusals;

/// <summary>One thing wrong with a request, named by its field path (AIP-193), e.g. <c>items[2].title</c>.</summary>
public sealed record FieldProblem(string Field, string Reason);

/// <summary>The request itself is wrong (INVALID_ARGUMENT): every bad field at once; nothing was written.</summary>
public sealed class InvalidRequestException(IReadOnlyList<FieldProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Reason}")))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;
}

/// <summary>
/// The request is well formed but the board's state forbids it (FAILED_PRECONDITION), e.g. calling a meeting in the
/// past or editing approved minutes; <paramref name="type"/> is a stable code, <paramref name="subject"/> what it is about.
/// </summary>
public sealed class StateConflictException(string type, string subject, string reason) : Exception(reason)
{
    public string Type { get; } = type;

    public string Subject { get; } = subject;
}

/// <summary>A meeting, item, assignment, risk or audit that does not exist (NOT_FOUND).</summary>
public sealed class NotFoundException(string subject) : Exception($"{subject} does not exist.")
{
    public string Subject { get; } = subject;
}

/// <summary>Gathers a request's problems so the refusal names all of them, then throws once.</summary>
public sealed class Problems
{
    private readonly List<FieldProblem> _problems = [];

    public bool Any => _problems.Count > 0;

    public void Add(string field, string reason) => _problems.Add(new FieldProblem(field, reason));

    /// <summary>Adds a problem unless <paramref name="ok"/>; returns <paramref name="ok"/>.</summary>
    public bool Require(bool ok, string field, string reason)
    {
        if (!ok)
        {
            Add(field, reason);
        }

        return ok;
    }

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidRequestException(_problems.ToList());
        }
    }
}

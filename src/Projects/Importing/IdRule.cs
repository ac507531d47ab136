using Hemit.BuildingBlocks.Importing;

namespace Hemit.Projects.Importing;

/// <summary>The source system's id of a project, milestone, work order or benefit: present, at most 64 characters, no spaces.</summary>
public static class IdRule
{
    public const int MaxLength = 64;

    public static bool Check(RowRejections rejections, long row, string field, string? id, string what, string example) =>
        rejections.Check(row, field,
            string.IsNullOrWhiteSpace(id) ? $"missing; give the {what}'s id, e.g. {example}"
            : id.Length > MaxLength ? $"is {id.Length} characters long; an id has at most {MaxLength}"
            : id.Any(char.IsWhiteSpace) ? $"'{id}' has a space in it; an id is one word, e.g. {example}"
            : null);
}

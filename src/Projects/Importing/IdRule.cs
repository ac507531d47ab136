using Hemit.BuildingBlocks.Importing;

namespace Hemit.Projects.Importing;

/// <summary>The source system's id of a project, milestone, work order or benefit, by the platform's one id rule (<see cref="TextRules.IdProblem"/>).</summary>
public static class IdRule
{
    public const int MaxLength = TextRules.MaxIdLength;

    public static bool Check(RowRejections rejections, long row, string field, string? id, string what, string example) =>
        rejections.CheckId(row, field, id, what, example, MaxLength);
}

using Hemit.Contracts.Governance.V1;

namespace Hemit.Portal.Board;

/// <summary>"Legg til sak": what the board secretary types for a new sak; governance checks it and numbers it.</summary>
public sealed class NewItem
{
    public const string FormName = "ny-sak";

    /// <summary>"B" or "O".</summary>
    public string Type { get; set; } = "B";

    /// <summary>"12:05".</summary>
    public string Start { get; set; } = "";

    public string End { get; set; } = "";

    public string Title { get; set; } = "";

    public string CaseHandler { get; set; } = "";

    public string ResponsibleManager { get; set; } = "";

    public string CaseFolder { get; set; } = "";

    public string ProposedResolution { get; set; } = "";

    public AgendaItem ToWire() => new()
    {
        Type = Type == "O" ? AgendaItemType.Information : AgendaItemType.Decision,
        Start = Start.Trim(),
        End = End.Trim(),
        Title = Title.Trim(),
        CaseHandler = CaseHandler.Trim(),
        ResponsibleManager = ResponsibleManager.Trim(),
        CaseFolder = CaseFolder.Trim(),
        ProposedResolution = ProposedResolution.Trim(),
    };
}

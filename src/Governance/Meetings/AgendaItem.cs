namespace Hemit.Governance.Meetings;

/// <summary>B: vedtakssak (decision), O: orienteringssak (information).</summary>
public enum AgendaItemType
{
    Decision = 1,
    Information = 2,
}

public enum AgendaItemStatus
{
    Active = 1,

    /// <summary>Flyttet: numbered here, then moved; kept on this meeting so its number has an explanation.</summary>
    Moved = 2,
}

/// <summary>One sak on a board meeting's agenda, numbered N/YY when the meeting's notice is issued.</summary>
public sealed class AgendaItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateOnly MeetingDate { get; set; }

    /// <summary>Order on the agenda, 1 for the generated first item.</summary>
    public int Position { get; set; }

    public int? NumberSequence { get; set; }

    public int? NumberYear { get; set; }

    /// <summary>Sak N/YY; null until the notice is issued.</summary>
    public AgendaNumber? Number
    {
        get => NumberSequence is { } sequence && NumberYear is { } year ? new AgendaNumber(sequence, year) : null;
        set => (NumberSequence, NumberYear) = (value?.Sequence, value?.Year);
    }

    public AgendaItemType Type { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public string Title { get; set; } = string.Empty;

    public string CaseHandler { get; set; } = string.Empty;

    public string ResponsibleManager { get; set; } = string.Empty;

    /// <summary>Saksmappe, e.g. 2021/996.</summary>
    public string CaseFolder { get; set; } = string.Empty;

    public string ProposedResolution { get; set; } = string.Empty;

    public List<string> Attachments { get; set; } = [];

    public string CeoRecommendation { get; set; } = string.Empty;

    /// <summary>The generated first item: approval of notice, agenda and the previous meeting's minutes.</summary>
    public bool Generated { get; set; }

    public AgendaItemStatus Status { get; set; } = AgendaItemStatus.Active;

    /// <summary>On a moved-away marker: where the item went. On the moved item: where it came from.</summary>
    public DateOnly? MovedTo { get; set; }

    public DateOnly? MovedFrom { get; set; }

    /// <summary>Vedtak as the minutes record it; null until minutes are recorded.</summary>
    public string? AdoptedResolution { get; set; }

    public TimeSlot Slot => new(Start, End);
}

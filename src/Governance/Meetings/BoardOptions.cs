namespace Hemit.Governance.Meetings;

/// <summary>
/// The board's configured signatories and the city notices are signed in (section "Board"). These are the only
/// people's names the service keeps; everything else names roles.
/// </summary>
public sealed class BoardOptions
{
    public const string Section = "Board";

    public string City { get; set; } = "Trondheim";

    public string ChairName { get; set; } = string.Empty;

    public string SecretaryName { get; set; } = string.Empty;
}

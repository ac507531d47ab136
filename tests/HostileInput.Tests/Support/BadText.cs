namespace Hemit.HostileInput.Tests.Support;

/// <summary>Text a hostile or careless source sends: personal data, control characters, too much.</summary>
public static class BadText
{
    /// <summary>An 11-digit national identity number (fødselsnummer) inside a name.</summary>
    public const string NationalIdentityNumber = "Brukerstøtte 01017012345";

    public const string EmailAddress = "kari.nordmann@hemit.no";

    /// <summary>PostgreSQL cannot store NUL in text; it must be refused before the write, not fail it.</summary>
    public const string Nul = "Brukerst\0tte";

    public const string ControlCharacter = "Brukerstøtte\u001b[2J";

    /// <summary>Longer than any text field of the platform takes.</summary>
    public static readonly string TooLong = string.Concat(Enumerable.Repeat("Æøå ", 1500));
}

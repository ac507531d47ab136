namespace Hemit.Projects.Reporting;

/// <summary>
/// The codes of one closed set, as the database stores them and csv/json show them; the enum is the only way in or
/// out. The wire enums declare the same members in the same order after their UNSPECIFIED zero, so a wire value is
/// the domain value + 1.
/// </summary>
public sealed class Codes<TEnum>(params (TEnum Value, string Code)[] codes)
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> _codeOf = codes.ToDictionary(c => c.Value, c => c.Code);
    private readonly Dictionary<string, TEnum> _valueOf = codes.ToDictionary(c => c.Code, c => c.Value, StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => _valueOf.Keys;

    public string Code(TEnum value) => _codeOf.TryGetValue(value, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    public TEnum Parse(string code) =>
        _valueOf.TryGetValue(code, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(code), code, $"Unknown {typeof(TEnum).Name} code.");

    /// <summary>The domain value of a wire enum value; null for UNSPECIFIED or a number this version does not know.</summary>
    public TEnum? FromWire(int wire) => wire >= 1 && wire <= _codeOf.Count ? (TEnum)(object)(wire - 1) : null;

    public int ToWire(TEnum value) => (int)(object)value + 1;
}

/// <summary>Whether a figure meets its target, computed where the figure is (the governance report only reads it).</summary>
public enum FigureStatus
{
    Met,
    NotMet,
    NoTarget,
}

using System.Text;
using System.Text.Json;

namespace Hemit.Identity.Tests.Support;

/// <summary>A JWT read as a service would see it: header and payload as JSON (not validated here).</summary>
public sealed record Jwt(JsonElement Header, JsonElement Payload)
{
    public static Jwt Read(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        return new Jwt(Decode(parts[0]), Decode(parts[1]));
    }

    public string? Claim(string name) => Payload.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>A claim that is one string or an array of strings (aud, role), as a list.</summary>
    public IReadOnlyList<string> Claims(string name) => !Payload.TryGetProperty(name, out var value)
        ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : [value.GetString()!];

    /// <summary>The <c>scope</c> claim: one space-separated string.</summary>
    public IReadOnlyList<string> Scopes => Claim("scope")?.Split(' ') ?? [];

    private static JsonElement Decode(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64))).RootElement.Clone();
    }
}

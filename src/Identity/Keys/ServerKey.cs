namespace Hemit.Identity.Keys;

/// <summary>
/// The certificate (RSA 2048, self-signed, with its private key, PKCS#12) OpenIddict signs or encrypts tokens with.
/// Made once and kept, so every replica and every restart signs with the same key and validators keep their JWKS.
/// </summary>
public sealed class ServerKey
{
    public ServerKeyPurpose Purpose { get; set; }

    public byte[] Pkcs12 { get; set; } = [];

    public string Thumbprint { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NotAfter { get; set; }
}

public enum ServerKeyPurpose
{
    Signing = 1,
    Encryption = 2,
}

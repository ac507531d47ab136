using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hemit.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Identity.Keys;

/// <summary>
/// Reads the signing and encryption certificates from the database, making each one the first time (RSA 2048,
/// self-signed, valid 10 years). A key present is never replaced: tokens already issued and every service's cached
/// JWKS stay valid across restarts and replicas. Runs inside the start-up lock, so two replicas never both make one.
/// </summary>
public sealed class ServerKeyStore(IdentityDbContext db, TimeProvider clock, ILogger<ServerKeyStore> logger)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(3653);

    public async Task<X509Certificate2> LoadOrCreateAsync(ServerKeyPurpose purpose, CancellationToken cancellationToken)
    {
        var stored = await db.Set<ServerKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Purpose == purpose, cancellationToken);
        if (stored is not null)
        {
            return Load(stored.Pkcs12);
        }

        var now = clock.GetUtcNow();
        using var certificate = Create(purpose, now);
        var key = new ServerKey
        {
            Purpose = purpose,
            Pkcs12 = certificate.Export(X509ContentType.Pkcs12),
            Thumbprint = certificate.Thumbprint,
            CreatedAt = now,
            NotAfter = certificate.NotAfter.ToUniversalTime(),
        };
        db.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Made the {Purpose} key {Thumbprint} (valid until {NotAfter:yyyy-MM-dd})", purpose, key.Thumbprint, key.NotAfter);
        return Load(key.Pkcs12);
    }

    private static X509Certificate2 Create(ServerKeyPurpose purpose, DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(
            $"CN=Hemit Identity {purpose.ToString().ToLowerInvariant()} key", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            purpose == ServerKeyPurpose.Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment, critical: true));
        return request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Validity));
    }

    // Ephemeral: the private key lives in this process only, never in a key file on disk.
    private static X509Certificate2 Load(byte[] pkcs12) =>
        X509CertificateLoader.LoadPkcs12(pkcs12, password: null, X509KeyStorageFlags.EphemeralKeySet);
}

using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Hemit.Identity.Keys;

/// <summary>
/// The certificates read at start-up (<see cref="Startup.IdentityStartup"/>), handed to OpenIddict when its options are
/// first built, which is on the first request: after start-up has finished.
/// </summary>
public sealed class ServerCertificates : IConfigureOptions<OpenIddictServerOptions>
{
    private X509Certificate2? _signing;
    private X509Certificate2? _encryption;

    public void Use(X509Certificate2 signing, X509Certificate2 encryption)
    {
        _signing = signing;
        _encryption = encryption;
    }

    public void Configure(OpenIddictServerOptions options)
    {
        if (_signing is null || _encryption is null)
        {
            throw new InvalidOperationException("The token keys are not loaded yet: the identity service's start-up has not finished.");
        }

        // What OpenIddict's AddSigningCertificate / AddEncryptionCertificate add, from certificates known only after start-up.
        options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(_signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            new X509SecurityKey(_encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}

namespace Hemit.Identity.Endpoints;

/// <summary>The identity service's own sign-in cookie: who is signed in here, read only by this service.</summary>
public static class IdentityCookie
{
    public const string Scheme = "Hemit.Identity";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
}

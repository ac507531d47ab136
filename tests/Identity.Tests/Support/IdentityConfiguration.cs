namespace Hemit.Identity.Tests.Support;

/// <summary>
/// The clients and people of a test host, written out as the configuration keys the contract names
/// (<c>Identity:Clients:&lt;i&gt;:ClientId</c>, <c>Identity:Users:&lt;i&gt;:Roles:&lt;j&gt;</c> …), as the AppHost gives them.
/// </summary>
public sealed record IdentityConfiguration(IReadOnlyList<ClientSettings> Clients, IReadOnlyList<PersonSettings> Users)
{
    public IEnumerable<KeyValuePair<string, string>> Settings()
    {
        for (var i = 0; i < Clients.Count; i++)
        {
            var client = Clients[i];
            var key = $"Identity:Clients:{i}";
            yield return new($"{key}:ClientId", client.ClientId);
            if (client.ClientSecret is not null)
            {
                yield return new($"{key}:ClientSecret", client.ClientSecret);
            }

            if (client.DisplayName is not null)
            {
                yield return new($"{key}:DisplayName", client.DisplayName);
            }

            foreach (var entry in Array(key, "Scopes", client.Scopes)
                         .Concat(Array(key, "GrantTypes", client.GrantTypes))
                         .Concat(Array(key, "RedirectUris", client.RedirectUris))
                         .Concat(Array(key, "PostLogoutRedirectUris", client.PostLogoutRedirectUris)))
            {
                yield return entry;
            }
        }

        for (var i = 0; i < Users.Count; i++)
        {
            var person = Users[i];
            var key = $"Identity:Users:{i}";
            yield return new($"{key}:UserName", person.UserName);
            yield return new($"{key}:Password", person.Password);
            yield return new($"{key}:DisplayName", person.DisplayName);
            foreach (var entry in Array(key, "Roles", person.Roles))
            {
                yield return entry;
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Array(string key, string name, IReadOnlyList<string> values) =>
        values.Select((value, j) => new KeyValuePair<string, string>($"{key}:{name}:{j}", value));
}

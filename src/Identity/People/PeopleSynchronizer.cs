using Hemit.Identity.Access;
using Hemit.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Identity.People;

/// <summary>
/// Makes the people table match <c>Identity:Users</c>: a new user name gets a new random id, a known one keeps its id
/// and takes the configured display name, roles and password (hashed); an account no longer configured is deactivated
/// (kept, so its id is never reused by someone else).
/// </summary>
public sealed class PeopleSynchronizer(IdentityDbContext db, IPasswordHasher<Person> hasher, ILogger<PeopleSynchronizer> logger)
{
    public static IEnumerable<string> Problems(PersonSettings person, int index)
    {
        var key = $"Identity:Users:{index}";
        if (string.IsNullOrWhiteSpace(person.UserName))
        {
            yield return $"{key}:UserName is missing";
        }

        if (string.IsNullOrEmpty(person.Password))
        {
            yield return $"{key} ({person.UserName}): Password is missing";
        }

        if (string.IsNullOrWhiteSpace(person.DisplayName))
        {
            yield return $"{key} ({person.UserName}): DisplayName is missing";
        }

        foreach (var role in person.Roles.Where(role => !RoleScopes.Allowed.ContainsKey(role)))
        {
            yield return $"{key} ({person.UserName}): role '{role}' is not one of {string.Join(", ", RoleScopes.Allowed.Keys)}";
        }
    }

    public async Task SynchronizeAsync(IReadOnlyList<PersonSettings> configured, CancellationToken cancellationToken)
    {
        var people = await db.Set<Person>().ToDictionaryAsync(p => p.NormalizedUserName, cancellationToken);
        foreach (var settings in configured)
        {
            var normalized = Person.Normalize(settings.UserName);
            if (!people.TryGetValue(normalized, out var person))
            {
                person = new Person { Id = Guid.NewGuid(), NormalizedUserName = normalized };
                db.Add(person);
                logger.LogInformation("Account {UserId} created", person.Id);
            }

            person.UserName = settings.UserName.Trim();
            person.DisplayName = settings.DisplayName.Trim();
            person.Roles = settings.Roles.Distinct(StringComparer.Ordinal).ToList();
            person.Active = true;
            if (person.PasswordHash.Length == 0
                || hasher.VerifyHashedPassword(person, person.PasswordHash, settings.Password) != PasswordVerificationResult.Success)
            {
                person.PasswordHash = hasher.HashPassword(person, settings.Password);
            }
        }

        var names = configured.Select(p => Person.Normalize(p.UserName)).ToHashSet(StringComparer.Ordinal);
        foreach (var person in people.Values.Where(p => p.Active && !names.Contains(p.NormalizedUserName)))
        {
            person.Active = false;
            logger.LogInformation("Account {UserId} is no longer configured and was deactivated", person.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

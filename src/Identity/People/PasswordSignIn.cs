using Hemit.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Identity.People;

/// <summary>
/// Checks a user name and password. After <see cref="MaxFailures"/> wrong passwords in a row the account is locked for
/// <see cref="LockoutDuration"/>, refusing even the right password meanwhile. An unknown user name costs the same
/// hashing as a known one, so the answer time does not tell which names exist.
/// </summary>
public sealed class PasswordSignIn(IdentityDbContext db, IPasswordHasher<Person> hasher, TimeProvider clock, ILogger<PasswordSignIn> logger)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<Person>().HashPassword(new Person(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var normalized = Person.Normalize(userName);
        var person = await db.Set<Person>().SingleOrDefaultAsync(p => p.NormalizedUserName == normalized && p.Active, cancellationToken);
        if (person is null)
        {
            hasher.VerifyHashedPassword(new Person(), UnknownUserHash.Value, password);
            logger.LogWarning("Sign-in refused: unknown or deactivated user name");
            return SignInOutcome.WrongCredentials;
        }

        var now = clock.GetUtcNow();
        if (person.LockedUntil > now)
        {
            logger.LogWarning("Sign-in refused: account {UserId} is locked until {LockedUntil:O}", person.Id, person.LockedUntil);
            return SignInOutcome.LockedOut;
        }

        var verified = hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            // One UPDATE counts the failure, so attempts sent in parallel cannot slip past the limit.
            var lockedUntil = now + LockoutDuration;
            await db.Set<Person>().Where(p => p.Id == person.Id).ExecuteUpdateAsync(update => update
                .SetProperty(p => p.LockedUntil, p => p.FailedSignIns + 1 >= MaxFailures ? lockedUntil : p.LockedUntil)
                .SetProperty(p => p.FailedSignIns, p => p.FailedSignIns + 1 >= MaxFailures ? 0 : p.FailedSignIns + 1), cancellationToken);
            var locked = await db.Set<Person>().Where(p => p.Id == person.Id).Select(p => p.LockedUntil).SingleAsync(cancellationToken) > now;
            if (locked)
            {
                logger.LogWarning("Account {UserId} locked for {Duration} after {Failures} wrong passwords in a row", person.Id, LockoutDuration, MaxFailures);
                return SignInOutcome.LockedOut;
            }

            logger.LogWarning("Sign-in refused: wrong password for account {UserId}", person.Id);
            return SignInOutcome.WrongCredentials;
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            person.PasswordHash = hasher.HashPassword(person, password);
        }

        person.FailedSignIns = 0;
        person.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Account {UserId} signed in", person.Id);
        return SignInOutcome.SignedIn(person);
    }
}

/// <summary>What a sign-in attempt came to; <see cref="Person"/> is set only when it succeeded.</summary>
public sealed record SignInOutcome(SignInResultKind Kind, Person? Person = null)
{
    public static readonly SignInOutcome WrongCredentials = new(SignInResultKind.WrongCredentials);
    public static readonly SignInOutcome LockedOut = new(SignInResultKind.LockedOut);

    public static SignInOutcome SignedIn(Person person) => new(SignInResultKind.SignedIn, person);
}

public enum SignInResultKind
{
    SignedIn = 1,
    WrongCredentials = 2,
    LockedOut = 3,
}

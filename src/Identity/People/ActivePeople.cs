using Hemit.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Identity.People;

public static class ActivePeople
{
    /// <summary>The active account a token's or cookie's <c>sub</c> names; null for a client's subject or a deactivated account.</summary>
    public static async Task<Person?> FindActiveAsync(this IdentityDbContext db, string? subject, CancellationToken cancellationToken) =>
        Guid.TryParse(subject, out var id)
            ? await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.Active, cancellationToken)
            : null;
}
